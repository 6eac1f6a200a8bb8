package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.DeadlineChanged;
import it.convergo.challenge.Followers;
import it.convergo.notification.MailService;
import it.convergo.support.SpringTest;
import java.time.Instant;
import java.time.LocalDateTime;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A published challenge is opened and closed by its lifecycle's timers, with nobody signed in; timers are
 * fired by hand. Extending the deadline moves the timer and tells followers; closing early closes it.
 */
@RecordApplicationEvents
class ChallengeTimersTest extends SpringTest {

    @Autowired
    Challenges challenges;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    Followers followers;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MailService mail;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    java.time.Clock clock;

    UserAccount manager;
    long id;

    @BeforeEach
    void publish() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        id = fixtures.published(ChallengeFixtures.unique("Timed"));
        fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Job timer() {
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ChallengeLifecycle.businessKey(id)).singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(process).singleResult();
    }

    private void fire() {
        Job executable = management.moveTimerToExecutableJob(timer().getId());
        management.executeJob(executable.getId());
    }

    private ChallengeStatus status() {
        return challenges.view(id).status();
    }

    @Test
    void timersOpenAndCloseTheChallengeWithNobodySignedIn() {
        Instant opens = challenges.view(id).opensAt();
        Instant closes = challenges.view(id).closesAt();
        assertThat(timer().getDuedate().toInstant()).isEqualTo(opens);
        assertThat(status()).isEqualTo(ChallengeStatus.SCHEDULED);

        fire();
        assertThat(status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(challenges.isOpenForSubmission(id, opens)).isTrue();
        assertThat(challenges.isOpenForSubmission(id, closes.minusMillis(1))).isTrue();
        assertThat(challenges.isOpenForSubmission(id, closes)).as("closing time is exclusive").isFalse();
        assertThat(timer().getDuedate().toInstant()).isEqualTo(closes);

        fire();
        assertThat(status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(challenges.isOpenForSubmission(id, closes.minusSeconds(60))).isFalse();
        assertThat(lifecycle.currentStep(id)).as("no proposal to evaluate: the firm may close the challenge")
                .contains(LifecycleStep.DECISION);
    }

    @Test
    void anExtendedDeadlineMovesTheTimerAndFollowersAreTold() {
        UserAccount follower = fixtures.applicant();
        fixtures.signIn(follower);
        followers.follow(id);
        fire();
        fixtures.signIn(manager);
        LocalDateTime later = LocalDateTime.ofInstant(challenges.view(id).closesAt(), Times.ROME).plusDays(14);
        publishing.changeDeadline(id, later);
        Instant expected = later.atZone(Times.ROME).toInstant();
        assertThat(challenges.view(id).closesAt()).isEqualTo(expected);
        assertThat(timer().getDuedate().toInstant()).isEqualTo(expected);
        assertThat(mail.sentTo(follower.getEmail())).anyMatch(m -> m.getSubject().contains("New deadline"));
        assertThat(events.stream(DeadlineChanged.class).filter(e -> e.challengeId() == id)).hasSize(1);
    }

    @Test
    void theFirmCanCloseEarlyOnlyWhileOpen() {
        fixtures.signIn(manager);
        assertThatThrownBy(() -> publishing.closeEarly(id)).hasMessage("challenge.error.notOpen");
        fixtures.signOut();
        fire();
        fixtures.signIn(manager);
        Instant planned = challenges.view(id).closesAt();
        publishing.closeEarly(id);
        assertThat(status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(challenges.view(id).closesAt()).as("the closing date is when it closed, not the planned one")
                .isBefore(planned).isBeforeOrEqualTo(clock.instant());
        assertThat(events.stream(DeadlineChanged.class).filter(e -> e.challengeId() == id && e.closesAt().isBefore(planned)))
                .as("proposals' copies of the deadline follow").hasSize(1);
        assertThat(timer()).as("the closing timer is gone").isNull();
        assertThatThrownBy(() -> publishing.changeDeadline(id, LocalDateTime.now().plusDays(3)))
                .hasMessage("challenge.error.notLive");
    }

    @Test
    void aDeadlineChangeAcrossDaylightSavingKeepsTheWallClockTime() {
        fixtures.signIn(manager);
        long dst = editor.save(dstDraft());
        publishing.publish(dst, editor.draft(dst).getVersion());
        assertThat(challenges.view(dst).closesAt()).isEqualTo(Instant.parse("2030-03-31T15:00:00Z"));
        assertThat(challenges.view(dst).opensAt()).isEqualTo(Instant.parse("2030-03-01T08:00:00Z"));
    }

    private it.convergo.challenge.ChallengeDraft dstDraft() {
        var d = fixtures.completeDraft(ChallengeFixtures.unique("Across DST"));
        d.setOpensAt(LocalDateTime.of(2030, 3, 1, 9, 0));      // CET, UTC+1
        d.setClosesAt(LocalDateTime.of(2030, 3, 31, 17, 0));   // CEST, UTC+2
        return d;
    }
}
