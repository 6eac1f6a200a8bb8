package it.convergo.network;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.ConsentPurpose;
import it.convergo.account.Consents;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.support.SpringTest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent in the network: the "you may be interested" mail is optional, so only members who consent get it, each
 * with a one-click unsubscribe link; publishing the profile in the directory records consent, leaving withdraws it.
 */
class ConsentMailsTest extends SpringTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    Invitations invitations;
    @Autowired
    MyProfile myProfile;
    @Autowired
    Directory directory;
    @Autowired
    Consents consents;
    @Autowired
    MailService mail;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private List<Object> sources(long userId, ConsentPurpose purpose) {
        return jdbc.queryForList("select source, given from consent_record where user_id = ? and purpose = ? order by id",
                userId, purpose.name()).stream().map(r -> (Object) (r.get("source") + ":" + r.get("given"))).toList();
    }

    @Test
    void theOptionalMailReachesOnlyConsentingMembersWithAnUnsubscribeLink() {
        UserAccount willing = fixtures.member("Willing " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        AccountPrincipal p = fixtures.signIn(willing);
        fixtures.listedProfile("Robotic welding " + tag, "", TechnologyArea.ROBOTICS);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        UserAccount silent = fixtures.member("Silent " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        AccountPrincipal q = fixtures.signIn(silent);
        fixtures.listedProfile("Robotic painting " + tag, "", TechnologyArea.ROBOTICS);

        challenges.signIn(challenges.firmManager());
        long challenge = challenges.published("Robots on the line " + tag);
        invitations.invite(challenge, p.organisationId());
        invitations.invite(challenge, q.organisationId());

        assertThat(mail.sentTo(silent.getEmail())).as("no consent, no optional mail").isEmpty();
        List<OutboxMessage> sent = mail.sentTo(willing.getEmail());
        assertThat(sent).hasSize(1);
        Matcher link = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]+)").matcher(sent.getFirst().getBody());
        assertThat(link.find()).as("one-click unsubscribe link in " + sent.getFirst().getBody()).isTrue();

        fixtures.signOut();
        assertThat(consents.unsubscribe(link.group(1))).contains(ConsentPurpose.MARKETING_EMAILS);
        assertThat(consents.allows(willing.getId(), ConsentPurpose.MARKETING_EMAILS)).isFalse();

        challenges.signIn(challenges.firmManager());
        long another = challenges.published("More robots " + tag);
        invitations.invite(another, p.organisationId());
        assertThat(mail.sentTo(willing.getEmail())).as("withdrawn: no second mail").hasSize(1);
    }

    @Test
    void publishingTheProfileIsConsentToTheListingAndLeavingWithdrawsIt() {
        UserAccount member = fixtures.member("Listed " + tag, OrganisationType.SME, Role.APPLICANT);
        fixtures.signIn(member);
        ProfileForm form = fixtures.listedProfile("Ceramic glazes " + tag, "", TechnologyArea.ADVANCED_MATERIALS);
        assertThat(consents.allows(member.getId(), ConsentPurpose.DIRECTORY_LISTING)).isTrue();
        myProfile.save(form); // saved again, still listed: nothing new
        assertThat(sources(member.getId(), ConsentPurpose.DIRECTORY_LISTING)).containsExactly("NETWORK_PROFILE:true");
        assertThat(directory.search(new DirectoryFilter("glazes " + tag, null, null, null, null, false), 0, 10,
                Locale.ENGLISH)).hasSize(1);

        form.setListed(false);
        myProfile.save(form);
        assertThat(consents.allows(member.getId(), ConsentPurpose.DIRECTORY_LISTING)).isFalse();
        assertThat(sources(member.getId(), ConsentPurpose.DIRECTORY_LISTING))
                .containsExactly("NETWORK_PROFILE:true", "NETWORK_PROFILE:false");
        assertThat(directory.search(new DirectoryFilter("glazes " + tag, null, null, null, null, false), 0, 10,
                Locale.ENGLISH)).as("gone from search at once").isEmpty();
    }
}
