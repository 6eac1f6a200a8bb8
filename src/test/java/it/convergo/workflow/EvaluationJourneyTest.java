package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.Challenges;
import it.convergo.document.TestPdfs;
import it.convergo.evaluation.consensus.ConsensusService;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import it.convergo.evaluation.panel.PanelCandidate;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.EvaluatorInbox;
import it.convergo.evaluation.progress.InboxItem;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.scoring.ScoringService;
import it.convergo.evaluation.scoring.SheetInput;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.support.SpringTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A challenge with four proposals and four evaluators driven from closing to published results, through
 * the BPMN processes only: a proposal found not eligible, a conflict of interest and its replacement, a
 * divergent panel that discusses, a late evaluator (due timer fired by hand), a tie broken by the tie-break
 * order, and who may see what along the way.
 */
class EvaluationJourneyTest extends SpringTest {

    @Autowired ChallengeFixtures challenges;
    @Autowired Challenges challengeService;
    @Autowired ProposalFixtures proposalFixtures;
    @Autowired SubmittedProposals proposals;
    @Autowired AccountFixtures accounts;
    @Autowired EligibilityService eligibility;
    @Autowired PanelService panels;
    @Autowired ScoringService scoring;
    @Autowired EvaluatorInbox inbox;
    @Autowired ConsensusService consensus;
    @Autowired ResultsService results;
    @Autowired it.convergo.evaluation.results.RankingBasisService rankingBases;
    @Autowired MailService mail;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @AfterEach
    void signOut() {
        challenges.signOut();
    }

    private static SheetInput sheet(String... scores) {
        List<BigDecimal> values = Arrays.stream(scores).map(BigDecimal::new).toList();
        return new SheetInput(values, values.stream().map(v -> "Reasoned comment on a score of " + v).toList(),
                "Overall, a credible plan.");
    }

    private void evaluate(UserAccount evaluator, long proposal, String... scores) {
        challenges.signIn(evaluator);
        scoring.submit(proposal, sheet(scores), -1);
    }

    private void declareNone(UserAccount evaluator, long challenge, long proposal) {
        challenges.signIn(evaluator);
        scoring.acceptConfidentiality(challenge);
        scoring.declare(proposal, false, null);
    }

