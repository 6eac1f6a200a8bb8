package it.convergo.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.AccountFixtures;
import it.convergo.account.AccountLimits;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.notification.MailService;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration, e-mail confirmation, password reset and sign-in pages, driven as a visitor would. */
class AccountViewsTest extends KaribuTest {

    @Autowired
    MailService mail;
    @Autowired
    AccountFixtures fixtures;

    private void fillRegistration(String email, String vat, String password) {
        UserInput.set(_get(EmailField.class, s -> s.withLabel(t("register.email"))), email);
        UserInput.set(_get(TextField.class, s -> s.withLabel(t("register.fullName"))), "Anna Conti");
        UserInput.set(_get(PasswordField.class, s -> s.withLabel(t("register.password"))), password);
        UserInput.set(_get(PasswordField.class, s -> s.withLabel(t("register.passwordAgain"))), password);
        UserInput.set(_get(TextField.class, s -> s.withLabel(t("register.vat"))), vat);
        UserInput.set(_get(TextField.class, s -> s.withLabel(t("register.organisationName"))), "Robotica Gentile S.r.l.");
        @SuppressWarnings("unchecked")
        Select<OrganisationType> type = _get(Select.class, s -> s.withLabel(t("register.organisationType")));
        UserInput.set(type, OrganisationType.STARTUP);
        @SuppressWarnings("unchecked")
        ComboBox<Region> region = _get(ComboBox.class, s -> s.withLabel(t("register.region")));
        UserInput.set(region, Region.PIEMONTE);
        @SuppressWarnings("unchecked")
        Select<OrganisationSize> size = _get(Select.class, s -> s.withLabel(t("register.size")));
        UserInput.set(size, OrganisationSize.MICRO);
    }

