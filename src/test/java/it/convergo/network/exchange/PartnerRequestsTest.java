package it.convergo.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.network.Complements;
import it.convergo.network.NetworkFixtures;
import it.convergo.network.NetworkLimits;
import it.convergo.network.PartnerMatch;
import it.convergo.notification.MailService;
import it.convergo.support.SpringTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Consortium building: who complements an applicant for a challenge, and the request to team up that the other side
 * accepts (contacts both ways, the asking side told) or ignores (nobody told); who may send, see and answer what.
 */
class PartnerRequestsTest extends SpringTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    NetworkFixtures network;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    Complements complements;
    @Autowired
    PartnerRequests requests;
    @Autowired
    MailService mail;

    private final String tag = Long.toString(System.nanoTime(), 36);
    private long challenge;
    private long draft;
    private UserAccount applicant;
    private UserAccount sensors;
    private UserAccount robots;
    private UserAccount closed;

    @BeforeEach
    void network() {
        UserAccount firm = challenges.firmManager();
        challenges.signIn(firm);
        // areas ROBOTICS and INDUSTRIAL_IOT; "our line wastes energy"
        challenge = challenges.open("Energy on the press line " + tag);
        draft = challenges.draft("Not published " + tag);
        applicant = member("Cell builder " + tag, OrganisationType.STARTUP,
                "Robotic cells that load presses " + tag, true, TechnologyArea.ROBOTICS);
        sensors = member("Sensor lab " + tag, OrganisationType.UNIVERSITY,
                "Wireless sensors that find where a line wastes energy " + tag, true, TechnologyArea.INDUSTRIAL_IOT);
        robots = member("Robot programmers " + tag, OrganisationType.SME,
                "Robot programming for press lines " + tag, true, TechnologyArea.ROBOTICS);
        closed = member("Closed sensors " + tag, OrganisationType.SME,
                "Sensors for energy on lines " + tag, false, TechnologyArea.INDUSTRIAL_IOT);
    }

    @AfterEach
    void signOut() {
        network.signOut();
    }

    private UserAccount member(String name, OrganisationType type, String profile, boolean partnering,
                               TechnologyArea area) {
        UserAccount user = network.member(name, type, Role.APPLICANT);
        network.signIn(user);
        if (partnering) {
            network.partneringProfile(profile, area);
        } else {
            network.listedProfile(profile, "", area);
            network.closedToPartnering();
        }
        return user;
    }

    private long organisation(UserAccount user) {
        return user.getOrganisation().getId();
    }

    @Test
    void thoseWhoBringTheMissingAreaComeFirstAndOnlyOrganisationsOpenToPartnering() {
        network.signIn(applicant);
        // all of them: other tests of this class add organisations that bring the missing area too
        List<PartnerMatch> matches = complements.forChallenge(challenge, 200);
        List<Long> ids = matches.stream().map(PartnerMatch::organisationId).toList();
        assertThat(ids).contains(organisation(sensors), organisation(robots))
                .doesNotContain(organisation(closed), organisation(applicant));
        assertThat(ids.indexOf(organisation(sensors))).as("who brings the area the applicant lacks comes first")
                .isLessThan(ids.indexOf(organisation(robots)));
        int firstWithout = ids.size();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).brings().isEmpty()) {
                firstWithout = Math.min(firstWithout, i);
            } else {
                assertThat(i).as("all who bring a missing area before all who do not").isLessThan(firstWithout);
            }
        }
        PartnerMatch lab = matches.get(ids.indexOf(organisation(sensors)));
        assertThat(lab.brings()).containsExactly(TechnologyArea.INDUSTRIAL_IOT);
        PartnerMatch same = matches.get(ids.indexOf(organisation(robots)));
        assertThat(same.brings()).isEmpty();
        assertThat(same.shares()).containsExactly(TechnologyArea.ROBOTICS);

        assertThatThrownBy(() -> complements.forChallenge(draft, 20)).as("a challenge not open reads as unknown")
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.notFound");
    }

    @Test
    void theAskedSideAcceptsOrIgnoresAndOnlyAnAcceptanceRevealsTheContacts() {
        network.signIn(applicant);
        long id = requests.send(challenge, organisation(sensors), "Your sensors and our cells " + tag);
        assertThat(requests.send(challenge, organisation(sensors), "again")).as("a double click sends nothing new").isEqualTo(id);
        assertThat(mail.sentTo(sensors.getEmail())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains("Cell builder " + tag, "Energy on the press line " + tag);
            assertThat(m.getBody()).contains("Your sensors and our cells " + tag, "/network/requests")
                    .doesNotContain(applicant.getEmail());
        });

        assertThatThrownBy(() -> requests.send(challenge, organisation(closed), "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("consortium.error.notOpen");
        assertThatThrownBy(() -> requests.send(challenge, organisation(applicant), "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("consortium.error.own");
        assertThatThrownBy(() -> requests.send(draft, organisation(robots), "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.notFound");
        assertThatThrownBy(() -> requests.send(challenge, organisation(robots), "x".repeat(NetworkLimits.PARTNER_MESSAGE + 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("network.error.tooLong");
        assertThat(requests.countSent()).as("refusals change nothing").isEqualTo(1);

        PartnerRequestView sent = requests.sent(0, 10).getFirst();
        assertThat(sent.status()).isEqualTo(PartnerRequestStatus.PENDING);
        assertThat(sent.contact()).isNull();
        assertThat(sent.challengeTitle()).isEqualTo("Energy on the press line " + tag);

        network.signIn(robots);
        assertThatThrownBy(() -> requests.answer(id, true)).as("only the asked organisation answers")
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.notFound");
        assertThat(requests.received(0, 10)).isEmpty();

        network.signIn(sensors);
        assertThat(requests.countWaiting()).isEqualTo(1);
        PartnerRequestView received = requests.received(0, 10).getFirst();
        assertThat(received.otherOrganisationName()).startsWith("Cell builder " + tag);
        assertThat(received.contact()).as("no contact before accepting").isNull();
        requests.answer(id, false);
        assertThat(requests.countWaiting()).isZero();

        network.signIn(applicant);
        assertThat(requests.sent(0, 10).getFirst().status()).as("ignoring is silent").isEqualTo(PartnerRequestStatus.PENDING);
        assertThat(mail.sentTo(applicant.getEmail())).isEmpty();

        network.signIn(sensors);
        requests.answer(id, true); // changed their mind
        assertThat(requests.received(0, 10).getFirst().contact().email()).isEqualTo(applicant.getEmail());
        assertThatThrownBy(() -> requests.answer(id, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("consortium.error.accepted");

        network.signIn(applicant);
        PartnerRequestView answered = requests.sent(0, 10).getFirst();
        assertThat(answered.status()).isEqualTo(PartnerRequestStatus.ACCEPTED);
        assertThat(answered.contact().email()).isEqualTo(sensors.getEmail());
        assertThat(requests.sentFor(challenge)).containsKey(organisation(sensors));
        assertThat(mail.sentTo(applicant.getEmail())).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains(sensors.getEmail(), "Sensor lab " + tag));
    }

    @Test
    void onlyApplicantsAskAndNotTheWholeNetwork() {
        UserAccount manager = accounts.user("pfirm", accounts.organisation("Partner firm " + tag,
                OrganisationType.LARGE_COMPANY), Role.FIRM_MANAGER);
        network.signIn(manager);
        assertThatThrownBy(() -> requests.send(challenge, organisation(sensors), "")).isInstanceOf(AccessDeniedException.class);

        network.signIn(applicant);
        for (int i = 0; i < NetworkLimits.PARTNER_REQUESTS; i++) {
            UserAccount other = member("Partner " + i + " " + tag, OrganisationType.SME, "Sensors " + tag, true,
                    TechnologyArea.INDUSTRIAL_IOT);
            network.signIn(applicant);
            requests.send(challenge, organisation(other), "");
        }
        assertThatThrownBy(() -> requests.send(challenge, organisation(sensors), "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("consortium.error.tooMany");
    }
}
