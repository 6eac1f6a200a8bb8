package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import it.convergo.evaluation.progress.InboxItem;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.support.SpringTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path an evaluation can take, generated rather than hand-picked, each on a fresh challenge from
 * closing to published results, timers fired by hand. Per evaluator one of eight {@link Behaviour}s; per
 * panel {@code agreeing} or {@code divergent} scores.
 * <ul>
 *   <li>panels of 1: all 8 behaviours (agreeing only: one evaluator cannot diverge) = 8 paths;</li>
 *   <li>panels of 2: the full product 8 × 8 behaviours × 2 panel kinds = 128 paths;</li>
 *   <li>panels of 3: a covering set in which every pair of (evaluator 1, evaluator 2, evaluator 3, panel kind)
 *       values occurs at least once = 64 paths (checked by {@link #coveringSet()});</li>
 *   <li>eligibility refused, withdrawal before closing, deadline extension = 3 paths;</li>
 *   <li>two-stage calls: shortlisted alone or with one declined outline on four panel shapes, nobody shortlisted,
 *       shortlisted but no full proposal = 10 paths ({@link #twoStagePathsShortlistedOrNot()});</li>
 *   <li>clarification rounds (panels of 2): a question answered or expired, asked while scoring or during the
 *       consensus, agreeing or divergent = 8 paths, plus one answered and one expired question × 2 panel kinds
 *       = 2 paths: 10 paths ({@link #clarificationRounds()});</li>
 *   <li>after the published results, four panel shapes × no appeal / appeal upheld / appeal re-evaluated =
 *       12 paths ({@link #appealsAfterPublishedResults()}).</li>
 * </ul>
 * <b>235 paths</b> in all (printed at the end). Each must end with the proposal evaluated (or not eligible),
 * no evaluation step left open, and the challenge's results published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPathsTest extends SpringTest {

    /** What one evaluator of the panel does. */
    enum Behaviour {
        DECLARES_NO_CONFLICT,
        DECLARES_CONFLICT,
        LATE,
        REPLACED_BEFORE_DECLARING,
        REPLACED_AFTER_DECLARING,
        DRAFT_THEN_SUBMIT,
        SUBMITS_TWICE,
        REOPENED_BY_RAPPORTEUR
    }

    record Path(List<Behaviour> evaluators, boolean divergent) {
        @Override
        public String toString() {
            return evaluators + (divergent ? " divergent" : " agreeing");
        }
    }

    @Autowired PathDriver driver;
    @Autowired ProposalSubmissions proposals;
    private final AtomicInteger walked = new AtomicInteger();

    @AfterAll
    void report() {
        System.out.println("EvaluationPathsTest: " + walked.get() + " evaluation paths walked to published results");
    }

    @TestFactory
    Stream<DynamicTest> panelsOfOneAndTwoEveryCombination() {
        List<Path> paths = new ArrayList<>();
        for (Behaviour b : Behaviour.values()) {
            paths.add(new Path(List.of(b), false));
        }
        for (Behaviour a : Behaviour.values()) {
            for (Behaviour b : Behaviour.values()) {
                paths.add(new Path(List.of(a, b), false));
                paths.add(new Path(List.of(a, b), true));
            }
        }
        assertThat(paths).hasSize(8 + 128);
        return paths.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> walk(p)));
    }

    @TestFactory
    Stream<DynamicTest> panelsOfThreeCoveringEveryPair() {
        return coveringSet().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> walk(p)));
    }

    /**
     * Rows (i, j, (i + j) mod 8) cover every pair of the three evaluators' behaviours; the panel kind is
     * chosen per row so that it also meets every behaviour of every evaluator both ways.
     */
    static List<Path> coveringSet() {
        Behaviour[] b = Behaviour.values();
        List<Path> rows = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                boolean divergent = ((i + j / 4) % 2) == 1;
                rows.add(new Path(List.of(b[i], b[j], b[(i + j) % b.length]), divergent));
            }
        }
        Set<String> pairs = new HashSet<>();
        for (Path r : rows) {
            List<String> values = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                values.add(e + "=" + r.evaluators().get(e));
            }
            values.add("kind=" + r.divergent());
            for (int x = 0; x < values.size(); x++) {
                for (int y = x + 1; y < values.size(); y++) {
                    pairs.add(values.get(x) + "&" + values.get(y));
                }
            }
        }
        int expected = 3 * 8 * 8 + 3 * 8 * 2;
        assertThat(pairs).as("every pair of values covered").hasSize(expected);
        assertThat(rows).hasSize(64);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> proposalsThatLeaveBeforeOrAfterTheDeadline() {
        return Stream.of(
                DynamicTest.dynamicTest("eligibility refused", this::notEligible),
                DynamicTest.dynamicTest("withdrawal before closing", this::withdrawn),
                DynamicTest.dynamicTest("deadline extension", this::extended));
    }

    /** One panel path from closing to published results; returns the proposal. */
    private long walk(Path path) {
        long challenge = driver.openChallenge("Path", path.evaluators().size());
        long proposal = driver.submit(driver.applicant(), challenge);
        driver.close(challenge);
        evaluatePanel(path, challenge, proposal);
        walked.incrementAndGet();
        return proposal;
    }

    /** From the eligibility check of a closed challenge's proposal to published results, the panel doing {@code path}. */
    private void evaluatePanel(Path path, long challenge, long proposal) {
        int n = path.evaluators().size();
        List<UserAccount> pool = driver.evaluators(2 * n);
        List<UserAccount> panel = new ArrayList<>(pool.subList(0, n));
        driver.eligible(challenge, proposal);
        driver.assign(proposal, panel);
        int criteria = driver.criteria(challenge);

        // declarations (and replacements): afterwards panel.get(e) is whoever scores for seat e
        for (int e = 0; e < n; e++) {
            UserAccount first = panel.get(e);
            UserAccount replacement = pool.get(n + e);
            switch (path.evaluators().get(e)) {
                case DECLARES_CONFLICT -> {
                    driver.declare(first, challenge, proposal, true);
                    driver.replace(proposal, first, replacement);
                    panel.set(e, replacement);
                    declaresFirst(replacement, challenge, proposal);
                }
                case REPLACED_BEFORE_DECLARING -> {
                    driver.replace(proposal, first, replacement);
                    panel.set(e, replacement);
                    declaresFirst(replacement, challenge, proposal);
                }
                case REPLACED_AFTER_DECLARING -> {
                    driver.declare(first, challenge, proposal, false);
                    driver.challenges.signIn(first);
                    driver.scoring.saveDraft(proposal, PathDriver.sheet(criteria, "1", "replaced person's draft"), -1);
                    driver.replace(proposal, first, replacement);
                    panel.set(e, replacement);
                    declaresFirst(replacement, challenge, proposal);
                    assertThat(driver.scoring.form(proposal).sheet()).as("the replaced person's draft is not shown").isNull();
                }
                default -> driver.declare(first, challenge, proposal, false);
            }
        }
        // scores: divergent panels have one evaluator far from the others
        for (int e = 0; e < n; e++) {
            UserAccount evaluator = panel.get(e);
            String score = path.divergent() && e == 0 ? "1" : "4";
            var sheet = PathDriver.sheet(criteria, score, "Reasoned comment");
            switch (path.evaluators().get(e)) {
                case LATE -> {
                    driver.fireDueTimer(proposal, evaluator);
                    driver.challenges.signIn(evaluator);
                    driver.scoring.submit(proposal, sheet, -1);
                }
                case DRAFT_THEN_SUBMIT -> {
                    driver.challenges.signIn(evaluator);
                    long version = driver.scoring.saveDraft(proposal, PathDriver.sheet(criteria, "2", "first thoughts"), -1);
                    driver.scoring.submit(proposal, sheet, version);
                }
                case SUBMITS_TWICE -> {
                    driver.challenges.signIn(evaluator);
                    driver.scoring.submit(proposal, sheet, -1);
                    driver.scoring.submit(proposal, sheet, -1);
                }
                default -> {
                    driver.challenges.signIn(evaluator);
                    driver.scoring.submit(proposal, sheet, -1);
                }
            }
        }
        // the rapporteur (seat 0) reopens evaluations; the evaluator submits again with a better comment
        UserAccount rapporteur = panel.getFirst();
        for (int e = 0; e < n; e++) {
            if (path.evaluators().get(e) == Behaviour.REOPENED_BY_RAPPORTEUR) {
                driver.challenges.signIn(rapporteur);
                driver.consensus.reopen(proposal, panel.get(e).getId());
                assertThatThrownBy(() -> driver.consensus.complete(proposal, PathDriver.sheet(criteria, "4", "c"), null, -1))
                        .as("not while an evaluation is reopened").hasMessage("evaluation.error.notAllIn");
                driver.challenges.signIn(panel.get(e));
                String score = path.divergent() && e == 0 ? "1" : "4";
                assertThat(driver.inbox.items()).filteredOn(i -> i.proposalId() == proposal).singleElement()
                        .satisfies(i -> assertThat(i.step()).as("reopened: to score again").isEqualTo(InboxItem.Step.SCORE));
                driver.scoring.submit(proposal, PathDriver.sheet(criteria, score, "Reasoned comment, revised"),
                        driver.scoring.form(proposal).sheetVersion());
            }
        }
        driver.challenges.signIn(rapporteur);
        var view = driver.consensus.view(proposal);
        assertThat(view.divergent()).isEqualTo(path.divergent());
        driver.consensus.complete(proposal, PathDriver.sheet(criteria, "3", "Panel view"), null, view.version());
        driver.decideAndPublish(challenge, List.of(proposal));
    }

    /** A replacement finds the declaration in the inbox, whatever the replaced person had done. */
    private void declaresFirst(UserAccount replacement, long challenge, long proposal) {
        driver.challenges.signIn(replacement);
        assertThat(driver.inbox.items()).filteredOn(i -> i.proposalId() == proposal).singleElement()
                .satisfies(i -> assertThat(i.step()).isEqualTo(InboxItem.Step.DECLARE));
        assertThatThrownBy(() -> driver.scoring.form(proposal)).hasMessage("evaluation.error.declareFirst");
        driver.declare(replacement, challenge, proposal, false);
    }

    private void notEligible() {
        long challenge = driver.openChallenge("Refused", 1);
        long proposal = driver.submit(driver.applicant(), challenge);
        driver.close(challenge);
        driver.challenges.signIn(driver.manager());
        driver.eligibility.decide(challenge, List.of(proposal), false, IneligibilityReason.OUT_OF_SCOPE, null);
        assertThat(driver.workflow.currentSteps(proposal)).isEmpty();
        driver.decideAndPublish(challenge, List.of());
        walked.incrementAndGet();
    }

    private void withdrawn() {
        long challenge = driver.openChallenge("Withdrawn", 1);
        UserAccount leaving = driver.applicant();
        long gone = driver.submit(leaving, challenge);
        long stays = driver.submit(driver.applicant(), challenge);
        driver.challenges.signIn(leaving);
        proposals.withdraw(gone);
        driver.close(challenge);
        assertThat(driver.workflow.hasEvaluation(gone)).as("a withdrawn proposal is not evaluated").isFalse();
        evaluateAlone(challenge, stays);
        walked.incrementAndGet();
    }

    private void extended() {
        long challenge = driver.openChallenge("Extended", 1);
        long proposal = driver.submit(driver.applicant(), challenge);
        driver.challenges.signIn(driver.manager());
        LocalDateTime later = LocalDateTime.now(it.convergo.base.Times.ROME).plusDays(40).withNano(0).withSecond(0);
        driver.publishing.changeDeadline(challenge, later);
        assertThat(driver.challengeService.view(challenge).closesAt())
                .isEqualTo(later.atZone(it.convergo.base.Times.ROME).toInstant());
        driver.close(challenge);
        evaluateAlone(challenge, proposal);
        walked.incrementAndGet();
    }

    /** A panel of one who declares none and submits, the rapporteur's confirmation, publication. */
    private void evaluateAlone(long challenge, long proposal) {
        UserAccount evaluator = driver.evaluators(1).getFirst();
        driver.eligible(challenge, proposal);
        driver.assign(proposal, List.of(evaluator));
        driver.declare(evaluator, challenge, proposal, false);
        int criteria = driver.criteria(challenge);
        driver.challenges.signIn(evaluator);
        driver.scoring.submit(proposal, PathDriver.sheet(criteria, "4", "Fine"), -1);
        driver.consensus.complete(proposal, PathDriver.sheet(criteria, "4", "Confirmed"), null,
                driver.consensus.view(proposal).version());
        driver.decideAndPublish(challenge, List.of(proposal));
    }

    // ------------------------------------------------------------------ two-stage challenges (issue 15)

    /** What happens to the outlines of a two-stage path. */
    enum Outlines {
        /** one outline, shortlisted, its full proposal evaluated by the panel */
        SHORTLISTED,
        /** two outlines: one shortlisted and evaluated, one not shortlisted (feedback only, never evaluated) */
        SHORTLISTED_AND_DECLINED
    }

    record TwoStagePath(Outlines outlines, Path panel) {
        @Override
        public String toString() {
            return "two-stage " + outlines + " " + panel;
        }
    }

    /**
     * Two-stage challenges: outlines, the firm's shortlist, the invited full proposal, then the evaluation of full
     * proposals only. Both outline outcomes on four panel shapes (1 agreeing, 2 agreeing, 2 divergent, 3
     * divergent, with their behaviours), plus nobody shortlisted and a shortlisted applicant who never submits
     * the full proposal = 10 paths.
     */
    @TestFactory
    Stream<DynamicTest> twoStagePathsShortlistedOrNot() {
        List<Path> shapes = List.of(
                new Path(List.of(Behaviour.DECLARES_NO_CONFLICT), false),
                new Path(List.of(Behaviour.DECLARES_NO_CONFLICT, Behaviour.LATE), false),
                new Path(List.of(Behaviour.DECLARES_CONFLICT, Behaviour.DRAFT_THEN_SUBMIT), true),
                new Path(List.of(Behaviour.REPLACED_BEFORE_DECLARING, Behaviour.SUBMITS_TWICE, Behaviour.REOPENED_BY_RAPPORTEUR), true));
        List<DynamicTest> tests = new ArrayList<>();
        for (Outlines outlines : Outlines.values()) {
            for (Path shape : shapes) {
                TwoStagePath p = new TwoStagePath(outlines, shape);
                tests.add(DynamicTest.dynamicTest(p.toString(), () -> walkTwoStage(p)));
            }
        }
        tests.add(DynamicTest.dynamicTest("two-stage nobody shortlisted", this::nobodyShortlisted));
        tests.add(DynamicTest.dynamicTest("two-stage shortlisted without a full proposal", this::shortlistedWithoutFull));
        assertThat(tests).hasSize(10);
        return tests.stream();
    }

    private void walkTwoStage(TwoStagePath path) {
        int n = path.panel().evaluators().size();
        long challenge = driver.openTwoStage("Two-stage path", n);
        UserAccount invited = driver.applicant();
        long proposal = driver.outline(invited, challenge);
        Long declined = path.outlines() == Outlines.SHORTLISTED_AND_DECLINED ? driver.outline(driver.applicant(), challenge) : null;
        driver.closeOutlines(challenge);
        java.util.Map<Long, Boolean> decisions = new java.util.LinkedHashMap<>();
        decisions.put(proposal, true);
        if (declined != null) {
            decisions.put(declined, false);
        }
        driver.shortlist(challenge, decisions);
        driver.submitFull(invited, proposal);
        driver.close(challenge);
        if (declined != null) {
            assertThat(driver.workflow.hasEvaluation(declined)).as("a declined outline is never evaluated").isFalse();
        }
        evaluatePanel(path.panel(), challenge, proposal);
        walked.incrementAndGet();
    }

    private void nobodyShortlisted() {
        long challenge = driver.openTwoStage("Two-stage none", 1);
        long a = driver.outline(driver.applicant(), challenge);
        long b = driver.outline(driver.applicant(), challenge);
        driver.closeOutlines(challenge);
        driver.shortlist(challenge, java.util.Map.of(a, false, b, false));
        driver.close(challenge);
        assertThat(driver.workflow.hasEvaluation(a) || driver.workflow.hasEvaluation(b)).isFalse();
        driver.decideAndPublish(challenge, List.of());
        walked.incrementAndGet();
    }

    private void shortlistedWithoutFull() {
        long challenge = driver.openTwoStage("Two-stage silent", 1);
        long silent = driver.outline(driver.applicant(), challenge);
        UserAccount active = driver.applicant();
        long full = driver.outline(active, challenge);
        driver.closeOutlines(challenge);
        driver.shortlist(challenge, java.util.Map.of(silent, true, full, true));
        driver.submitFull(active, full);
        driver.close(challenge);
        assertThat(driver.workflow.hasEvaluation(silent)).as("a full proposal never submitted is not evaluated").isFalse();
        evaluateAlone(challenge, full);
        walked.incrementAndGet();
    }

    /** How a clarification round ends. */
    enum Round { ANSWERED, EXPIRED, ONE_ANSWERED_ONE_EXPIRED }

    record ClarifiedPath(Round round, boolean duringConsensus, boolean divergent) {
        @Override
        public String toString() {
            return "clarification " + round + (duringConsensus ? " asked during the consensus" : " asked while scoring")
                    + (divergent ? " divergent" : " agreeing");
        }
    }

    @TestFactory
    Stream<DynamicTest> clarificationRounds() {
        List<ClarifiedPath> paths = new ArrayList<>();
        for (Round round : List.of(Round.ANSWERED, Round.EXPIRED)) {
            for (boolean duringConsensus : List.of(false, true)) {
                paths.add(new ClarifiedPath(round, duringConsensus, false));
                paths.add(new ClarifiedPath(round, duringConsensus, true));
            }
        }
        paths.add(new ClarifiedPath(Round.ONE_ANSWERED_ONE_EXPIRED, false, false));
        paths.add(new ClarifiedPath(Round.ONE_ANSWERED_ONE_EXPIRED, true, true));
        assertThat(paths).hasSize(10);
        return paths.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> walk(p)));
    }

    /** A panel of two from closing to published results, the rapporteur asking the applicant on the way. */
    private void walk(ClarifiedPath path) {
        List<UserAccount> panel = driver.evaluators(2);
        UserAccount rapporteur = panel.getFirst();
        long challenge = driver.openChallenge("Clarified", 2);
        UserAccount applicant = driver.applicant();
        long proposal = driver.submit(applicant, challenge);
        driver.close(challenge);
        driver.eligible(challenge, proposal);
        driver.assign(proposal, panel);
        int criteria = driver.criteria(challenge);
        panel.forEach(e -> driver.declare(e, challenge, proposal, false));
        if (!path.duringConsensus()) {
            clarify(path.round(), proposal, rapporteur, applicant);
        }
        for (int e = 0; e < 2; e++) {
            driver.challenges.signIn(panel.get(e));
            driver.scoring.submit(proposal, PathDriver.sheet(criteria, path.divergent() && e == 0 ? "1" : "4", "Reasoned"), -1);
        }
        driver.challenges.signIn(rapporteur);
        var view = driver.consensus.view(proposal);
        assertThat(view.divergent()).isEqualTo(path.divergent());
        if (path.duringConsensus()) {
            var open = driver.ask(proposal, rapporteur, "Before we close: is the pilot plant available?");
            driver.challenges.signIn(rapporteur);
            assertThatThrownBy(() -> driver.consensus.complete(proposal, PathDriver.sheet(criteria, "3", "Panel view"), null,
                    driver.consensus.view(proposal).version())).as("the consensus waits for the answer")
                    .hasMessage("workflow.error.questionsOpen");
            driver.answer(applicant, open, "Yes, from March.");
            clarify(path.round(), proposal, rapporteur, applicant);
        }
        driver.challenges.signIn(rapporteur);
        assertThat(driver.questions.forPanel(proposal).questions()).as("every question ended")
                .noneMatch(it.convergo.evaluation.questions.Question::open);
        driver.consensus.complete(proposal, PathDriver.sheet(criteria, "3", "Panel view"), null,
                driver.consensus.view(proposal).version());
        driver.decideAndPublish(challenge, List.of(proposal));
        walked.incrementAndGet();
    }

    private void clarify(Round round, long proposal, UserAccount rapporteur, UserAccount applicant) {
        if (round != Round.EXPIRED) {
            var q = driver.ask(proposal, rapporteur, "Which TRL has the prototype reached?");
            driver.answer(applicant, q, "TRL 6.");
        }
        if (round != Round.ANSWERED) {
            var q = driver.ask(proposal, rapporteur, "Who owns the patent?");
            driver.expire(proposal, q);
            driver.challenges.signIn(applicant);
            assertThatThrownBy(() -> driver.questions.answer(q.id(), "We do.")).hasMessage("evaluation.questions.error.late");
        }
    }

    // ------------------------------------------------------------------ appeals (issue 15)

    /** What the applicant does once the results are published. */
    enum AppealPath {
        /** no appeal: the window passes and a late one is refused */
        NO_APPEAL,
        /** an appeal the firm rejects: the result stands */
        UPHELD,
        /** an appeal after which the proposal is re-evaluated: the outcome changes */
        RE_EVALUATED
    }

    /** A few panel shapes (replacements, conflicts, reopened, divergent) × the three appeal paths = 12 paths. */
    @TestFactory
    Stream<DynamicTest> appealsAfterPublishedResults() {
        List<Path> shapes = List.of(
                new Path(List.of(Behaviour.DECLARES_NO_CONFLICT), false),
                new Path(List.of(Behaviour.DECLARES_CONFLICT, Behaviour.LATE), true),
                new Path(List.of(Behaviour.REPLACED_BEFORE_DECLARING, Behaviour.DRAFT_THEN_SUBMIT), false),
                new Path(List.of(Behaviour.REPLACED_AFTER_DECLARING, Behaviour.SUBMITS_TWICE, Behaviour.REOPENED_BY_RAPPORTEUR), true));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path shape : shapes) {
            for (AppealPath appeal : AppealPath.values()) {
                tests.add(DynamicTest.dynamicTest(shape + " then " + appeal, () -> appealAfter(shape, appeal)));
            }
        }
        assertThat(tests).hasSize(12);
        return tests.stream();
    }

    /** The panel path to published results, then the appeal path; the report says what happened. */
    private void appealAfter(Path shape, AppealPath path) {
        long proposal = walk(shape);
        long challenge = driver.jdbc.queryForObject("select challenge_id from proposal where id = ?", Long.class, proposal);
        int n = shape.evaluators().size();
        // beyond the panel's seats and replacements: never on this panel
        List<UserAccount> reviewers = driver.evaluators(2 * n + 2).subList(2 * n, 2 * n + 2);
        List<Long> seated = driver.jdbc.queryForList("select evaluator_id from evaluation_assignment where proposal_id = ?",
                Long.class, proposal);
        it.convergo.evaluation.results.Outcome expected = it.convergo.evaluation.results.Outcome.FINALIST;
        switch (path) {
            case NO_APPEAL -> {
                driver.publishedDaysAgo(challenge, 11);
                driver.challenges.signIn(driver.applicantOf(proposal));
                assertThatThrownBy(() -> driver.appeals.file(proposal, "Too late")).hasMessage("appeal.error.late");
                assertThat(driver.reportText(proposal)).contains("No appeal was filed against this result.");
            }
            case UPHELD, RE_EVALUATED -> {
                driver.challenges.signIn(driver.applicantOf(proposal));
                long appeal = driver.appeals.file(proposal, "The panel overlooked our pilot results.");
                driver.challenges.signIn(driver.manager());
                assertThat(driver.appealDecisions.candidates(appeal)).extracting(e -> e.userId())
                        .as("nobody who sat on the panel, replaced or not").doesNotContainAnyElementsOf(seated);
                assertThatThrownBy(() -> driver.appealDecisions.assign(appeal, List.of(seated.getFirst()), PathDriver.DUE))
                        .hasMessageStartingWith("appeal.error.notEligible");
                driver.appealDecisions.assign(appeal, reviewers.stream().map(UserAccount::getId).toList(), PathDriver.DUE);
                for (UserAccount r : reviewers) {
                    driver.challenges.signIn(r);
                    driver.appeals.giveOpinion(appeal, path == AppealPath.RE_EVALUATED, "Opinion");
                }
                driver.challenges.signIn(driver.manager());
                if (path == AppealPath.UPHELD) {
                    driver.appealDecisions.decide(appeal, it.convergo.evaluation.appeals.AppealOutcome.UPHELD, null, null,
                            "The scores stand.");
                    assertThat(driver.reportText(proposal)).contains("filed and rejected: the result stands");
                } else {
                    expected = it.convergo.evaluation.results.Outcome.WINNER;
                    driver.appealDecisions.decide(appeal, it.convergo.evaluation.appeals.AppealOutcome.RE_EVALUATED,
                            expected, null, "Re-evaluated: the pilot results were decisive.");
                    assertThat(driver.reportText(proposal)).contains("outcome changed from Finalist to Winner");
                }
                assertThat(driver.workflow.currentSteps(proposal)).isEmpty();
            }
        }
        driver.challenges.signIn(driver.manager());
        assertThat(driver.results.outcome(proposal)).contains(expected);
        assertThat(driver.runtime.createProcessInstanceQuery().variableValueEquals("challengeId", challenge).count())
                .as("no evaluation or appeal process of this challenge still running").isZero();
    }
}
