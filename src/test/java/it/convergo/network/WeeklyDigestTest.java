package it.convergo.network;

import it.convergo.network.exchange.Arrangement;
import it.convergo.network.exchange.MyPosts;
import it.convergo.network.exchange.PostForm;
import it.convergo.network.exchange.PostKind;
import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.ConsentPurpose;
import it.convergo.account.Consents;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.notification.MailService;
import it.convergo.support.SpringTest;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly digest: only to members who asked for it, with the live challenges that fit their profile and a
 * one-click way out; once a week however often the job runs; nothing after the way out was taken.
 */
class WeeklyDigestTest extends SpringTest {

    @Autowired NetworkFixtures fixtures;
    @Autowired ChallengeFixtures challengeFixtures;
    @Autowired ChallengeEditor editor;
    @Autowired ChallengePublishing publishing;
    @Autowired Consents consents;
    @Autowired WeeklyDigest digest;
    @Autowired MailService mail;
    @Autowired JdbcTemplate jdbc;
    @Autowired MyPosts myPosts;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aMemberWhoAskedGetsTheFittingChallengesOnceAWeekWithAOneClickWayOut() {
        challengeFixtures.signIn(challengeFixtures.firmManager());
        ChallengeDraft d = challengeFixtures.completeDraft("Stampa 3D di stampi " + tag);
        d.setSummary("Inserti conformali stampati in 3D " + tag);
        d.setAreas(new HashSet<>(Set.of(TechnologyArea.ADDITIVE_MANUFACTURING)));
        long live = editor.save(d);
        publishing.publish(live, editor.draft(live).getVersion());
        fixtures.signOut();

        UserAccount reader = fixtures.member("Digest reader " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        fixtures.signIn(reader);
        fixtures.listedProfile("Additive manufacturing of conformal mould inserts " + tag, "", TechnologyArea.ADDITIVE_MANUFACTURING);
        consents.changeMine(ConsentPurpose.WEEKLY_DIGEST, true);
        myPosts.post(new PostForm(PostKind.OFFER, Arrangement.LICENSING, TechnologyArea.ADDITIVE_MANUFACTURING,
                "Our own inserts " + tag, "Conformal mould inserts " + tag, 6, 30));
        UserAccount lab = fixtures.member("Lab " + tag, OrganisationType.UNIVERSITY, Role.APPLICANT);
        fixtures.signIn(lab);
        myPosts.post(new PostForm(PostKind.OFFER, Arrangement.FACILITY_USE, TechnologyArea.ADDITIVE_MANUFACTURING,
                "Powder bed cell " + tag, "Conformal mould inserts printed in our powder bed cell " + tag, 7, 30));
        myPosts.post(new PostForm(PostKind.OFFER, Arrangement.LICENSING, TechnologyArea.ROBOTICS,
                "Gripper " + tag, "Mould inserts handled by a gripper " + tag, 5, 30));
        UserAccount silent = fixtures.member("No digest " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        fixtures.signIn(silent);
        fixtures.listedProfile("Additive manufacturing of conformal mould inserts " + tag, "", TechnologyArea.ADDITIVE_MANUFACTURING);
        fixtures.signOut();

        digest.run();
        assertThat(mail.sentTo(reader.getEmail())).singleElement().satisfies(m -> {
            assertThat(m.getBody()).contains("Stampa 3D di stampi " + tag, "/challenges/", "/unsubscribe/")
                    .as("the needs and offers of others in the profile's areas, not its own")
                    .contains("Powder bed cell " + tag, "/network/exchange/").doesNotContain("Our own inserts " + tag)
                    .doesNotContain("Gripper " + tag);
        });
        assertThat(mail.sentTo(silent.getEmail())).as("no digest without consent").isEmpty();

        digest.run();
        assertThat(mail.sentTo(reader.getEmail())).as("once a week, also when the job runs again (another node)").hasSize(1);

        Matcher link = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]+)").matcher(mail.sentTo(reader.getEmail()).getFirst().getBody());
        assertThat(link.find()).isTrue();
        assertThat(consents.unsubscribe(link.group(1))).contains(ConsentPurpose.WEEKLY_DIGEST);
        jdbc.update("delete from network_digest where user_id = ?", reader.getId()); // as if a week had passed
        digest.run();
        assertThat(mail.sentTo(reader.getEmail())).as("nothing after the one-click way out").hasSize(1);
    }
}
