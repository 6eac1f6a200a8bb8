package it.convergo.evaluation;

import it.convergo.account.AccountPrincipal;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.Sector;
import it.convergo.evaluation.consensus.ConsensusService;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelCandidate;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.EvaluatorInbox;
import it.convergo.evaluation.progress.InboxItem;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingBasisService;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.scoring.ScoringService;
import it.convergo.evaluation.scoring.SheetInput;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.workflow.ChallengeLifecycle;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two demo challenges that went through the whole evaluation, driven through the real services and
 * processes: one still in evaluation (evaluators have declarations and scores waiting, a consensus is due)
 * and one with published results, so every role has something to see on first run.
 */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
public class DemoEvaluation {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);
    private static final String FIRM = "marco.bianchi@ceramicheemiliane.demo";
    private static final List<String> APPLICANTS = List.of("anna.conti@sensoria.demo", "luca.ferrari@otv.demo",
            "sara.gallo@unibs-lab.demo");
    private static final List<String> EVALUATORS = List.of("paolo.esposito@itind.demo", "elena.moretti@itind.demo",
            "davide.ricci@consulenza.demo");

    private final ChallengeEditor editor;
    private final ChallengePublishing publishing;
    private final Challenges challenges;
    private final ChallengeLifecycle lifecycle;
    private final ProposalDrafts proposals;
    private final ProposalSubmissions submissions;
    private final EligibilityService eligibility;
    private final PanelService panels;
    private final ScoringService scoring;
    private final EvaluatorInbox inbox;
    private final ConsensusService consensus;
    private final ResultsService results;
    private final RankingBasisService rankingBases;
    private final UserDetailsService users;
    private final Clock clock;

    DemoEvaluation(ChallengeEditor editor, ChallengePublishing publishing, Challenges challenges, ChallengeLifecycle lifecycle,
                   ProposalDrafts proposals, ProposalSubmissions submissions,
                   EligibilityService eligibility, PanelService panels, ScoringService scoring, EvaluatorInbox inbox,
                   ConsensusService consensus, ResultsService results, RankingBasisService rankingBases,
                   UserDetailsService users, Clock clock) {
        this.rankingBases = rankingBases;
        this.editor = editor;
        this.publishing = publishing;
        this.challenges = challenges;
        this.lifecycle = lifecycle;
        this.proposals = proposals;
        this.submissions = submissions;
        this.eligibility = eligibility;
        this.panels = panels;
        this.scoring = scoring;
        this.inbox = inbox;
        this.consensus = consensus;
        this.results = results;
        this.users = users;
        this.clock = clock;
    }

    public void create() {
        try {
            long inEvaluation = evaluatedChallenge("Recupero del calore dai forni di cottura",
                    "Trasformare il calore di scarto dei forni in energia utile per essiccatoi e uffici.", Stage.IN_EVALUATION);
            long decided = evaluatedChallenge("Smart sorting of ceramic waste for reuse",
                    "Sort fired and unfired ceramic scraps automatically so that more of them go back into the body mix.", Stage.PUBLISHED);
            log.info("Demo data: challenge {} in evaluation, challenge {} with published results", inEvaluation, decided);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A further challenge of the demo firm whose evaluation is complete (consensus reached) and whose results
     * wait for the firm's decisions and publication, as the acceptance suite needs for the firm's last step.
     */
    public long readyToDecide(String title) {
        try {
            return evaluatedChallenge(title, "Sort fired and unfired ceramic scraps automatically.", Stage.EVALUATED);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** How far a demo challenge goes: some work left to the evaluators, evaluated, or decided and published. */
    private enum Stage { IN_EVALUATION, EVALUATED, PUBLISHED }

    private long evaluatedChallenge(String title, String summary, Stage stage) {
        boolean publish = stage != Stage.IN_EVALUATION;
        boolean italian = !publish;
        long id = as(FIRM, () -> {
            ChallengeDraft d = editor.newDraft(italian ? Locale.ITALIAN : Locale.ENGLISH);
            d.setTitle(title);
            d.setSummary(summary);
            d.setDescription(summary + "\n\n" + (italian ? "Cerchiamo soluzioni pilota entro sei mesi." : "We look for a pilot within six months."));
            d.setProblem(italian ? "Oggi questa risorsa va persa." : "Today this resource is lost.");
            d.setExpectedOutcome(italian ? "Un impianto pilota su una linea." : "A pilot on one line.");
            d.setSector(Sector.CERAMICS_MATERIALS);
            d.setAreas(EnumSet.of(TechnologyArea.ENERGY_EFFICIENCY, TechnologyArea.CIRCULAR_ECONOMY, TechnologyArea.ROBOTICS));
            LocalDateTime now = LocalDateTime.now(clock.withZone(Times.ROME)).truncatedTo(ChronoUnit.MINUTES);
            d.setOpensAt(now);
            d.setClosesAt(now.plusDays(20));
            d.setEvaluationEndsAt(now.plusDays(40));
            d.setResultsAt(now.plusDays(50));
            long saved = editor.save(d);
            publishing.publish(saved, editor.draft(saved).getVersion());
            return saved;
        });
        lifecycle.runDueTimers(id, clock.instant());
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < APPLICANTS.size(); i++) {
            int n = i;
            submitted.add(as(APPLICANTS.get(i), () -> submit(id, n, italian)));
        }
        as(FIRM, () -> {
            publishing.closeEarly(id);
            eligibility.decide(id, submitted, true, null, null);
            for (long p : submitted) {
                List<Long> panel = panels.candidates(p).stream().filter(PanelCandidate::selectable).limit(3)
                        .map(PanelCandidate::evaluatorId).toList();
                panels.assign(p, panel, panel.getFirst(), clock.instant().plus(12, ChronoUnit.DAYS));
            }
            return null;
        });
        // evaluations: everything for the published challenge; for the other, some work left waiting
        Map<Integer, List<String>> scores = Map.of(0, List.of("4.5", "4", "4"), 1, List.of("3.5", "3.5", "3"),
                2, List.of("3", "2.5", "3"));
        for (int e = 0; e < EVALUATORS.size(); e++) {
            int evaluatorIndex = e;
            as(EVALUATORS.get(e), () -> {
                for (long p : submitted) {
                    if (inbox.items().stream().noneMatch(i -> i.proposalId() == p)) {
                        continue;
                    }
                    scoring.acceptConfidentiality(id);
                    if (!publish && evaluatorIndex == 2) {
                        continue; // Davide has not declared yet: his tasks wait in his inbox
                    }
                    scoring.declare(p, false, null);
                    int proposalIndex = submitted.indexOf(p);
                    if (!publish && proposalIndex == 2) {
                        continue; // the third proposal is still being scored
                    }
                    List<String> base = scores.get(proposalIndex);
                    List<BigDecimal> values = base.stream().map(v -> new BigDecimal(v)
                            .add(new BigDecimal(evaluatorIndex == 1 ? "0.5" : "0")).min(new BigDecimal("5"))).toList();
                    scoring.submit(p, new SheetInput(values, List.of(
                            italian ? "Obiettivi chiari e misurabili." : "Clear and measurable objectives.",
                            italian ? "Impatto credibile sulla linea." : "Credible impact on the line.",
                            italian ? "Piano di lavoro realistico." : "Realistic work plan."),
                            italian ? "Proposta solida." : "A solid proposal."), -1);
                }
                return null;
            });
        }
        if (publish) {
            for (long p : submitted) {
                for (String evaluator : EVALUATORS) {
                    as(evaluator, () -> {
                    if (inbox.items().stream().noneMatch(i -> i.proposalId() == p && i.step() == InboxItem.Step.CONSENSUS)) {
                        return null;
                    }
                    var view = consensus.view(p);
                    if (view.rapporteur() && !view.completed() && view.consensus() != null) {
                        consensus.complete(p, new SheetInput(view.consensus().scores(), List.of(
                                "The panel agrees the objectives are clear and measurable.",
                                "A credible impact on the firm's yield and costs.",
                                "The plan and the team fit the size of the pilot."), "The panel recommends a pilot."),
                                "", view.version());
                    }
                    return null;
                    });
                }
            }
        }
        if (stage == Stage.PUBLISHED) {
            as(FIRM, () -> {
                rankingBases.choose(id, RankingBasis.RAW);
                var ranking = results.ranking(id);
                for (var row : ranking.rows()) {
                    Outcome outcome = row.entry().rank() == 1 ? Outcome.WINNER
                            : row.entry().passed() ? Outcome.FINALIST : Outcome.REJECTED;
                    results.decide(row.entry().proposalId(), outcome, outcome == Outcome.WINNER
                            ? "We would like to start the pilot in March on line 2." : "Thank you for your work.");
                }
                if (ranking.readyToDecide()) {
                    results.publish(id);
                }
                return null;
            });
        }
        return id;
    }

    private long submit(long challengeId, int n, boolean italian) {
        long id = proposals.start(challengeId);
        ProposalDraft d = proposals.draft(id);
        String[] titles = italian
                ? new String[] {"Scambiatori compatti per fumi ceramici", "Accumulo termico a sali fusi", "Pompe di calore ad alta temperatura"}
                : new String[] {"Vision sorting of fired scrap", "Hyperspectral sorting line", "Robotic picking of green waste"};
        d.setTitle(titles[n]);
        d.setAcronym(titles[n].substring(0, 4).toUpperCase(Locale.ROOT) + "-" + (n + 1));
        d.setAbstractText(italian ? "Recuperiamo il calore dei fumi con scambiatori compatti e lo riportiamo agli essiccatoi."
                : "We sort ceramic scrap with cameras and a learning classifier so it can return to the body mix.");
        d.setTeamText(italian ? "Due ingegneri energetici e un tecnico di processo." : "Two engineers and a data scientist.");
        d.setBudget(new BigDecimal(40000 + n * 15000));
        d.setBudgetText(italian ? "Prototipo, installazione e sei mesi di prove." : "Prototype, installation and six months of trials.");
        d.setTrlNow(4);
        d.setTrlTarget(6);
        d.setAreas(EnumSet.of(n == 2 ? TechnologyArea.ROBOTICS : TechnologyArea.ENERGY_EFFICIENCY, TechnologyArea.CIRCULAR_ECONOMY));
        var questions = challenges.view(challengeId).form().questions();
        for (int q = 0; q < questions.size(); q++) {
            var question = questions.get(q);
            d.getAnswers().put(q, question.options().isEmpty() ? (italian ? "Sì, con una prova di tre mesi." : "Yes, with a three-month trial.")
                    : question.options().getFirst());
        }
        proposals.save(d);
        submissions.submit(id, proposals.draft(id).getVersion());
        return id;
    }

    private <T> T as(String email, Supplier<T> action) {
        AccountPrincipal principal = (AccountPrincipal) users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
