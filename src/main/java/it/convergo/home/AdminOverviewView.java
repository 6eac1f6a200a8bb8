package it.convergo.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountService;
import it.convergo.account.Role;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.CatalogueFilter;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.workflow.FailedJobs;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The admin's first page: the portal's health at a glance. What needs attention first (pending invitations,
 * failed mails, failed workflow jobs, locked accounts), then the portal's size (open challenges, users,
 * organisations); each figure that has a list links to it, filtered where the list can be. It lives in the
 * shell module because it reads accounts, mail, challenges and the workflow, which {@code account} may not.
 */
@Route("admin")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.overview", icon = "vaadin:dashboard", order = 89)
class AdminOverviewView extends VerticalLayout implements HasDynamicTitle {

    AdminOverviewView(AccountService accounts, MailService mail, Catalogue catalogue, FailedJobs jobs) {
        addClassName("cv-admin-overview");
        AccountService.Overview o = accounts.overview();
        long failed = mail.countOutbox("", OutboxMessage.Status.FAILED);
        // the open challenges as the catalogue lists them, so the figure and the list it opens agree
        long open = catalogue.countCatalogue(new CatalogueFilter("", Set.of(CatalogueFilter.Phase.OPEN), null, null, null,
                null, null, CatalogueFilter.Sort.DEADLINE));
        Div attention = new Div(
                figure("admin-pending-invitations", "admin.overview.invitations", o.pendingInvitations(), "admin/users", true),
                figure("admin-failed-mails", "admin.overview.failedMails", failed, "admin/outbox?status=FAILED", true),
                figure("admin-failed-jobs", "admin.overview.failedJobs", jobs.count(), null, true),
                figure("admin-locked", "admin.overview.locked", o.lockedAccounts(), "admin/users", true));
        attention.addClassName("cv-card-grid");
        Div size = new Div(
                figure("admin-open-challenges", "admin.overview.openChallenges", open, "challenges?phase=OPEN", false),
                figure("admin-users", "admin.overview.users", o.users(), "admin/users", false),
                figure("admin-organisations", "admin.overview.organisations", o.organisations(), "admin/organisations", false));
        size.addClassName("cv-card-grid");
        Anchor audit = new Anchor("admin/audit", getTranslation("admin.overview.audit"));
        add(new H1(getTranslation("admin.overview.title")), new Paragraph(getTranslation("admin.overview.intro")),
                attention, size, audit);
    }

    /**
     * One figure as a card: the count in a sentence ("3 invitations not accepted yet"), linking to its list; a
     * figure without a list in the portal (failed jobs) is a card that says where to look instead.
     */
    private Component figure(String id, String key, long count, @Nullable String href, boolean alarm) {
        HasComponents card = href == null ? new Div() : new Anchor(href, "");
        Component component = (Component) card;
        component.setId(id);
        // the sentence carries the number ("3 invitations not accepted yet"): it is the card's headline
        Paragraph figure = new Paragraph(getTranslation(key, count));
        figure.addClassName("cv-overview-figure");
        card.add(figure);
        if (href == null) {
            Paragraph hint = new Paragraph(getTranslation(key + ".where"));
            hint.addClassName("cv-hint");
            card.add(hint);
        }
        HasStyle style = (HasStyle) card;
        style.addClassNames("cv-card", href == null ? "cv-card-figure" : "cv-card-link");
        if (alarm && count > 0) {
            style.addClassName("cv-overview-alarm");
        }
        return component;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.overview.title") + " · Convergo";
    }
}
