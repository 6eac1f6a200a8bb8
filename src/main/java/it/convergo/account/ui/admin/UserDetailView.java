package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountService;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;

/** One account: grant and revoke roles, disable or re-enable, unlock after too many wrong passwords. */
@Route("admin/users/:id")
@RolesAllowed(Role.ADMIN_NAME)
class UserDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final Clock clock;
    private long userId;
    private String title = "";

    UserDetailView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "id", id -> {
            userId = id;
            render(accounts.user(id));
        });
    }

    private void render(UserAccount user) {
        removeAll();
        title = user.getFullName();
        Anchor back = new Anchor("admin/users", getTranslation("admin.users.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(user.getFullName()));
        Div facts = new Div();
        facts.addClassName("cv-facts");
        facts.add(new Fact(getTranslation("admin.users.email"), user.getEmail()),
                new Fact(getTranslation("admin.users.organisation"), user.getOrganisation() == null ? "—" : user.getOrganisation().getName()),
                new Fact(getTranslation("admin.users.created"), Times.format(user.getCreatedAt(), getLocale())),
                new Fact(getTranslation("admin.users.status"), statusText(user)));
        add(facts);

        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(user.getRoles());
        Button saveRoles = new Button(getTranslation("admin.users.saveRoles"), e -> saveRoles(user.getRoles(), roles.getValue()));
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(roles, saveRoles);

        HorizontalLayout actions = new HorizontalLayout();
        if (user.isLocked(clock.instant())) {
            actions.add(new Button(getTranslation("admin.users.unlock"), e -> run(() -> accounts.unlock(userId), "admin.users.unlocked")));
        }
        Button toggle = new Button(getTranslation(user.isDisabled() ? "admin.users.enable" : "admin.users.disable"));
        if (!user.isDisabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.addClickListener(e -> confirmToggle(user));
        actions.add(toggle);
        add(actions);
    }

    private void saveRoles(Set<Role> before, Set<Role> after) {
        run(() -> {
            for (Role r : Role.values()) {
                if (after.contains(r) && !before.contains(r)) {
                    accounts.grant(userId, r);
                } else if (!after.contains(r) && before.contains(r)) {
                    accounts.revoke(userId, r);
                }
            }
        }, "admin.users.rolesSaved");
    }

    private void confirmToggle(UserAccount user) {
        boolean disable = !user.isDisabled();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(disable ? "admin.users.disable" : "admin.users.enable"));
        dialog.setText(getTranslation(disable ? "admin.users.disableConfirm" : "admin.users.enableConfirm", user.getEmail()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(disable ? "admin.users.disable" : "admin.users.enable"));
        if (disable) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> run(() -> accounts.setDisabled(userId, disable),
                disable ? "admin.users.disabled" : "admin.users.enabled"));
        dialog.open();
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(successKey);
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
        render(accounts.user(userId));
    }


    private String statusText(UserAccount user) {
        if (user.isDisabled()) {
            return getTranslation("admin.users.status.disabled");
        }
        if (user.isLocked(clock.instant())) {
            return getTranslation("admin.users.status.locked");
        }
        return getTranslation(user.isEmailConfirmed() ? "admin.users.status.active" : "admin.users.status.unconfirmed");
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
