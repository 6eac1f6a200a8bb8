package it.convergo.account.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountService;
import it.convergo.account.Role;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's first page: the portal's health at a glance. What needs attention first (pending invitations,
 * failed mails, locked accounts), then the portal's size; each figure links to the page that lists them.
 */
@Route("admin")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.overview", icon = "vaadin:dashboard", order = 89)
class AdminOverviewView extends VerticalLayout implements HasDynamicTitle {

    AdminOverviewView(AccountService accounts, MailService mail) {
        addClassName("cv-admin-overview");
        AccountService.Overview o = accounts.overview();
        long failed = mail.countOutbox("", OutboxMessage.Status.FAILED);
        Div attention = new Div(
                figure("admin-pending-invitations", "admin.overview.invitations", o.pendingInvitations(), "admin/users", true),
                figure("admin-failed-mails", "admin.overview.failedMails", failed, "admin/outbox", true),
                figure("admin-locked", "admin.overview.locked", o.lockedAccounts(), "admin/users", true));
        attention.addClassName("cv-card-grid");
        Div size = new Div(
                figure("admin-users", "admin.overview.users", o.users(), "admin/users", false),
                figure("admin-organisations", "admin.overview.organisations", o.organisations(), "admin/organisations", false));
        size.addClassName("cv-card-grid");
        Anchor audit = new Anchor("admin/audit", getTranslation("admin.overview.audit"));
        add(new H1(getTranslation("admin.overview.title")), new Paragraph(getTranslation("admin.overview.intro")),
                attention, size, audit);
    }

    /** One figure as a card: the count in a sentence ("3 invitations not accepted yet"), linking to its list. */
    private Anchor figure(String id, String key, long count, String href, boolean alarm) {
        Anchor card = new Anchor(href, "");
        card.setId(id);
        Span number = new Span(String.valueOf(count));
        number.addClassName("cv-overview-number");
        card.add(number, new Paragraph(getTranslation(key, count)));
        card.addClassNames("cv-card", "cv-card-link");
        if (alarm && count > 0) {
            card.addClassName("cv-overview-alarm");
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.overview.title") + " · Convergo";
    }
}