    @Test
    void visitorRegistersConfirmsAndCanThenSignIn() {
        UI.getCurrent().navigate("register");
        String email = AccountFixtures.uniqueEmail("karibu");
        fillRegistration(email, AccountFixtures.uniqueVat(), "Trattore-verde-42");

        _click(_get(Button.class, s -> s.withText(t("register.submit"))));
        assertThat(pageText()).contains(t("register.error.privacy"));
        assertThat(mail.sentTo(email)).isEmpty();

        UserInput.set(_get(Checkbox.class, s -> s.withLabel(t("register.privacy"))), true);
        _click(_get(Button.class, s -> s.withText(t("register.submit"))));
        _get(H1.class, s -> s.withText(t("register.done.title")));

        String body = mail.sentTo(email).getFirst().getBody();
        Matcher m = Pattern.compile("/(confirm/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        UI.getCurrent().navigate(m.group(1));
        assertThat(pageText()).contains(t("confirm.done"));
        UI.getCurrent().navigate(m.group(1));
        assertThat(pageText()).contains(t("token.error.invalid"));
    }

    @Test
    void invalidVatIsShownNextToTheFieldAndNothingIsSent() {
        UI.getCurrent().navigate("register");
        String email = AccountFixtures.uniqueEmail("badvat");
        fillRegistration(email, "12345678901", "Trattore-verde-42");
        UserInput.set(_get(Checkbox.class, s -> s.withLabel(t("register.privacy"))), true);
        Button submit = _get(Button.class, s -> s.withText(t("register.submit")));
        _click(submit);

        TextField vat = _get(TextField.class, s -> s.withLabel(t("register.vat")));
        assertThat(vat.isInvalid()).isTrue();
        assertThat(vat.getErrorMessage()).isEqualTo(t("vat.error.itCheckDigit"));
        assertThat(submit.isEnabled()).as("the button is usable again after a refusal").isTrue();
        assertThat(mail.sentTo(email)).isEmpty();
    }

    @Test
    void anEmptySubmitMarksEveryInvalidFieldAtOnceWithASummary() {
        UI.getCurrent().navigate("register");
        UserInput.set(_get(PasswordField.class, s -> s.withLabel(t("register.password"))), "password12345");
        _click(_get(Button.class, s -> s.withText(t("register.submit"))));

        TextField organisation = _get(TextField.class, s -> s.withLabel(t("register.organisationName")));
        assertThat(organisation.isRequiredIndicatorVisible()).as("required organisation fields are marked").isTrue();
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).isEqualTo(t("register.error.organisationRequired"));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel(t("register.fullName"))).isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel(t("register.vat"))).isInvalid()).isTrue();
        assertThat(_get(Select.class, s -> s.withLabel(t("register.organisationType"))).isInvalid()).isTrue();
        assertThat(_get(ComboBox.class, s -> s.withLabel(t("register.region"))).isInvalid()).isTrue();
        PasswordField password = _get(PasswordField.class, s -> s.withLabel(t("register.password")));
        assertThat(password.getErrorMessage()).isEqualTo(t("password.error.guessable"));
        assertThat(_get(PasswordField.class, s -> s.withLabel(t("register.passwordAgain"))).isInvalid()).isTrue();
        assertThat(pageText()).contains(t("register.error.summary", 9), t("register.error.privacy"),
                t("register.error.email"), t("register.error.nameRequired"));
        assertThat(t("register.error.summary", 1)).isEqualTo("Please correct 1 field:");
    }

    @Test
    void anApplicantJoiningARegisteredOrganisationNeedNotDescribeIt() {
        Organisation existing = fixtures.organisation("Joined", OrganisationType.SME);
        UI.getCurrent().navigate("register");
        String email = AccountFixtures.uniqueEmail("joiner");
        UserInput.set(_get(EmailField.class, s -> s.withLabel(t("register.email"))), email);
        UserInput.set(_get(TextField.class, s -> s.withLabel(t("register.fullName"))), "Gianni Unito");
        _find(PasswordField.class).forEach(f -> UserInput.set(f, "Trattore-verde-42"));
        UserInput.set(_get(TextField.class, s -> s.withLabel(t("register.vat"))), existing.getVatNumber());
        TextField name = _get(TextField.class, s -> s.withLabel(t("register.organisationName")));
        assertThat(name.isEnabled()).as("the organisation is described already").isFalse();
        assertThat(name.isRequiredIndicatorVisible()).isFalse();
        assertThat(pageText()).contains(t("register.vat.existing", existing.getName()));
        UserInput.set(_get(Checkbox.class, s -> s.withLabel(t("register.privacy"))), true);

        _click(_get(Button.class, s -> s.withText(t("register.submit"))));
        _get(H1.class, s -> s.withText(t("register.done.title")));
        assertThat(mail.sentTo(email)).hasSize(1);
    }

    @Test
    void anAddressAlreadyRegisteredIsShownOnTheAddressField() {
        UserAccount taken = fixtures.user("taken", null, Role.APPLICANT);
        UI.getCurrent().navigate("register");
        fillRegistration(taken.getEmail(), AccountFixtures.uniqueVat(), "Trattore-verde-42");
        UserInput.set(_get(Checkbox.class, s -> s.withLabel(t("register.privacy"))), true);
        Button submit = _get(Button.class, s -> s.withText(t("register.submit")));
        _click(submit);

        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(t("register.error.emailTaken"));
        assertThat(pageText()).contains(t("register.error.summary", 1));
        assertThat(submit.isEnabled()).isTrue();
    }

    @Test
    void fieldsWithALimitCountTheCharactersAndRefuseMore() {
        UI.getCurrent().navigate("register");
        TextField name = _get(TextField.class, s -> s.withLabel(t("register.fullName")));
        UserInput.set(name, "Anna Conti");
        assertThat(name.getMaxLength()).isEqualTo(AccountLimits.FULL_NAME);
        assertThat(name.getHelperText()).isEqualTo(t("text.count", 10, AccountLimits.FULL_NAME));

        UserInput.set(name, "A".repeat(AccountLimits.FULL_NAME + 1)); // what a tampered browser could send
        _click(_get(Button.class, s -> s.withText(t("register.submit"))));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(t("register.error.nameLong", AccountLimits.FULL_NAME))
                .contains(String.valueOf(AccountLimits.FULL_NAME));
    }

    @Test
    void weakPasswordIsExplained() {
        UI.getCurrent().navigate("register");
        fillRegistration(AccountFixtures.uniqueEmail("weak"), AccountFixtures.uniqueVat(), "abc");
        UserInput.set(_get(Checkbox.class, s -> s.withLabel(t("register.privacy"))), true);
        _click(_get(Button.class, s -> s.withText(t("register.submit"))));
        PasswordField password = _get(PasswordField.class, s -> s.withLabel(t("register.password")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(t("password.error.short", 10));
    }

    @Test
    void loginPageShowsTheNeutralErrorAfterAFailedAttempt() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getAction()).isEqualTo("login");
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void forgottenPasswordFlowEndsWithANewPassword() {
        UserAccount user = fixtures.user("forgot", null, Role.APPLICANT);
        UI.getCurrent().navigate("forgot-password");
        UserInput.set(_get(EmailField.class), user.getEmail());
        _click(_get(Button.class, s -> s.withText(t("forgot.submit"))));
        assertThat(pageText()).contains(t("forgot.sent"));

        Matcher m = Pattern.compile("/(reset/[A-Za-z0-9_-]+)").matcher(mail.sentTo(user.getEmail()).getFirst().getBody());
        assertThat(m.find()).isTrue();
        UI.getCurrent().navigate(m.group(1));
        _find(PasswordField.class).forEach(f -> UserInput.set(f, "Nuova-Parola-2027"));
        _click(_get(Button.class, s -> s.withText(t("reset.submit"))));
        assertThat(pageText()).contains(t("reset.done"));
        assertThat(fixtures.passwordMatches(user.getId(), "Nuova-Parola-2027")).isTrue();
    }

    @Test
    void aWeakOrMistypedNewPasswordIsShownOnItsFieldAndNothingChanges() {
        UserAccount user = fixtures.user("mistyped", null, Role.APPLICANT);
        UI.getCurrent().navigate("forgot-password");
        UserInput.set(_get(EmailField.class), user.getEmail());
        _click(_get(Button.class, s -> s.withText(t("forgot.submit"))));
        Matcher m = Pattern.compile("/(reset/[A-Za-z0-9_-]+)").matcher(mail.sentTo(user.getEmail()).getFirst().getBody());
        assertThat(m.find()).isTrue();
        UI.getCurrent().navigate(m.group(1));

        PasswordField password = _get(PasswordField.class, s -> s.withLabel(t("register.password")));
        PasswordField again = _get(PasswordField.class, s -> s.withLabel(t("register.passwordAgain")));
        UserInput.set(password, "password12345");
        UserInput.set(again, "password1234");
        Button save = _get(Button.class, s -> s.withText(t("reset.submit")));
        _click(save);
        assertThat(password.getErrorMessage()).isEqualTo(t("password.error.guessable"));
        assertThat(again.isInvalid()).isTrue();
        assertThat(again.getErrorMessage()).isEqualTo(t("password.error.mismatch"));
        assertThat(save.isEnabled()).isTrue();
        assertThat(fixtures.passwordMatches(user.getId(), AccountFixtures.PASSWORD)).isTrue();
    }

    @Test
    void anEvaluatorSavesTheirExpertise() {
        UserAccount evaluator = fixtures.user("expert", null, Role.EVALUATOR);
        login(evaluator.getEmail());
        UI.getCurrent().navigate("profile");
        @SuppressWarnings("unchecked")
        CheckboxGroup<TechnologyArea> areas = _get(CheckboxGroup.class);
        UserInput.set(areas, EnumSet.of(TechnologyArea.ROBOTICS, TechnologyArea.DIGITAL_TWIN));
        _click(_get(Button.class, s -> s.withText(t("profile.expertise.save"))));
        NotificationsKt.expectNotifications(t("profile.expertise.saved"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("profile");
        @SuppressWarnings("unchecked")
        CheckboxGroup<TechnologyArea> reloaded = _get(CheckboxGroup.class);
        assertThat(reloaded.getValue()).containsExactlyInAnyOrder(TechnologyArea.ROBOTICS, TechnologyArea.DIGITAL_TWIN);
    }

    @Test
    void everyoneFindsTheDownloadOfTheirOwnDataInTheProfileInBothLanguages() {
        UserAccount user = fixtures.user("mydata", null, Role.APPLICANT);
        login(user.getEmail());
        UI.getCurrent().navigate("profile");
        _get(H2.class, s -> s.withText(t("profile.data")));
        Anchor download = _get(Anchor.class, s -> s.withId("profile-data-download"));
        assertThat(download.getText()).isEqualTo(t("profile.data.download"));
        assertThat(download.getHref()).isNotBlank();
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("profile");
        assertThat(_get(Anchor.class, s -> s.withId("profile-data-download")).getText())
                .isEqualTo(translations.get("profile.data.download", Locale.ITALIAN));
    }

    @Test
    void aPersonDeletesTheirAccountAfterTypingTheirAddressAndIsSignedOut() {
        UserAccount user = fixtures.user("leaving", null, Role.APPLICANT);
        login(user.getEmail());
        UI.getCurrent().navigate("profile");
        _get(H2.class, s -> s.withText(t("profile.erase")));
        UserInput.set(_get(EmailField.class, s -> s.withId("profile-erase-email")), user.getEmail());
        _click(_get(Button.class, s -> s.withId("profile-erase")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        UserAccount erased = fixtures.reload(user.getId());
        assertThat(erased.getEmail()).isNotEqualTo(user.getEmail()).endsWith("@erased.invalid");
        assertThat(erased.isDisabled()).isTrue();
    }

    @Test
    void anAdministratorIsNotOfferedToDeleteTheirOwnAccount() {
        UserAccount admin = fixtures.user("stays", null, Role.ADMIN);
        login(admin.getEmail());
        UI.getCurrent().navigate("profile");
        assertThat(_find(Button.class, s -> s.withId("profile-erase"))).isEmpty();
        _get(Anchor.class, s -> s.withId("profile-data-download"));
    }

    @Test
    void languageSwitchIsRememberedForTheSignedInUser() {
        UserAccount user = fixtures.user("lingua", null, Role.APPLICANT);
        login(user.getEmail());
        UI.getCurrent().navigate("profile");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, s -> s.withClasses("cv-language"));
        UserInput.set(language, Locale.ITALIAN);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("it");
        assertThat(fixtures.reload(user.getId()).getLanguage()).isEqualTo("it");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("profile");
        _get(H1.class, s -> s.withText(translations.get("profile.title", Locale.ITALIAN)));
    }

    @Test
    void afterSignInEachRoleLandsOnItsOwnWorkAndHomeStaysReachable() {
        UserAccount applicant = fixtures.user("landing", null, Role.APPLICANT);
        login(applicant.getEmail());
        UI.getCurrent().navigate("");
        assertThat(currentView()).isEqualTo("MyProposalsView");
        UI.getCurrent().navigate("");
        assertThat(currentView()).isEqualTo("HomeView");
        assertThat(pageText()).contains(t("home.welcome", "Test")).doesNotContain("back");

        UserAccount manager = fixtures.user("landingfirm", null, Role.FIRM_MANAGER, Role.EVALUATOR);
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute("convergo.landed", null);
        login(manager.getEmail());
        UI.getCurrent().navigate("");
        assertThat(currentView()).isEqualTo("FirmLandingView");
    }

    /** The views of other features are package-private: the page shown is named by its class. */
    private static String currentView() {
        return UI.getCurrent().getCurrentView().getClass().getSimpleName();
    }
}
