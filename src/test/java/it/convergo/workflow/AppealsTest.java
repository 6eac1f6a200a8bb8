package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.audit.AuditLog;
import it.convergo.evaluation.appeals.AppealOutcome;
import it.convergo.evaluation.appeals.AppealStatus;
import it.convergo.evaluation.panel.AppealReviewers;
import it.convergo.evaluation.results.Outcome;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.proposal.ProposalStatus;
import it.convergo.support.SpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Appeals against published results, through the services: who may file, assign, review, decide and read;
 * the window, one appeal per proposal (also from two tabs at once), reviewers never from the panel nor
 * excluded, and the Evaluation Summary Report's statement after each outcome.
 */
class AppealsTest extends SpringTest {

    @Autowired PathDriver driver;
    @Autowired ProposalAppeals workflow;
    @Autowired MailService mail;
    @Autowired AuditLog audit;

    long challenge;
    long proposal;
    UserAccount applicant;
    UserAccount panelMember;
    List<UserAccount> reviewers;
    List<UserAccount> pool;

    @BeforeEach
    void publishedResult() {
        pool = driver.evaluators(5);
        panelMember = pool.getFirst();
        reviewers = List.of(pool.get(3), pool.get(4));
        challenge = driver.openChallenge("Appeal", 1, false, 10);
        applicant = driver.applicant();
        proposal = driver.evaluatedAndPublished(challenge, applicant, List.of(panelMember));
    }

    @Test
    void onlyAMemberOfTheApplicantOrganisationFilesWithinTheWindowAndOnlyOnce() {
        UserAccount stranger = driver.applicant();
        driver.challenges.signIn(stranger);
        assertThatThrownBy(() -> driver.appeals.file(proposal, "Not mine")).hasMessage("error.notFound");
        assertThat(driver.appeals.forApplicant(proposal)).as("no appeal side for a stranger").isEmpty();
        driver.challenges.signIn(driver.manager());
        assertThatThrownBy(() -> driver.appeals.file(proposal, "The firm itself")).hasMessage("error.notFound");
        driver.challenges.signIn(panelMember);
        assertThatThrownBy(() -> driver.appeals.file(proposal, "An evaluator")).hasMessage("error.notFound");

        UserAccount colleague = driver.accounts.user("colleague", driver.accounts.reload(applicant.getId()).getOrganisation(),
                Role.APPLICANT);
        driver.challenges.signIn(colleague);
        var side = driver.appeals.forApplicant(proposal).orElseThrow();
        assertThat(side.canFile()).isTrue();
        assertThat(side.days()).isEqualTo(10);
        Instant published = driver.jdbc.queryForObject("select published_at from results_publication where challenge_id = ?",
                java.sql.Timestamp.class, challenge).toInstant();
        assertThat(Duration.between(published, side.deadline())).isEqualTo(Duration.ofDays(10));
        assertThatThrownBy(() -> driver.appeals.file(proposal, "  ")).hasMessage("appeal.error.groundsRequired");
        long appeal = driver.appeals.file(proposal, "The panel overlooked our pilot results.");
        assertThat(appeal).isPositive();

        driver.challenges.signIn(applicant);
        assertThatThrownBy(() -> driver.appeals.file(proposal, "Again")).as("a second appeal")
                .hasMessage("appeal.error.already");
        var filed = driver.appeals.forApplicant(proposal).orElseThrow();
        assertThat(filed.canFile()).isFalse();
        assertThat(filed.appeal().status()).isEqualTo(AppealStatus.FILED);
        assertThat(filed.appeal().grounds()).isEqualTo("The panel overlooked our pilot results.");
        assertThat(workflow.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.ASSIGN);
        assertThat(mail.sentTo(driver.manager().getEmail())).anySatisfy(m ->
                assertThat(m.getSubject()).contains("Appeal filed"));
        assertThat(driver.reportText(proposal)).contains("An appeal against this result was filed and is being reviewed.");
    }

