package it.convergo.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import it.convergo.account.AccountFixtures;
import it.convergo.account.ConsentPurpose;
import it.convergo.account.Consents;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The consent box at registration, the profile's e-mail consents and the unsubscribe page, in English and Italian. */
class ConsentViewsTest extends KaribuTest {

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    Consents consents;

    @Test
    void registrationAsksSeparatelyFromTheTermsAndUnchecked() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("register");
            Checkbox marketing = _get(Checkbox.class, s -> s.withId("register-marketing"));
            assertThat(marketing.getValue()).isFalse();
            assertThat(marketing.getLabel()).isEqualTo(translations.get("consent.text.MARKETING_EMAILS", locale));
            assertThat(_get(Checkbox.class, s -> s.withLabel(translations.get("register.privacy", locale))).getValue())
                    .isFalse();
            UI.getCurrent().navigate("login");
        }
    }

    @Test
    void aMemberGivesAndWithdrawsConsentOnTheProfilePage() {
        UserAccount member = fixtures.user("consentui", fixtures.organisation("Consent UI", OrganisationType.SME),
                Role.APPLICANT);
        login(member.getEmail());
        UI.getCurrent().navigate("profile");
        assertThat(pageText()).contains(t("consent.profile.title"), t("consent.profile.intro"));
        Checkbox box = _get(Checkbox.class, s -> s.withId("consent-MARKETING_EMAILS"));
        assertThat(box.getValue()).isFalse();
        assertThat(box.getLabel()).isEqualTo(t("consent.text.MARKETING_EMAILS"));
        UserInput.set(box, true);
        assertThat(consents.allows(member.getId(), ConsentPurpose.MARKETING_EMAILS)).isTrue();
        UserInput.set(box, false);
        assertThat(consents.allows(member.getId(), ConsentPurpose.MARKETING_EMAILS)).isFalse();

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("profile");
        assertThat(pageText()).contains(translations.get("consent.profile.title", Locale.ITALIAN));
        assertThat(_get(Checkbox.class, s -> s.withId("consent-MARKETING_EMAILS")).getLabel())
                .isEqualTo(translations.get("consent.text.MARKETING_EMAILS", Locale.ITALIAN));
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningInAndCanBeUndone() {
        UserAccount member = fixtures.user("unsubui", fixtures.organisation("Unsub UI", OrganisationType.SME),
                Role.APPLICANT);
        login(member.getEmail());
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        logout();
        String link = consents.unsubscribeLink(member.getId(), ConsentPurpose.MARKETING_EMAILS);
        String path = link.substring(link.indexOf("unsubscribe/"));

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(path);
        assertThat(pageText()).contains(translations.get("consent.unsubscribe.done", Locale.ITALIAN),
                translations.get("consent.purpose.MARKETING_EMAILS", Locale.ITALIAN));
        assertThat(consents.allows(member.getId(), ConsentPurpose.MARKETING_EMAILS)).isFalse();
        _click(_get(Button.class, s -> s.withId("unsubscribe-undo")));
        assertThat(pageText()).contains(translations.get("consent.unsubscribe.undone", Locale.ITALIAN));
        assertThat(consents.allows(member.getId(), ConsentPurpose.MARKETING_EMAILS)).isTrue();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("unsubscribe/no-such-link");
        assertThat(pageText()).contains(t("consent.unsubscribe.unknown"));
    }
}
