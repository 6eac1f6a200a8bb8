package it.convergo.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theAdminInvitesEvaluatorsFromAFileAfterSeeingEveryRowChecked() {
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/users");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("admin-import-open")));
        String fresh = it.convergo.account.AccountFixtures.uniqueEmail("listed");
        String csv = "e-mail;nome\n" + fresh + ";Laura Bassi\nwrong;Someone\n";
        it.convergo.support.Uploads.send(_get(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("admin-import-upload")),
                "evaluators.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<it.convergo.account.EvaluatorImport.Line> preview =
                _get(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("admin-import-preview"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(preview)).isEqualTo(2);
        com.vaadin.flow.component.button.Button invite =
                _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("admin-import-invite"));
        assertThat(invite.getText()).isEqualTo(t("admin.import.invite", 1));
        _click(invite);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(t("admin.import.sent", 1));
        assertThat(accounts.usersTable(fresh, Role.EVALUATOR, java.util.Locale.ENGLISH).rows()).hasSize(1);
    }

    @Test
    void usersAndTheAuditLogOfferTheirExportsNextToTheGrid() {
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/users");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-users-csv")).getText())
                .isEqualTo(t("export.csv"));
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-users-xlsx"));
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/audit");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-audit-xlsx")).getText())
                .isEqualTo(t("export.xlsx"));
    }

    @Test
    void theAdminLandsOnTheOverviewWithEveryCountLinkingToItsList() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute("convergo.landed", null);
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView().getClass().getSimpleName())
                .isEqualTo("AdminOverviewView");
        var before = accounts.overview();
        long failedBefore = mail.countOutbox("", it.convergo.notification.OutboxMessage.Status.FAILED);

        accounts.invite("overview.invitee@example.org", "Ida Invitata", Role.EVALUATOR, null, java.util.Locale.ITALIAN);
        Long last = jdbc.queryForObject("select max(id) from outbox_message", Long.class);
        jdbc.update("update outbox_message set status = 'FAILED' where id = ?", last);
        UserAccount locked = fixtures.user("overviewlocked", null, Role.APPLICANT);
        jdbc.update("update user_account set locked_until = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofHours(1))), locked.getId());

        var after = accounts.overview();
        assertThat(after.pendingInvitations()).isEqualTo(before.pendingInvitations() + 1);
        assertThat(after.lockedAccounts()).isEqualTo(before.lockedAccounts() + 1);
        assertThat(after.users()).isEqualTo(before.users() + 2);
        long failed = mail.countOutbox("", it.convergo.notification.OutboxMessage.Status.FAILED);
        assertThat(failed).isEqualTo(failedBefore + 1);

        com.vaadin.flow.component.UI.getCurrent().navigate("admin/users");
        com.vaadin.flow.component.UI.getCurrent().navigate("admin");
        assertThat(pageText()).contains(t("admin.overview.invitations", after.pendingInvitations()),
                t("admin.overview.failedMails", failed), t("admin.overview.locked", after.lockedAccounts()),
                t("admin.overview.users", after.users()), t("admin.overview.organisations", after.organisations()));
        assertThat(t("admin.overview.locked", 1L)).isEqualTo("1 account locked after failed sign-ins");
        assertThat(t("admin.overview.locked", 2L)).isEqualTo("2 accounts locked after failed sign-ins");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-failed-mails")).getHref())
                .isEqualTo("admin/outbox?status=FAILED");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-open-challenges")).getHref())
                .isEqualTo("challenges?phase=OPEN");
        assertThat(pageText()).contains(t("admin.overview.failedJobs", 0L), t("admin.overview.failedJobs.where"));
        // the failed-mails link opens the outbox filtered on failures
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/outbox", com.vaadin.flow.router.QueryParameters.of("status", "FAILED"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<it.convergo.notification.OutboxMessage.Status> status =
                _find(com.vaadin.flow.component.select.Select.class).stream().filter(s -> !s.hasClassName("cv-language"))
                        .findFirst().orElseThrow();
        assertThat(status.getValue()).isEqualTo(it.convergo.notification.OutboxMessage.Status.FAILED);
        com.vaadin.flow.component.UI.getCurrent().navigate("admin");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-pending-invitations")).getHref())
                .isEqualTo("admin/users");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("admin-organisations")).getHref())
                .isEqualTo("admin/organisations");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/users");
        com.vaadin.flow.component.UI.getCurrent().navigate("admin");
        assertThat(pageText()).contains(translations.get("admin.overview.title", java.util.Locale.ITALIAN),
                translations.get("admin.overview.locked", java.util.Locale.ITALIAN, after.lockedAccounts()));
        assertThat(translations.get("admin.overview.invitations", java.util.Locale.ITALIAN, 1L)).isEqualTo("1 invito non ancora accettato");
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