    @Test
    void lateFilingAndChallengesWithoutAppealsAreRefused() {
        driver.publishedDaysAgo(challenge, 11);
        driver.challenges.signIn(applicant);
        assertThat(driver.appeals.forApplicant(proposal).orElseThrow().canFile()).isFalse();
        assertThatThrownBy(() -> driver.appeals.file(proposal, "Too late")).hasMessage("appeal.error.late");

        driver.publishedDaysAgo(challenge, 9);
        driver.jdbc.update("update challenge set appeal_days = 0 where id = ?", challenge);
        assertThat(driver.appeals.forApplicant(proposal).orElseThrow().days()).isZero();
        assertThatThrownBy(() -> driver.appeals.file(proposal, "No appeals here")).hasMessage("appeal.error.notAllowed");
        assertThat(driver.reportText(proposal)).contains("No appeal was filed against this result.");
    }

    @Test
    void beforePublicationNobodyAppeals() {
        long open = driver.openChallenge("Unpublished", 1, false, 10);
        UserAccount someone = driver.applicant();
        long unpublished = driver.submit(someone, open);
        driver.challenges.signIn(someone);
        assertThat(driver.appeals.forApplicant(unpublished)).isEmpty();
        assertThatThrownBy(() -> driver.appeals.file(unpublished, "Early")).hasMessage("appeal.error.notPublished");
    }

    @Test
    void twoTabsFilingAtOnceMakeOneAppeal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> file = () -> {
                driver.challenges.signIn(applicant);
                try {
                    return "filed " + driver.appeals.file(proposal, "Same grounds, two tabs");
                } catch (it.convergo.base.UserFacingException e) {
                    return e.messageKey();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            List<Future<String>> results = pool.invokeAll(List.of(file, file));
            List<String> outcomes = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            System.out.println("AppealsTest: two tabs filing at once -> " + outcomes);
            assertThat(outcomes).filteredOn(o -> o.startsWith("filed")).hasSize(1);
            assertThat(outcomes).contains("appeal.error.already");
        } finally {
            pool.shutdown();
        }
        assertThat(driver.jdbc.queryForObject("select count(*) from appeal where proposal_id = ?", Long.class, proposal))
                .isEqualTo(1);
    }

