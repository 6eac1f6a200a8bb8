package it.convergo.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.audit.AuditEvent;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's user management: find, invite, change roles, disable; outbox and audit log. */
class AdminViewsTest extends KaribuTest {

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    MailService mail;
    @Autowired
    it.convergo.account.AccountService accounts;

    @BeforeEach
    void signInAsAdmin() {
        login(fixtures.user("admin", null, Role.ADMIN).getEmail());
    }

    @Test
    void adminFindsAUserBySearchingAndOpensIt() {
        UserAccount target = fixtures.user("findme", null, Role.APPLICANT);
        UI.getCurrent().navigate("admin/users");
        UserInput.set(_get(TextField.class), target.getEmail());
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getEmail()).isEqualTo(target.getEmail());

        GridKt._clickItem(grid, 0);
        _get(H1.class, s -> s.withText(target.getFullName()));
    }

    @Test
    void adminInvitesAnEvaluatorFromTheDialog() {
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, s -> s.withText(t("admin.users.invite"))));
        Dialog dialog = _get(Dialog.class);
        String email = AccountFixtures.uniqueEmail("invited");
        UserInput.set(_get(dialog, EmailField.class), email);
        UserInput.set(_get(dialog, TextField.class, s -> s.withLabel(t("register.fullName"))), "Ivo Invitato");
        _click(_get(dialog, Button.class, s -> s.withText(t("admin.invite.send"))));

        NotificationsKt.expectNotifications(t("admin.invite.sent", email));
        assertThat(mail.sentTo(email)).extracting(OutboxMessage::getSubject)
                .containsExactly(translations.get("mail.invitation.subject", java.util.Locale.ITALIAN));
    }

    @Test
    void aFirmManagerCannotBeInvitedWithoutTheirFirm() {
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, s -> s.withText(t("admin.users.invite"))));
        Dialog dialog = _get(Dialog.class);
        String email = AccountFixtures.uniqueEmail("firmless");
        UserInput.set(_get(dialog, EmailField.class), email);
        UserInput.set(_get(dialog, TextField.class, s -> s.withLabel(t("register.fullName"))), "Franca Senzaditta");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(dialog, Select.class, s -> s.withLabel(t("admin.users.role")));
        UserInput.set(role, Role.FIRM_MANAGER);
        _click(_get(dialog, Button.class, s -> s.withText(t("admin.invite.send"))));

        ComboBox<?> firm = _get(dialog, ComboBox.class, s -> s.withLabel(t("admin.users.organisation")));
        assertThat(firm.isInvalid()).isTrue();
        assertThat(firm.getErrorMessage()).isEqualTo(t("invite.error.firmRequired"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(mail.sentTo(email)).isEmpty();
    }

    @Test
    void adminRegistersAnOrganisationOnceItsVatNumberIsRight() {
        UI.getCurrent().navigate("admin/organisations");
        _click(_get(Button.class, s -> s.withText(t("admin.organisations.create"))));
        Dialog dialog = _get(Dialog.class);
        String name = "Fonderie Lombarde " + AccountFixtures.uniqueVat();
        UserInput.set(_get(dialog, TextField.class, s -> s.withLabel(t("register.organisationName"))), name);
        TextField vat = _get(dialog, TextField.class, s -> s.withLabel(t("register.vat")));
        UserInput.set(vat, "12345678901");
        Button save = _get(dialog, Button.class, s -> s.withText(t("action.save")));
        _click(save);
        assertThat(vat.getErrorMessage()).isEqualTo(t("vat.error.itCheckDigit"));
        assertThat(save.isEnabled()).isTrue();

        UserInput.set(vat, AccountFixtures.uniqueVat());
        _click(save);
        NotificationsKt.expectNotifications(t("admin.organisations.created", name));
        assertThat(accounts.countOrganisations(name, null)).isEqualTo(1);
    }

    @Test
    void aFirmManagerRoleNeedsAnOrganisation() {
        UserAccount target = fixtures.user("lonely", null, Role.APPLICANT);
        UI.getCurrent().navigate("admin/users/" + target.getId());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        UserInput.set(roles, EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER));
        _click(_get(Button.class, s -> s.withText(t("admin.users.saveRoles"))));
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo(t("invite.error.firmRequired"));
        assertThat(fixtures.reload(target.getId()).getRoles()).containsExactly(Role.APPLICANT);
    }

    @Test
    void adminGrantsARoleAndDisablesAnAccountAfterConfirming() {
        UserAccount target = fixtures.user("roles", null, Role.APPLICANT);
        UI.getCurrent().navigate("admin/users/" + target.getId());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        UserInput.set(roles, EnumSet.of(Role.APPLICANT, Role.EVALUATOR));
        _click(_get(Button.class, s -> s.withText(t("admin.users.saveRoles"))));
        assertThat(fixtures.reload(target.getId()).getRoles()).isEqualTo(Set.of(Role.APPLICANT, Role.EVALUATOR));

        _click(_get(Button.class, s -> s.withText(t("admin.users.disable"))));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(fixtures.reload(target.getId()).isDisabled()).isTrue();
    }

    @Test
    void unknownUserIdShowsNotFound() {
        UI.getCurrent().navigate("admin/users/999999999");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("admin/users/abc");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void nonAdminIsRefusedAnAdminUrlWithAForeignId() {
        UserAccount victim = fixtures.user("victim", null, Role.APPLICANT);
        logout();
        login(fixtures.user("curious", null, Role.APPLICANT).getEmail());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users/" + victim.getId()))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void outboxAndAuditShowWhatHappened() {
        UserAccount target = fixtures.user("audited", null, Role.APPLICANT);
        UI.getCurrent().navigate("admin/users/" + target.getId());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        UserInput.set(roles, EnumSet.of(Role.APPLICANT, Role.EVALUATOR));
        _click(_get(Button.class, s -> s.withText(t("admin.users.saveRoles"))));

        UI.getCurrent().navigate("admin/audit");
        UserInput.set(_get(TextField.class), "user:" + target.getId());
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> audit = _get(Grid.class);
        assertThat(GridKt._get(audit, 0).getAction()).isEqualTo("account.roleGranted");

        String invited = AccountFixtures.uniqueEmail("outbox");
        accounts.invite(invited, "Olga Outbox", Role.EVALUATOR, null, java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Select<OutboxMessage.Status> status = _get(Select.class, s -> s.withoutClasses("cv-language"));
        UserInput.set(status, OutboxMessage.Status.KEPT);
        UserInput.set(_get(TextField.class), invited);
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> outbox = _get(Grid.class);
        assertThat(GridKt._size(outbox)).isEqualTo(1);
        assertThat(GridKt._get(outbox, 0).getSubject()).isEqualTo(t("mail.invitation.subject"));
        UserInput.set(status, OutboxMessage.Status.FAILED);
        assertThat(GridKt._size(outbox)).isZero();
    }
}
