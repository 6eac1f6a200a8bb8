package it.convergo.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.network.NetworkFixtures;
import it.convergo.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Consortium building as the two applicants do it: one finds partners from the challenge's page and asks, in
 * English; the other sees the request on its home and accepts it, in Italian; then both see each other's contact.
 */
class ConsortiumViewsTest extends KaribuTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    ChallengeFixtures challengeFixtures;
    @Autowired
    it.convergo.proposal.ProposalFixtures proposals;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @Test
    void anApplicantAsksAComplementaryOrganisationWhichAcceptsFromItsHome() {
        challengeFixtures.signIn(challengeFixtures.firmManager());
        long challenge = challengeFixtures.open("Energy on the press line " + tag);
        UserAccount builder = fixtures.member("Cell builder " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        fixtures.signIn(builder);
        fixtures.partneringProfile("Robotic cells that load presses " + tag, TechnologyArea.ROBOTICS);
        UserAccount lab = fixtures.member("Sensor lab " + tag, OrganisationType.UNIVERSITY, Role.APPLICANT);
        long labId = fixtures.signIn(lab).organisationId();
        fixtures.partneringProfile("Wireless sensors that find where a line wastes energy " + tag,
                TechnologyArea.INDUSTRIAL_IOT);
        long draft = proposals.complete(builder, challenge);
        fixtures.signOut();

        login(builder.getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("proposals/" + draft);
        assertThat(_get(Anchor.class, s -> s.withId("proposal-find-partners")).getHref())
                .as("from the draft too").isEqualTo("network/partners/" + challenge);
        UI.getCurrent().navigate("challenges/" + challengeSlug(challenge));
        Anchor find = _get(Anchor.class, s -> s.withId("challenge-find-partners"));
        UI.getCurrent().navigate(find.getHref());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PartnersView.class);
        Div card = _get(Div.class, s -> s.withId("partner-" + labId));
        assertThat(card.getElement().getTextRecursively()).contains("Sensor lab " + tag)
                .contains(t("consortium.brings", t("area.INDUSTRIAL_IOT")));
        _click(_get(card, Button.class, s -> s.withId("ask-" + labId)));
        _get(card, TextArea.class, s -> s.withId("message-" + labId)).setValue("Your sensors, our cells " + tag);
        _click(_get(card, Button.class, s -> s.withId("send-" + labId)));
        assertThat(NotificationsKt.getNotifications().getFirst().getElement().getProperty("text"))
                .startsWith(t("consortium.sent", "Sensor lab " + tag).split(tag)[0] + tag)
                .endsWith(t("consortium.sent", "").substring(t("consortium.sent", "").indexOf('.')));
        assertThat(_get(Div.class, s -> s.withId("partner-" + labId)).getElement().getTextRecursively())
                .as("asked: the card says it waits").contains(t("consortium.status.PENDING"));

        login(lab.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("my-proposals");
        Div home = _get(Div.class, s -> s.withId("home-partner-requests"));
        assertThat(home.getElement().getTextRecursively()).contains(it("consortium.home.waiting", 1L));
        UI.getCurrent().navigate("network/requests");
        Div received = _get(Div.class, s -> s.withId("requests-received"));
        assertThat(received.getElement().getTextRecursively()).contains("Cell builder " + tag)
                .contains("Your sensors, our cells " + tag).contains(it("consortium.status.PENDING"))
                .doesNotContain(builder.getEmail());
        _click(_get(received, Button.class, s -> s.withText(it("consortium.accept"))));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.close(); // as the browser does before it sends the confirmation
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_get(Div.class, s -> s.withId("requests-received")).getElement().getTextRecursively())
                .contains(builder.getEmail()).contains(it("consortium.status.ACCEPTED"));

        login(builder.getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("challenges"); // the same UI: leave the page so that it is built anew
        UI.getCurrent().navigate("network/requests");
        assertThat(_get(Div.class, s -> s.withId("requests-sent")).getElement().getTextRecursively())
                .contains("Sensor lab " + tag).contains(lab.getEmail()).contains(t("consortium.status.ACCEPTED"));
    }

    private String it(String key, Object... params) {
        return translations.get(key, Locale.ITALIAN, params);
    }

    private String challengeSlug(long challengeId) {
        return challenges.view(challengeId).slug();
    }

    @Autowired
    it.convergo.challenge.Challenges challenges;
}
