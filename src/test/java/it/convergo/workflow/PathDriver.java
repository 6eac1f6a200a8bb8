package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.Challenges;
import it.convergo.evaluation.consensus.ConsensusService;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.EvaluatorInbox;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.scoring.ScoringService;
import it.convergo.evaluation.scoring.SheetInput;
import it.convergo.proposal.ProposalFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * Drives evaluations through the portal's services for the path and concurrency tests: a fresh challenge per
 * run, a shared pool of evaluators, timers fired by hand, and the checks that a run ended well (proposal
 * evaluated or not eligible, nothing left waiting, results published).
 */
@Component
class PathDriver {

    static final Instant DUE = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    final ChallengeFixtures challenges;
    final Challenges challengeService;
    final ChallengePublishing publishing;
    final ProposalFixtures proposalFixtures;
    final AccountFixtures accounts;
    final EligibilityService eligibility;
    final PanelService panels;
    final ScoringService scoring;
    final EvaluatorInbox inbox;
    final ConsensusService consensus;
    final ResultsService results;
    final ProposalEvaluation workflow;
    final ChallengeLifecycle lifecycle;
    final RuntimeService runtime;
    final ManagementService management;
    private final List<UserAccount> pool = Collections.synchronizedList(new ArrayList<>());
    private UserAccount manager;

    PathDriver(ChallengeFixtures challenges, Challenges challengeService, ChallengePublishing publishing,
               ProposalFixtures proposalFixtures,
               AccountFixtures accounts, EligibilityService eligibility, PanelService panels, ScoringService scoring,
               EvaluatorInbox inbox, ConsensusService consensus, ResultsService results, ProposalEvaluation workflow,
               ChallengeLifecycle lifecycle, RuntimeService runtime, ManagementService management) {
        this.challenges = challenges;
        this.challengeService = challengeService;
        this.publishing = publishing;
        this.proposalFixtures = proposalFixtures;
        this.accounts = accounts;
        this.eligibility = eligibility;
        this.panels = panels;
        this.scoring = scoring;
        this.inbox = inbox;
        this.consensus = consensus;
        this.results = results;
        this.workflow = workflow;
        this.lifecycle = lifecycle;
        this.runtime = runtime;
        this.management = management;
    }

    /** The firm manager every run uses (one firm: challenges are fresh, so nothing carries over). */
    synchronized UserAccount manager() {
        if (manager == null) {
            manager = challenges.firmManager();
        }
        return manager;
    }

    /** The first {@code n} evaluators of a pool shared by every run (created once: accounts are slow to make). */
    List<UserAccount> evaluators(int n) {
        synchronized (pool) {
            while (pool.size() < n) {
                pool.add(accounts.user("patheval", null, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR));
            }
            return List.copyOf(pool.subList(0, n));
        }
    }

    /** A fresh applicant (own organisation: conflicts declared in other runs do not exclude anyone here). */
    UserAccount applicant() {
        return accounts.user("pathapplicant", accounts.organisation("PathStartup", OrganisationType.STARTUP), Role.APPLICANT);
    }

