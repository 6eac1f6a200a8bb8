package it.convergo.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.audit.AuditLog;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeStage;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.Challenges;
import it.convergo.notification.MailService;
import it.convergo.support.SpringTest;
import it.convergo.workflow.ChallengeLifecycle;
import it.convergo.workflow.LifecycleStep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two-stage challenges on the services: outlines, the firm's shortlist (who may decide, what it needs), the
 * invited full proposal prefilled from the outline, refusals for the others, and only full proposals evaluated.
 */
class TwoStageTest extends SpringTest {

    @Autowired
    ProposalDrafts drafts;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    SubmittedProposals submitted;
    @Autowired
    Shortlists shortlists;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    Challenges challenges;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    MailService mail;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount manager;
    long challengeId;

    @BeforeEach
    void open() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        challengeId = fixtures.twoStageOpen(ChallengeFixtures.unique("Two-stage sorting"));
        fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** As the applicant: an outline with the outline's fields only (no team, budget or full-form answers). */
    private long outline(UserAccount applicant) {
        fixtures.signIn(applicant);
        long id = drafts.start(challengeId);
        ProposalDraft d = drafts.draft(id);
        d.setTitle("Outline " + id);
        d.setAcronym("OUT");
        d.setAbstractText("Sorting ceramic waste with a camera and a small robot.");
        d.getAnswers().put(0, "On one kiln line for a month.");
        drafts.save(d);
        assertThat(drafts.missing(id)).as("an outline needs no team, budget or full-form answers").isEmpty();
        proposals.submit(id);
        return id;
    }

    private void closeOutlines() {
        fixtures.signOut();
        fixtures.fireLifecycleTimer(challengeId);
    }

    @Test
    void outlinesThenShortlistThenInvitedFullProposals() {
        UserAccount invited = fixtures.applicant();
        UserAccount declined = fixtures.applicant();
        long a = outline(invited);
        long b = outline(declined);
        fixtures.signIn(invited);
        assertThat(drafts.stage(a).isOutline()).isTrue();
        assertThat(submissions.submissions(a)).extracting(SubmissionInfo::stage).containsExactly(ProposalStage.OUTLINE);
        assertThat(drafts.stage(a).questions()).as("the outline form asks the outline's question only").containsExactly(0);

        fixtures.signIn(manager);
        assertThatThrownBy(() -> shortlists.outlines(challengeId, PageRequest.of(0, 10)))
                .hasMessage("shortlist.error.outlinesOpen");
        closeOutlines();
        assertThat(challenges.view(challengeId).stages().stage()).isEqualTo(ChallengeStage.SHORTLIST);
        assertThat(challenges.view(challengeId).status()).isEqualTo(ChallengeStatus.OPEN);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.SHORTLIST);

        fixtures.signIn(invited);
        assertThatThrownBy(() -> proposals.fill(a, "Too late")).hasMessage("proposal.error.outlineClosed");
        assertThatThrownBy(() -> shortlists.decide(a, true, null)).isInstanceOf(AccessDeniedException.class);

        UserAccount otherFirm = fixtures.firmManager();
        fixtures.signIn(otherFirm);
        assertThatThrownBy(() -> shortlists.decide(a, true, null)).hasMessage("error.notFound");
        assertThatThrownBy(() -> shortlists.outlines(challengeId, PageRequest.of(0, 10))).hasMessage("error.notFound");

        fixtures.signIn(manager);
        assertThat(shortlists.countOutlines(challengeId)).isEqualTo(2);
        assertThat(shortlists.outlines(challengeId, PageRequest.of(0, 10))).extracting(OutlineRow::id).containsExactly(a, b);
        shortlists.decide(a, true, "Promising: show the pilot plan.");
        assertThatThrownBy(() -> shortlists.confirm(challengeId)).hasMessage("shortlist.error.undecided");
        assertThatThrownBy(() -> shortlists.decide(b, false, " ")).hasMessage("shortlist.error.feedbackRequired");
        shortlists.decide(b, false, "Out of scope: we need a solution for glazed tiles.");
        shortlists.decide(b, false, "Out of scope: we need a solution for glazed tiles.");
        assertThat(shortlists.counts(challengeId)).isEqualTo(new ShortlistCounts(1, 1, 0, false, true));

        fixtures.signIn(declined);
        assertThat(drafts.stage(b).feedback()).as("feedback only once the shortlist is confirmed").isNull();