    @Test
    void reviewersAreNeverFromThePanelNorExcludedAndOnlyTheFirmAssigns() {
        driver.challenges.signIn(applicant);
        long appeal = driver.appeals.file(proposal, "The panel overlooked our pilot results.");
        UserAccount sameOrganisation = driver.accounts.user("insider", driver.accounts.reload(applicant.getId()).getOrganisation(),
                Role.EVALUATOR);

        driver.challenges.signIn(applicant);
        assertThatThrownBy(() -> driver.appealDecisions.candidates(appeal)).hasMessage("error.notFound");
        assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, List.of(reviewers.getFirst().getId()), PathDriver.DUE))
                .hasMessage("error.notFound");
        UserAccount otherFirm = driver.challenges.firmManager();
        driver.challenges.signIn(otherFirm);
        assertThatThrownBy(() -> driver.appealDecisions.ofChallenge(challenge)).hasMessage("error.notFound");
        assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, List.of(reviewers.getFirst().getId()), PathDriver.DUE))
                .hasMessage("error.notFound");

        driver.challenges.signIn(driver.manager());
        List<Long> eligible = driver.appealDecisions.candidates(appeal).stream().map(AppealReviewers.Eligible::userId).toList();
        assertThat(eligible).contains(reviewers.get(0).getId(), reviewers.get(1).getId())
                .doesNotContain(panelMember.getId(), sameOrganisation.getId());
        assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, List.of(panelMember.getId()), PathDriver.DUE))
                .as("a panel member").hasMessageStartingWith("appeal.error.notEligible");
        assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, List.of(sameOrganisation.getId()), PathDriver.DUE))
                .as("the applicant's own organisation").hasMessageStartingWith("appeal.error.notEligible");
        assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, List.of(), PathDriver.DUE))
                .hasMessage("appeal.error.reviewers");
        driver.appealDecisions.assign(appeal, reviewers.stream().map(UserAccount::getId).toList(), PathDriver.DUE);
        assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, reviewers.stream().map(UserAccount::getId).toList(),
                PathDriver.DUE)).as("a second click").hasMessage("workflow.error.stepGone");
        assertThat(workflow.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.REVIEW);
        assertThat(mail.sentTo(reviewers.getFirst().getEmail())).anySatisfy(m ->
                assertThat(m.getSubject()).isEqualTo("An appeal to review"));
    }

    @Test
    void onlyAssignedReviewersGiveOneOpinionAndTheFirmDecidesOnceAllAreIn() {
        driver.challenges.signIn(applicant);
        long appeal = driver.appeals.file(proposal, "The panel overlooked our pilot results.");
        driver.challenges.signIn(driver.manager());
        driver.appealDecisions.assign(appeal, reviewers.stream().map(UserAccount::getId).toList(), PathDriver.DUE);

        driver.challenges.signIn(panelMember);
        assertThatThrownBy(() -> driver.appeals.forReviewer(appeal)).hasMessage("error.notFound");
        assertThatThrownBy(() -> driver.appeals.giveOpinion(appeal, true, "Not mine")).hasMessage("error.notFound");
        driver.challenges.signIn(applicant);
        assertThatThrownBy(() -> driver.appeals.forReviewer(appeal)).hasMessage("error.notFound");

        driver.challenges.signIn(reviewers.getFirst());
        var seen = driver.appeals.forReviewer(appeal);
        assertThat(seen.grounds()).isEqualTo("The panel overlooked our pilot results.");
        assertThat(seen.resultOutcome()).isEqualTo(Outcome.FINALIST);
        assertThat(seen.open()).isTrue();
        // the pool's reviewers may review other runs' appeals too
        assertThat(driver.appeals.toReview()).filteredOn(i -> i.appealId() == appeal).singleElement()
                .satisfies(i -> assertThat(i.open()).isTrue());
        driver.appeals.giveOpinion(appeal, true, "The pilot results were not read.");
        assertThatThrownBy(() -> driver.appeals.giveOpinion(appeal, false, "Changed my mind"))
                .hasMessage("appeal.error.opinionGiven");

        driver.challenges.signIn(driver.manager());
        assertThatThrownBy(() -> driver.appealDecisions.decide(appeal, AppealOutcome.UPHELD, null, null, "Too early"))
                .hasMessage("appeal.error.opinionsMissing");
        driver.challenges.signIn(reviewers.get(1));
        driver.appeals.giveOpinion(appeal, false, "The scores stand.");
        assertThat(workflow.currentSteps(appeal)).containsExactly(ProposalAppeals.Step.DECIDE);

        driver.challenges.signIn(applicant);
        assertThatThrownBy(() -> driver.appealDecisions.decide(appeal, AppealOutcome.UPHELD, null, null, "Mine"))
                .hasMessage("error.notFound");
        driver.challenges.signIn(driver.manager());
        var firm = driver.appealDecisions.ofChallenge(challenge).getFirst();
        assertThat(firm.status()).isEqualTo(AppealStatus.TO_DECIDE);
        assertThat(firm.opinions()).extracting(o -> o.reviewerName())
                .containsExactly(reviewers.get(0).getFullName(), reviewers.get(1).getFullName());
        assertThatThrownBy(() -> driver.appealDecisions.decide(appeal, AppealOutcome.UPHELD, null, null, " "))
                .hasMessage("appeal.error.replyRequired");
        driver.appealDecisions.decide(appeal, AppealOutcome.UPHELD, null, null, "The panel read the pilot results.");
        assertThatThrownBy(() -> driver.appealDecisions.decide(appeal, AppealOutcome.UPHELD, null, null, "Twice"))
                .hasMessage("workflow.error.stepGone");
        assertThat(workflow.currentSteps(appeal)).isEmpty();

        driver.challenges.signIn(applicant);
        var closed = driver.appeals.forApplicant(proposal).orElseThrow().appeal();
        assertThat(closed.status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(AppealOutcome.UPHELD);
        assertThat(closed.reply()).isEqualTo("The panel read the pilot results.");
        assertThat(driver.results.outcome(proposal)).contains(Outcome.FINALIST);
        assertThat(mail.sentTo(applicant.getEmail())).anySatisfy(m -> assertThat(m.getSubject())
                .startsWith("Your appeal has been decided").satisfies(s -> assertThat(m.getBody()).contains("rejected")));
        assertThat(driver.reportText(proposal)).contains("An appeal against this result was filed and rejected: the result stands.");
        assertThat(audit.about(List.of("proposal:" + proposal), 50)).extracting(e -> e.getAction())
                .contains("appeal.filed", "appeal.reviewersAssigned", "appeal.opinion", "appeal.decided");
    }

    @Test
    void theFirmReplacesAReviewerWhoNeverAnswersAndTheReviewMovesToTheNewOne() {
        driver.challenges.signIn(applicant);
        long appeal = driver.appeals.file(proposal, "The panel overlooked our pilot results.");
        UserAccount silent = reviewers.get(0);
        UserAccount other = reviewers.get(1);
        UserAccount replacement = pool.get(2);
        Instant due = Instant.now().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        driver.challenges.signIn(driver.manager());
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(), due))
                .as("nobody to replace before the review").hasMessage("appeal.error.notUnderReview");
        driver.appealDecisions.assign(appeal, List.of(silent.getId(), other.getId()), PathDriver.DUE);

        // who may: only the firm of the challenge
        driver.challenges.signIn(applicant);
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(), due))
                .hasMessage("error.notFound");
        driver.challenges.signIn(other);
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(), due))
                .as("a reviewer").hasMessage("error.notFound");
        driver.challenges.signIn(driver.challenges.firmManager());
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(), due))
                .as("another firm").hasMessage("error.notFound");

        // the same eligibility as the first choice; refusals change nothing
        driver.challenges.signIn(driver.manager());
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), panelMember.getId(), due))
                .as("a panel member").hasMessageStartingWith("appeal.error.notEligible");
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), other.getId(), due))
                .hasMessage("appeal.error.alreadyReviewer");
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(),
                Instant.now().minus(Duration.ofHours(1)))).hasMessage("appeal.error.dueInPast");
        assertThat(workflow.isWaitingForReviewer(appeal, silent.getId())).isTrue();
        assertThat(driver.appealDecisions.candidates(appeal)).extracting(AppealReviewers.Eligible::userId)
                .contains(replacement.getId()).doesNotContain(panelMember.getId(), silent.getId(), other.getId());

        int mailsBefore = mail.sentTo(replacement.getEmail()).size();
        driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(), due);
        driver.appealDecisions.replaceReviewer(appeal, silent.getId(), replacement.getId(), due); // a second tab: nothing more
        assertThat(workflow.isWaitingForReviewer(appeal, replacement.getId())).isTrue();
        assertThat(workflow.isWaitingForReviewer(appeal, silent.getId())).isFalse();
        assertThat(mail.sentTo(replacement.getEmail())).hasSize(mailsBefore + 1)
                .anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("An appeal to review"));
        var firm = driver.appealDecisions.ofChallenge(challenge).getFirst();
        assertThat(firm.reviewDueAt()).isEqualTo(due);
        assertThat(firm.opinions()).extracting(o -> o.reviewerId()).containsExactlyInAnyOrder(replacement.getId(), other.getId());
        assertThat(audit.about(List.of("proposal:" + proposal), 50)).extracting(e -> e.getAction()).contains("appeal.reviewerReplaced");

        driver.challenges.signIn(silent);
        assertThatThrownBy(() -> driver.appeals.forReviewer(appeal)).as("the silent one lost the review").hasMessage("error.notFound");
        assertThatThrownBy(() -> driver.appeals.giveOpinion(appeal, true, "Late")).hasMessage("error.notFound");
        assertThat(driver.appeals.toReview()).noneMatch(i -> i.appealId() == appeal);
        driver.challenges.signIn(replacement);
        assertThat(driver.appeals.forReviewer(appeal).dueAt()).isEqualTo(due);
        driver.appeals.giveOpinion(appeal, false, "The scores stand.");

        driver.challenges.signIn(driver.manager());
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, replacement.getId(), pool.get(1).getId(), due))
                .as("an opinion given stays").hasMessage("appeal.error.opinionIn");
        driver.challenges.signIn(other);
        driver.appeals.giveOpinion(appeal, false, "Agreed.");
        driver.challenges.signIn(driver.manager());
        driver.appealDecisions.decide(appeal, AppealOutcome.UPHELD, null, null, "The result stands.");
        assertThatThrownBy(() -> driver.appealDecisions.replaceReviewer(appeal, other.getId(), pool.get(1).getId(), due))
                .as("decided already").hasMessage("appeal.error.notUnderReview");
    }

    @Test
    void aReEvaluationChangesTheOutcomeAndTheReportSaysSo() {
        long appeal = driver.appealReviewed(proposal, reviewers, true);
        driver.challenges.signIn(driver.manager());
        assertThatThrownBy(() -> driver.appealDecisions.decide(appeal, AppealOutcome.RE_EVALUATED, Outcome.FINALIST, null, "Same"))
                .hasMessage("appeal.error.sameOutcome");
        assertThatThrownBy(() -> driver.appealDecisions.decide(appeal, AppealOutcome.RE_EVALUATED, null, null, "None"))
                .hasMessage("evaluation.error.outcomeRequired");
        driver.appealDecisions.decide(appeal, AppealOutcome.RE_EVALUATED, Outcome.WINNER, "Re-read: strong pilot.",
                "The reviewers found the pilot results decisive.");

        driver.challenges.signIn(applicant);
        assertThat(driver.results.outcome(proposal)).contains(Outcome.WINNER);
        assertThat(driver.jdbc.queryForObject("select status from proposal where id = ?", String.class, proposal))
                .isEqualTo(ProposalStatus.DECIDED.name());
        assertThat(driver.jdbc.queryForObject("select outcome_note from proposal where id = ?", String.class, proposal))
                .isEqualTo(Outcome.WINNER.labelKey() + "|Re-read: strong pilot.");
        var closed = driver.appeals.forApplicant(proposal).orElseThrow().appeal();
        assertThat(closed.outcome()).isEqualTo(AppealOutcome.RE_EVALUATED);
        assertThat(mail.sentTo(applicant.getEmail())).extracting(OutboxMessage::getBody)
                .anySatisfy(b -> assertThat(b).contains("re-evaluated"));
        String report = driver.reportText(proposal);
        assertThat(report).contains("the proposal was re-evaluated and its outcome changed from Finalist to Winner",
                "Re-read: strong pilot.");
        // the applicant never reads the reviewers' names
        assertThat(closed.toString()).doesNotContain(reviewers.get(0).getFullName(), reviewers.get(1).getFullName());
        assertThat(report).doesNotContain(reviewers.get(0).getFullName());
    }

    @Test
    void inABlindChallengeReviewersDoNotSeeTheApplicant() {
        long blind = driver.openChallenge("Blind appeal", 1, true, 10);
        UserAccount someone = driver.applicant();
        long blindProposal = driver.evaluatedAndPublished(blind, someone, List.of(panelMember));
        driver.appealReviewed(blindProposal, List.of(reviewers.getFirst()), false);
        driver.challenges.signIn(reviewers.getFirst());
        long appeal = driver.jdbc.queryForObject("select id from appeal where proposal_id = ?", Long.class, blindProposal);
        var seen = driver.appeals.forReviewer(appeal);
        assertThat(seen.organisationName()).isNull();
        assertThat(seen.toString()).doesNotContain(driver.accounts.reload(someone.getId()).getOrganisation().getName());
    }
}