    /** An open challenge of the manager's firm with panels of {@code panelSize}, divergence above 1.5. */
    long openChallenge(String title, int panelSize) {
        challenges.signIn(manager());
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique(title));
        LocalDateTime now = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(panelSize);
        draft.setDivergenceThreshold(new BigDecimal("1.5"));
        return challenges.publishAndOpen(draft);
    }

    long submit(UserAccount applicant, long challenge) {
        return proposalFixtures.submitted(applicant, challenge);
    }

    /** The closing timer fires (by hand). */
    void close(long challenge) {
        challenges.fireLifecycleTimer(challenge);
    }

    void eligible(long challenge, long proposal) {
        challenges.signIn(manager());
        assertThat(eligibility.decide(challenge, List.of(proposal), true, null, null)).isEqualTo(1);
    }

    void assign(long proposal, List<UserAccount> panel) {
        challenges.signIn(manager());
        panels.assign(proposal, panel.stream().map(UserAccount::getId).toList(), panel.getFirst().getId(), DUE);
    }

    void declare(UserAccount evaluator, long challenge, long proposal, boolean conflict) {
        challenges.signIn(evaluator);
        if (!scoring.hasAcceptedConfidentiality(challenge)) {
            scoring.acceptConfidentiality(challenge);
        }
        scoring.declare(proposal, conflict, conflict ? "I advise this applicant." : null);
    }

    void replace(long proposal, UserAccount former, UserAccount replacement) {
        challenges.signIn(manager());
        panels.replace(proposal, former.getId(), replacement.getId());
    }

    /** Fires this evaluator's due-date timer on the proposal, as the job executor would at the due date. */
    void fireDueTimer(long proposal, UserAccount evaluator) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("proposal:" + proposal)
                .singleResult().getId();
        Job due = management.createTimerJobQuery().processInstanceId(process).list().stream()
                .filter(j -> String.valueOf(evaluator.getId()).equals(String.valueOf(runtime.getVariable(j.getExecutionId(), "evaluator"))))
                .max(java.util.Comparator.comparing(Job::getDuedate)).orElseThrow();
        management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
    }

    static SheetInput sheet(int criteria, String score, String comment) {
        List<BigDecimal> scores = Collections.nCopies(criteria, new BigDecimal(score));
        return new SheetInput(scores, Collections.nCopies(criteria, comment + " (" + score + ")"), "Overall: " + comment);
    }

    int criteria(long challenge) {
        challenges.signIn(manager());
        return challengeService.view(challenge).evaluation().criteria().size();
    }

    /**
     * The end of every run: the challenge waits for the firm's decision, no evaluation step is open, the firm
     * decides on the evaluated proposals and publishes; the lifecycle ends.
     */
    void decideAndPublish(long challenge, List<Long> evaluated) {
        challenges.signIn(manager());
        assertThat(lifecycle.currentStep(challenge)).as("the ranking is open").contains(LifecycleStep.DECISION);
        assertThat(results.ranking(challenge).readyToDecide()).isTrue();
        for (long p : evaluated) {
            assertThat(workflow.currentSteps(p)).as("nothing left waiting on proposal %s", p).isEmpty();
            results.decide(p, Outcome.FINALIST, null);
        }
        results.publish(challenge);
        assertThat(challengeService.view(challenge).status()).isEqualTo(ChallengeStatus.DECIDED);
        assertThat(lifecycle.currentStep(challenge)).as("lifecycle archived").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("challengeId", challenge).count())
                .as("no process of this challenge still running").isZero();
    }

    // ------------------------------------------------------------------ two-stage challenges (issue 15)

    @org.springframework.beans.factory.annotation.Autowired
    it.convergo.proposal.Shortlists shortlists;
    @org.springframework.beans.factory.annotation.Autowired
    it.convergo.proposal.ProposalDrafts drafts;

    /** An open two-stage challenge of the manager's firm: outlines for 10 days, full proposals for 30. */
    long openTwoStage(String title, int panelSize) {
        challenges.signIn(manager());
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique(title));
        LocalDateTime now = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setTwoStage(true);
        draft.setOutlineClosesAt(now.plusDays(10));
        draft.getQuestions().set(0, draft.getQuestions().get(0).withOutline(true));
        draft.setEvaluatorsPerProposal(panelSize);
        draft.setDivergenceThreshold(new BigDecimal("1.5"));
        return challenges.publishAndOpen(draft);
    }

    /** As the applicant: an outline (title, acronym, abstract, the outline's question), submitted. */
    long outline(UserAccount applicant, long challenge) {
        challenges.signIn(applicant);
        long id = drafts.start(challenge);
        it.convergo.proposal.ProposalDraft d = drafts.draft(id);
        d.setTitle("Outline " + id);
        d.setAcronym("OUT");
        d.setAbstractText("A short outline of the idea.");
        d.getAnswers().put(0, "On one line for a month.");
        drafts.save(d);
        proposalFixtures.submit(id);
        return id;
    }

    /** The outline deadline's timer fires (by hand): the firm's shortlist step opens. */
    void closeOutlines(long challenge) {
        challenges.fireLifecycleTimer(challenge);
        assertThat(lifecycle.currentStep(challenge)).contains(LifecycleStep.SHORTLIST);
    }

    /** The firm decides on every outline (true: shortlisted) and confirms; the full stage opens. */
    void shortlist(long challenge, java.util.Map<Long, Boolean> decisions) {
        challenges.signIn(manager());
        decisions.forEach((proposal, yes) -> shortlists.decide(proposal, yes, yes ? "Welcome to the full stage." : "Not this time."));
        shortlists.confirm(challenge);
        assertThat(lifecycle.currentStep(challenge)).contains(LifecycleStep.FULL_OPEN);
    }

    /** As the shortlisted applicant: the full proposal, completed from the outline and submitted. */
    void submitFull(UserAccount applicant, long proposal) {
        challenges.signIn(applicant);
        proposalFixtures.fill(proposal, "Full " + proposal);
        proposalFixtures.submit(proposal);
    }

    // ---- clarification round (issue 15) ----

    @org.springframework.beans.factory.annotation.Autowired
    it.convergo.evaluation.questions.PanelQuestions questions;

    /** The rapporteur asks the applicant a question; returns it as the panel reads it. */
    it.convergo.evaluation.questions.Question ask(long proposal, UserAccount rapporteur, String text) {
        challenges.signIn(rapporteur);
        return questions.ask(proposal, text);
    }

    /** A member of the applicant organisation answers before the deadline. */
    void answer(UserAccount applicant, it.convergo.evaluation.questions.Question question, String text) {
        challenges.signIn(applicant);
        questions.answer(question.id(), text);
    }

    /** The question's answer deadline passes (its timer fired by hand). */
    void expire(long proposal, it.convergo.evaluation.questions.Question question) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("proposal:" + proposal)
                .singleResult().getId();
        Job due = management.createTimerJobQuery().processInstanceId(process).list().stream()
                .filter(j -> j.getDuedate().toInstant().equals(question.dueAt())).findFirst().orElseThrow();
        management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
    }

    // ------------------------------------------------------------------ appeals (issue 15)

    @org.springframework.beans.factory.annotation.Autowired
    it.convergo.evaluation.appeals.AppealService appeals;
    @org.springframework.beans.factory.annotation.Autowired
    it.convergo.evaluation.appeals.AppealDecisions appealDecisions;
    @org.springframework.beans.factory.annotation.Autowired
    it.convergo.account.AccountService accountService;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** An open challenge like {@link #openChallenge}, blind or not, with this appeal window (days). */
    long openChallenge(String title, int panelSize, boolean blind, int appealDays) {
        challenges.signIn(manager());
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique(title));
        LocalDateTime now = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(panelSize);
        draft.setDivergenceThreshold(new BigDecimal("1.5"));
        draft.setBlindEvaluation(blind);
        draft.setAppealDays(appealDays);
        return challenges.publishAndOpen(draft);
    }

    /**
     * One proposal of the applicant from closing to published results on its own: a panel (the first seat
     * the rapporteur) that declares no conflict and scores 4, the rapporteur's confirmation, decided FINALIST.
     */
    long evaluatedAndPublished(long challenge, UserAccount applicant, List<UserAccount> panel) {
        long proposal = submit(applicant, challenge);
        close(challenge);
        eligible(challenge, proposal);
        assign(proposal, panel);
        int criteria = criteria(challenge);
        for (UserAccount e : panel) {
            declare(e, challenge, proposal, false);
            challenges.signIn(e);
            scoring.submit(proposal, sheet(criteria, "4", "Fine"), -1);
        }
        challenges.signIn(panel.getFirst());
        consensus.complete(proposal, sheet(criteria, "4", "Confirmed"), null, consensus.view(proposal).version());
        decideAndPublish(challenge, List.of(proposal));
        return proposal;
    }

    /** A member of the proposal's applicant organisation (the one who submitted it, in these runs). */
    UserAccount applicantOf(long proposal) {
        long organisation = jdbc.queryForObject("select organisation_id from proposal where id = ?", Long.class, proposal);
        return accounts.reload(accountService.membersOf(organisation, Role.APPLICANT).getFirst().userId());
    }

    /** Moves the challenge's publication into the past, as if {@code days} had gone by since. */
    void publishedDaysAgo(long challenge, int days) {
        jdbc.update("update results_publication set published_at = ? where challenge_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)), challenge);
    }

    /** The applicant files; the firm assigns these reviewers; each gives an opinion; returns the appeal's id. */
    long appealReviewed(long proposal, List<UserAccount> reviewers, boolean founded) {
        challenges.signIn(applicantOf(proposal));
        long appeal = appeals.file(proposal, "The panel overlooked our pilot results.");
        challenges.signIn(manager());
        appealDecisions.assign(appeal, reviewers.stream().map(UserAccount::getId).toList(), DUE);
        for (UserAccount r : reviewers) {
            challenges.signIn(r);
            appeals.giveOpinion(appeal, founded, founded ? "The pilot results were not read." : "The scores stand.");
        }
        return appeal;
    }

    /** The text of the proposal's Evaluation Summary Report, as the firm downloads it. */
    String reportText(long proposal) {
        challenges.signIn(manager());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(results.report(proposal, java.util.Locale.ENGLISH))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