        fixtures.signIn(manager);
        shortlists.confirm(challengeId);
        assertThatThrownBy(() -> shortlists.confirm(challengeId)).hasMessage("shortlist.error.confirmed");
        assertThatThrownBy(() -> shortlists.decide(b, true, null)).hasMessage("shortlist.error.confirmed");
        assertThat(challenges.view(challengeId).stages().stage()).isEqualTo(ChallengeStage.FULL);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.FULL_OPEN);
        assertThat(mail.sentTo(invited.getEmail())).anyMatch(m -> m.getSubject().contains("Shortlisted"));
        assertThat(mail.sentTo(declined.getEmail())).anyMatch(m -> m.getBody().contains("glazed tiles"));
        assertThat(shortlists.counts(challengeId)).isEqualTo(new ShortlistCounts(1, 1, 0, true, false));

        fixtures.signIn(declined);
        assertThat(drafts.stage(b).shortlisted()).isFalse();
        assertThat(drafts.stage(b).feedback()).contains("glazed tiles");
        assertThatThrownBy(() -> proposals.fill(b, "Full anyway")).hasMessage("proposal.error.notShortlisted");
        assertThatThrownBy(() -> proposals.submit(b)).hasMessage("proposal.error.notShortlisted");

        UserAccount newcomer = fixtures.applicant();
        fixtures.signIn(newcomer);
        assertThatThrownBy(() -> drafts.start(challengeId)).hasMessage("proposal.error.invitedOnly");

        fixtures.signIn(invited);
        ProposalDraft full = drafts.draft(a);
        assertThat(full.getTitle()).as("prefilled from the outline").isEqualTo("Outline " + a);
        assertThat(full.getAnswers()).containsEntry(0, "On one kiln line for a month.");
        assertThat(drafts.stage(a).isOutline()).isFalse();
        assertThat(drafts.stage(a).questions()).containsExactly(0, 1);
        assertThat(drafts.overview(a).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(drafts.missing(a)).as("the full form asks for everything").isNotEmpty();
        proposals.fill(a, "Full proposal " + a);
        proposals.submit(a);
        assertThat(submissions.submissions(a)).extracting(SubmissionInfo::stage)
                .containsExactly(ProposalStage.FULL, ProposalStage.OUTLINE);
        assertThat(submissions.receipt(a, 1).size()).isPositive();
        assertThat(submissions.receipt(a, 2).size()).isPositive();

        fixtures.signOut();
        fixtures.fireLifecycleTimer(challengeId);
        assertThat(challenges.view(challengeId).status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(submitted.submittedTo(challengeId)).as("only full proposals are evaluated")
                .extracting(ProposalSummary::id).containsExactly(a);
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.EVALUATION);
    }

    @Test
    void aLateOutlineIsRefusedEvenBeforeTheTimerRuns() {
        UserAccount applicant = fixtures.applicant();
        fixtures.signIn(applicant);
        long id = drafts.start(challengeId);
        proposals.fill(id, "Late outline");
        jdbc.update("update challenge set outline_closes_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(5)), challengeId);
        assertThatThrownBy(() -> proposals.submit(id)).hasMessage("proposal.error.outlineClosed");
        assertThat(submissions.submissions(id)).isEmpty();
    }

    @Test
    void theFirmClosesTheOutlinesEarlyAndOnlyTheShortlistIsNext() {
        UserAccount applicant = fixtures.applicant();
        outline(applicant);
        fixtures.signIn(manager);
        publishing.closeEarly(challengeId);
        assertThat(challenges.view(challengeId).stages().stage()).isEqualTo(ChallengeStage.SHORTLIST);
        assertThat(challenges.view(challengeId).stages().outlineClosesAt()).isBeforeOrEqualTo(Instant.now());
        assertThatThrownBy(() -> publishing.closeEarly(challengeId)).hasMessage("challenge.error.notOpen");
        assertThat(lifecycle.currentStep(challengeId)).contains(LifecycleStep.SHORTLIST);
    }

    @Test
    void aSingleStageChallengeBehavesAsBefore() {
        fixtures.signIn(manager);
        long single = fixtures.open(ChallengeFixtures.unique("Single stage"));
        UserAccount applicant = fixtures.applicant();
        long id = proposals.submitted(applicant, single);
        assertThat(drafts.stage(id)).isEqualTo(new StageInfo(false, ProposalStage.FULL,
                challenges.view(single).closesAt(), null, null, List.of(0, 1)));
        assertThat(submissions.submissions(id)).extracting(SubmissionInfo::stage).containsExactly(ProposalStage.FULL);
        assertThat(challenges.view(single).stages().twoStage()).isFalse();
        assertThat(challenges.view(single).stages().stage()).isNull();
        fixtures.signIn(manager);
        assertThatThrownBy(() -> shortlists.counts(single)).hasMessage("error.notFound");
        fixtures.signOut();
        fixtures.fireLifecycleTimer(single);
        assertThat(submitted.submittedTo(single)).extracting(ProposalSummary::id).containsExactly(id);
        assertThat(lifecycle.currentStep(single)).contains(LifecycleStep.EVALUATION);
    }
}
