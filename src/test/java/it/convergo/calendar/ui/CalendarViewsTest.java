package it.convergo.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.UserAccount;
import it.convergo.account.Role;
import it.convergo.calendar.FeedCalendar;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Challenges;
import it.convergo.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar feed's section of the profile, in both languages, and the challenge page's calendar file link. */
class CalendarViewsTest extends KaribuTest {

    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    Challenges challengeService;
    @Autowired
    FeedCalendar feeds;

    private static String secretOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    @Test
    void anApplicantMakesSeesOnceAndRevokesTheFeedAddress() {
        UserAccount applicant = challenges.applicant();
        login(applicant.getEmail());
        UI.getCurrent().navigate("profile");
        _get(H2.class, s -> s.withText(t("calendar.feed.title")));
        assertThat(pageText()).contains(t("calendar.feed.none"), t("calendar.feed.google"), t("calendar.feed.outlook"));
        assertThat(_find(Button.class, s -> s.withId("calendar-feed-revoke"))).isEmpty();

        _click(_get(Button.class, s -> s.withText(t("calendar.feed.create"))));
        String address = _get(TextField.class, s -> s.withId("calendar-feed-url")).getValue();
        assertThat(address).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
        assertThat(pageText()).contains(t("calendar.feed.once"));
        assertThat(feeds.forSecret(secretOf(address))).isPresent();

        // shown once: on the next visit only that a feed is active
        UI.getCurrent().navigate("challenges");
        UI.getCurrent().navigate("profile");
        assertThat(_find(TextField.class, s -> s.withId("calendar-feed-url"))).isEmpty();
        assertThat(pageText()).contains(t("calendar.feed.active", "").substring(0, 20));

        _click(_get(Button.class, s -> s.withText(t("calendar.feed.renew"))));
        String renewed = _get(TextField.class, s -> s.withId("calendar-feed-url")).getValue();
        assertThat(renewed).isNotEqualTo(address);
        assertThat(feeds.forSecret(secretOf(address))).isEmpty();

        _click(_get(Button.class, s -> s.withText(t("calendar.feed.revoke"))));
        assertThat(feeds.forSecret(secretOf(renewed))).isEmpty();
        assertThat(_find(TextField.class, s -> s.withId("calendar-feed-url"))).isEmpty();
        assertThat(pageText()).contains(t("calendar.feed.none"));
    }

    @Test
    void theSectionSpeaksItalianToo() {
        UserAccount manager = challenges.firmManager();
        login(manager.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("profile");
        _get(H2.class, s -> s.withText(translations.get("calendar.feed.title", Locale.ITALIAN)));
        assertThat(pageText()).contains(translations.get("calendar.feed.intro", Locale.ITALIAN),
                translations.get("calendar.feed.google", Locale.ITALIAN));
        _click(_get(Button.class, s -> s.withText(translations.get("calendar.feed.create", Locale.ITALIAN))));
        assertThat(_get(TextField.class, s -> s.withId("calendar-feed-url")).getLabel())
                .isEqualTo(translations.get("calendar.feed.address", Locale.ITALIAN));
        assertThat(pageText()).contains(translations.get("calendar.feed.once", Locale.ITALIAN));
    }

    @Test
    void anAdministratorWithNoDatesGetsNoSection() {
        UserAccount admin = challenges.user("caladmin", Role.ADMIN);
        login(admin.getEmail());
        UI.getCurrent().navigate("profile");
        assertThat(_find(H2.class, s -> s.withText(t("calendar.feed.title")))).isEmpty();
    }

    @Test
    void aChallengePageOffersItsDatesAsACalendarFile() {
        challenges.signIn(challenges.firmManager());
        long id = challenges.published(ChallengeFixtures.unique("Calendar page"));
        String slug = challengeService.view(id).slug();
        challenges.signOut();
        UI.getCurrent().navigate("challenges/" + slug);
        Anchor link = _get(Anchor.class, s -> s.withId("challenge-calendar"));
        assertThat(link.getText()).isEqualTo(t("calendar.download"));
        assertThat(link.getHref()).isNotBlank();

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("challenges/" + slug);
        assertThat(_get(Anchor.class, s -> s.withId("challenge-calendar")).getText())
                .isEqualTo(translations.get("calendar.download", Locale.ITALIAN));
    }
}