    @Test
    void fromClosingToPublishedResults() throws java.io.IOException {
        // --- a firm, its open challenge (3 evaluators per proposal, divergence above 1.5 points)
        UserAccount manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Journey"));
        var now = java.time.LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(3);
        draft.setDivergenceThreshold(new BigDecimal("1.5"));
        long challenge = challenges.publishAndOpen(draft);

        // --- four applicants submit; evaluators, one of them from the first applicant's organisation
        Organisation insiderOrg = accounts.organisation("Insider", OrganisationType.STARTUP);
        UserAccount a1 = accounts.user("a1", insiderOrg, Role.APPLICANT);
        UserAccount a2 = challenges.applicant();
        UserAccount a3 = challenges.applicant();
        UserAccount a4 = challenges.applicant();
        long p1 = proposalFixtures.submitted(a1, challenge);
        long p2 = proposalFixtures.submitted(a2, challenge);
        long p3 = proposalFixtures.submitted(a3, challenge);
        long p4 = proposalFixtures.submitted(a4, challenge);
        Organisation jury = accounts.organisation("Jury", OrganisationType.RESEARCH_CENTRE);
        UserAccount e1 = accounts.user("e1", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        UserAccount e2 = accounts.user("e2", jury, Set.of(TechnologyArea.ROBOTICS, TechnologyArea.INDUSTRIAL_IOT), Role.EVALUATOR);
        UserAccount e3 = accounts.user("e3", null, Set.of(TechnologyArea.INDUSTRIAL_IOT), Role.EVALUATOR);
        UserAccount e4 = accounts.user("e4", null, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        UserAccount insider = accounts.user("insider", insiderOrg, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);

        // --- the closing timer fires: one evaluation per submitted proposal, the firm is told
        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        assertThat(challengeService.view(challenge).status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(eligibility.items(challenge)).extracting(i -> i.proposalId()).contains(p1, p2, p3, p4);
        assertThat(mail.sentTo(manager.getEmail())).extracting(OutboxMessage::getSubject)
                .anyMatch(s -> s.contains("Journey"));

        // --- eligibility: a reason is required; p4 is out of scope, the others go on (in bulk)
        assertThatThrownBy(() -> eligibility.decide(challenge, List.of(p4), false, null, null))
                .hasMessage("evaluation.error.reasonRequired");
        eligibility.decide(challenge, List.of(p4), false, IneligibilityReason.OUT_OF_SCOPE, "Not about moulding lines.");
        eligibility.decide(challenge, List.of(p1, p2, p3), true, null, null);
        assertThat(eligibility.decide(challenge, List.of(p1), false, IneligibilityReason.OTHER, "late second look"))
                .as("decided already: the first decision stands").isZero();
        challenges.signIn(a4);
        assertThat(proposals.summary(p4).status()).isEqualTo(ProposalStatus.NOT_ELIGIBLE);
        assertThat(mail.sentTo(a4.getEmail())).isNotEmpty();

        // --- panels: the insider is never proposed for p1; exactly 3 evaluators are needed
        challenges.signIn(manager);
        List<PanelCandidate> candidates = panels.candidates(p1);
        assertThat(candidates).filteredOn(c -> c.evaluatorId() == insider.getId()).singleElement()
                .satisfies(c -> assertThat(c.exclusion()).isEqualTo(PanelCandidate.Exclusion.SAME_ORGANISATION));
        Instant due = Instant.now().plus(10, ChronoUnit.DAYS);
        assertThatThrownBy(() -> panels.assign(p1, List.of(e1.getId(), e2.getId(), insider.getId()), e1.getId(), due))
                .hasMessage("evaluation.error.excluded");
        assertThatThrownBy(() -> panels.assign(p1, List.of(e1.getId(), e2.getId()), e1.getId(), due))
                .hasMessage("evaluation.error.panelSize");
        for (long p : List.of(p1, p2, p3)) {
            panels.assign(p, List.of(e1.getId(), e2.getId(), e3.getId()), e1.getId(), due);
        }
        assertThat(mail.sentTo(e3.getEmail())).extracting(OutboxMessage::getSubject).isNotEmpty();

        // --- evaluators: confidentiality first, then declarations; e3 has a conflict on p1
        challenges.signIn(e3);
        assertThatThrownBy(() -> scoring.declare(p1, true, "I advise them")).hasMessage("evaluation.error.confidentialityFirst");
        scoring.acceptConfidentiality(challenge);
        assertThatThrownBy(() -> scoring.form(p1)).hasMessage("evaluation.error.declareFirst");
        scoring.declare(p1, true, "I advise this start-up.");
        assertThatThrownBy(() -> scoring.form(p1)).isInstanceOf(UserFacingException.class);
        challenges.signIn(manager);
        panels.replace(p1, e3.getId(), e4.getId());
        declareNone(e4, challenge, p1);
        for (UserAccount e : List.of(e1, e2)) {
            for (long p : List.of(p1, p2, p3)) {
                declareNone(e, challenge, p);
            }
        }
        declareNone(e3, challenge, p2);
        declareNone(e3, challenge, p3);

        // --- an evaluator sees only assigned proposals; bad scores are refused
        challenges.signIn(e4);
        assertThatThrownBy(() -> scoring.form(p2)).hasMessage("error.notFound");
        assertThatThrownBy(() -> scoring.submit(p1, sheet("3.3", "4", "4"), -1)).hasMessage("evaluation.error.scoreStep");
        assertThatThrownBy(() -> scoring.submit(p1, sheet("6", "4", "4"), -1)).hasMessage("evaluation.error.scoreRange");
        SheetInput noComment = new SheetInput(sheet("4", "4", "4").scores(), List.of("ok", "", "ok"), "fine");
        assertThatThrownBy(() -> scoring.submit(p1, noComment, -1)).hasMessage("evaluation.error.commentMissing");

        // --- p1: an agreeing panel (12 points)
        evaluate(e1, p1, "4", "4", "4");
        assertThat(scoring.form(p1).peers()).as("own scores submitted: the others' appear as they come").isEmpty();
        challenges.signIn(e2);
        assertThat(scoring.form(p1).peers()).as("not before one's own submission").isEmpty();
        evaluate(e2, p1, "4", "4", "4");
        assertThat(scoring.form(p1).peers()).hasSize(1);
        scoring.submit(p1, sheet("4", "4", "4"), -1); // the same again (double click): nothing happens
        assertThatThrownBy(() -> scoring.submit(p1, sheet("5", "4", "4"), -1)).hasMessage("evaluation.error.alreadySubmitted");
        evaluate(e4, p1, "4", "4", "4");
        challenges.signIn(e1);
        var agreeing = consensus.view(p1);
        assertThat(agreeing.divergent()).isFalse();
        consensus.complete(p1, sheet("1", "1", "1"), null, agreeing.version());
        challenges.signIn(manager);
        assertThat(consensus.view(p1).consensus().scores()).as("computed means, not the typed ones")
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("4"));

        // --- p2: a divergent panel discusses; the rapporteur writes 4.5 / 4 / 3.5 (12 points, tie with p1)
        evaluate(e1, p2, "5", "4", "3.5");
        evaluate(e2, p2, "2", "4", "3.5");
        evaluate(e3, p2, "4.5", "4", "3.5");
        challenges.signIn(e2);
        consensus.post(p2, "I was too strict on excellence; 4 or 4.5 is fair.");
        assertThatThrownBy(() -> consensus.complete(p2, sheet("4", "4", "4"), null, -1)).hasMessage("evaluation.error.rapporteurOnly");
        challenges.signIn(e1);
        var divergent = consensus.view(p2);
        assertThat(divergent.divergent()).isTrue();
        assertThat(divergent.messages()).hasSize(1);
        consensus.complete(p2, sheet("4.5", "4", "3.5"), "E2 would have given 4 for excellence.", divergent.version());

        // --- p3: e3 is late; the due timer tells the firm; e3 submits after all (9 points: below threshold)
        evaluate(e1, p3, "3", "3", "3");
        evaluate(e2, p3, "3", "3", "3");
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("proposal:" + p3).singleResult().getId();
        // e3's branch has two timers, the reminder and (later) the due date; databases round the instants
        Job dueTimer = management.createTimerJobQuery().processInstanceId(process).list().stream()
                .max(java.util.Comparator.comparing(Job::getDuedate)).orElseThrow();
        assertThat(java.time.Duration.between(dueTimer.getDuedate().toInstant(), due).abs()).isLessThan(java.time.Duration.ofSeconds(1));
        management.executeJob(management.moveTimerToExecutableJob(dueTimer.getId()).getId());
        assertThat(mail.sentTo(manager.getEmail())).extracting(OutboxMessage::getBody).anyMatch(b -> b.contains("/evaluation/" + challenge));
        challenges.signIn(e3);
        assertThat(inbox.items()).filteredOn(i -> i.proposalId() == p3).singleElement()
                .satisfies(i -> assertThat(i.step()).isEqualTo(InboxItem.Step.SCORE));
        evaluate(e3, p3, "3", "3", "3");
        challenges.signIn(e1);
        consensus.complete(p3, sheet("3", "3", "3"), null, consensus.view(p3).version());

        // --- ranking: p2 before p1 on the tie (excellence breaks it), p3 below the overall threshold
        challenges.signIn(manager);
        assertThat(results.ranking(challenge).rows()).as("nothing shown before the deciding ranking is chosen").isEmpty();
        rankingBases.choose(challenge, it.convergo.evaluation.results.RankingBasis.RAW);
        var ranking = results.ranking(challenge);
        assertThat(ranking.readyToDecide()).isTrue();
        assertThat(ranking.rows()).extracting(r -> r.entry().proposalId()).containsExactly(p2, p1, p3);
        assertThat(ranking.rows()).extracting(r -> r.entry().rank()).containsExactly(1, 2, 0);
        assertThat(ranking.rows().get(0).entry().tieBroken()).isTrue();
        assertThat(ranking.leniency()).isNotEmpty();
        assertThat(results.rankingCsv(challenge, Locale.ENGLISH)).contains("Vision retrofit " + p2);
        try (var xlsx = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(results.rankingXlsx(challenge, Locale.ITALIAN)))) {
            assertThat(xlsx.getFirstSheet().getName()).isEqualTo("Graduatoria");
            assertThat(xlsx.getFirstSheet().read()).extracting(r -> r.getCellText(2)).contains("Vision retrofit " + p2);
        }

        // --- decisions and publication
        assertThatThrownBy(() -> results.publish(challenge)).hasMessage("evaluation.error.decisionsMissing");
        results.decide(p2, Outcome.WINNER, "A pilot on line 3 from March.");
        results.decide(p1, Outcome.FINALIST, null);
        results.decide(p3, Outcome.REJECTED, "Below the thresholds.");
        challenges.signIn(a1);
        assertThatThrownBy(() -> results.report(p1, Locale.ENGLISH)).as("not before publication").hasMessage("error.notFound");
        challenges.signIn(manager);
        results.publish(challenge);
        assertThatThrownBy(() -> results.publish(challenge)).hasMessage("evaluation.error.published");
        assertThat(challengeService.view(challenge).status()).isEqualTo(ChallengeStatus.DECIDED);

        // --- applicants: their own outcome and report only, never evaluators' names or individual scores
        challenges.signIn(a2);
        assertThat(proposals.summary(p2).status()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(results.outcome(p2)).contains(Outcome.WINNER);
        String report = String.join("\n", TestPdfs.lines(results.report(p2, Locale.ENGLISH)));
        assertThat(report).contains("Evaluation Summary Report", "4.5", "12", "A pilot on line 3 from March.",
                        "Ranking that decided", "Raw ranking")
                .doesNotContain(e1.getFullName(), e2.getFullName(), e3.getFullName(), "I was too strict");
        assertThat(String.join("\n", TestPdfs.lines(results.report(p2, Locale.ITALIAN))))
                .as("Italian decimals use a comma").contains("Excellence 4,5 / 5", "Punteggio").doesNotContain("4.5 / 5");
        assertThatThrownBy(() -> results.report(p1, Locale.ENGLISH)).hasMessage("error.notFound");
        assertThat(mail.sentTo(a2.getEmail())).extracting(OutboxMessage::getSubject).anyMatch(s -> s.contains("Journey"));
    }
}
