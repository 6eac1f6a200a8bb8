package it.convergo.account.ui.admin;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountService;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
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
        addRoles(user);

        HorizontalLayout actions = new HorizontalLayout();
        if (user.isLocked(clock.instant())) {
            actions.add(new Button(getTranslation("admin.users.unlock"), e -> run(() -> accounts.unlock(userId), "admin.users.unlocked")));
        }
        boolean disable = !user.isDisabled();
        Button toggle = new Button(getTranslation(disable ? "admin.users.disable" : "admin.users.enable"));
        if (disable) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.addClickListener(e -> confirmToggle(user.getEmail(), disable));
        actions.add(toggle);
        add(actions);
    }

    /** The roles as check boxes; a firm manager needs an organisation, which the box says before the server does. */
    private void addRoles(UserAccount user) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        FormBinder<UserRoles> binder = new FormBinder<>(UserRoles.class);
        binder.forField(roles).withValidator((chosen, context) -> FormBinder.problem(
                chosen.contains(Role.FIRM_MANAGER) && user.getOrganisation() == null ? "invite.error.firmRequired" : null))
                .bind("roles");
        binder.readRecord(new UserRoles(user.getRoles()));
        Button save = new Button(getTranslation("admin.users.saveRoles"), e -> {
            try {
                saveRoles(user.getRoles(), binder.writeRecord().roles());
            } catch (ValidationException refused) {
                FormBinder.focusFirst(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(roles, save);
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

    private void confirmToggle(String email, boolean disable) {
        Confirm confirm = Confirm.of(disable ? "admin.users.disable" : "admin.users.enable",
                getTranslation(disable ? "admin.users.disableConfirm" : "admin.users.enableConfirm", email));
        if (disable) {
            confirm.dangerous();
        }
        confirm.then(() -> run(() -> accounts.setDisabled(userId, disable), disable ? "admin.users.disabled" : "admin.users.enabled"));
    }

    /**
     * Runs an admin action and shows the account as it now is, refused or not: a refusal (your own account, your
     * own admin role) goes on to the global error handler, which tells it.
     */
    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(successKey);
        } finally {
            render(accounts.user(userId));
        }
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
