package it.convergo.evaluation.panel;

import it.convergo.account.AccountService;
import it.convergo.account.EvaluatorProfile;
import it.convergo.assignment.AssignmentOptions;
import it.convergo.assignment.AssignmentProblem;
import it.convergo.assignment.AssignmentResult;
import it.convergo.assignment.AssignmentSolver;
import it.convergo.assignment.Reviewer;
import it.convergo.audit.AuditLog;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.proposal.NamedExclusion;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.EvaluationTask;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2 of the evaluation: the firm composes each eligible proposal's panel, by hand with suggestions or
 * for the whole challenge with the exact optimiser. Who may sit on which panel is {@link PairRules}' one rule
 * (same organisation, named by the applicant, declared conflicts).
 */
@Service
public class PanelService {

    /** Beyond this many open evaluations an evaluator is flagged as overloaded. */
    static final int OVERLOAD = 8;
    private static final Duration DEFAULT_EVALUATION_TIME = Duration.ofDays(14);

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final AccountService accounts;
    private final ProposalEvaluation workflow;
    private final AssignmentRepository assignments;
    private final PairRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final AssignmentSolver solver = new AssignmentSolver();
    private final RetryingTransactions retrying;

    PanelService(EvaluationAccess access, SubmittedProposals proposals, AccountService accounts,
                 ProposalEvaluation workflow, AssignmentRepository assignments, PairRules rules, AuditLog audit,
                 Clock clock, RetryingTransactions retrying) {
        this.retrying = retrying;
        this.access = access;
        this.proposals = proposals;
        this.accounts = accounts;
        this.workflow = workflow;
        this.assignments = assignments;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposals of the challenge whose panel the firm still has to compose. */
    @Transactional(readOnly = true)
    public List<ProposalSummary> waitingForPanel(long challengeId) {
        access.firmChallenge(challengeId);
        return access.visible(proposals.submittedTo(challengeId)).stream()
                .filter(p -> workflow.currentSteps(p.id()).contains(EvaluationTask.ASSIGNMENT)).toList();
    }

    /** Everyone who could evaluate this proposal, best match first, with the reasons some cannot. */
    @Transactional(readOnly = true)
    public List<PanelCandidate> candidates(long proposalId) {
        ProposalSummary proposal = access.firmProposal(proposalId);
        ChallengeView challenge = access.challenge(proposal.challengeId());
        Map<Long, Integer> loads = openLoads();
        Set<Long> onPanel = new HashSet<>();
        assignments.findByProposalId(proposalId).stream().filter(Assignment::isActive).forEach(a -> onPanel.add(a.evaluatorId));
        PairRules.Pairs pairs = rules.forProposals(List.of(proposal));
        List<PanelCandidate> all = new ArrayList<>();
        for (EvaluatorProfile e : accounts.evaluators()) {
            Set<TechnologyArea> matched = matched(proposal, challenge, e);
            PanelCandidate.Exclusion exclusion = onPanel.contains(e.userId()) ? PanelCandidate.Exclusion.ALREADY_ON_PANEL
                    : pairs.exclusion(proposal, e);
            int load = loads.getOrDefault(e.userId(), 0);
            all.add(new PanelCandidate(e.userId(), e.fullName(), e.organisationName(), matched, load, load >= OVERLOAD,
                    exclusion, false, pairs.bid(proposal, e),
                    pairs.namedBy(proposalId, e).map(NamedExclusion::reason).orElse(null)));
        }
        all.sort(Comparator.comparing((PanelCandidate c) -> !c.selectable())
                .thenComparing(c -> -(c.matched().size() * 10 + (c.bid() == null ? 0 : c.bid().bonus)))
                .thenComparingInt(PanelCandidate::openLoad).thenComparing(PanelCandidate::name));
        int wanted = challenge.evaluation().evaluatorsPerProposal() - onPanel.size();
        List<PanelCandidate> result = new ArrayList<>();
        for (PanelCandidate c : all) {
            boolean suggest = wanted > 0 && c.selectable() && !c.overloaded();
            if (suggest) {
                wanted--;
            }
            result.add(new PanelCandidate(c.evaluatorId(), c.name(), c.organisationName(), c.matched(), c.openLoad(),
                    c.overloaded(), c.exclusion(), suggest, c.bid(), c.namedReason()));
        }
        return result;
    }

    /**
     * Assigns a proposal's panel: exactly the challenge's number of evaluators, none excluded, the rapporteur
     * among them. Evaluators are told by e-mail and find the work in their inbox. When two managers compose
     * the same panel at once, the first one counts and the other call changes nothing (the race is retried,
     * never shown).
     *
     * @return true if this call composed the panel, false if it had been composed already
     */
    public boolean assign(long proposalId, List<Long> evaluatorIds, long rapporteurId, Instant dueAt) {
        return retrying.run(() -> assignOnce(proposalId, evaluatorIds, rapporteurId, dueAt));
    }

    private boolean assignOnce(long proposalId, List<Long> evaluatorIds, long rapporteurId, Instant dueAt) {
        ProposalSummary proposal = access.firmProposal(proposalId);
        if (!workflow.isWaitingIn(proposalId, EvaluationTask.ASSIGNMENT)
                && assignments.findByProposalId(proposalId).stream().anyMatch(Assignment::isActive)) {
            return false;
        }
        ChallengeView challenge = access.challenge(proposal.challengeId());
        int size = challenge.evaluation().evaluatorsPerProposal();
        if (evaluatorIds.size() != size || new HashSet<>(evaluatorIds).size() != size) {
            throw new UserFacingException("evaluation.error.panelSize", size);
        }
        Map<Long, PanelCandidate> byId = new HashMap<>();
        candidates(proposalId).forEach(c -> byId.put(c.evaluatorId(), c));
        for (long id : evaluatorIds) {
            PanelCandidate c = byId.get(id);
            refuseExcluded(c);
        }
        Instant now = clock.instant();
        Instant due = dueAt != null ? dueAt : defaultDue(challenge, now);
        if (!due.isAfter(now)) {
            throw new UserFacingException("evaluation.error.dueInPast");
        }
        // rows first: the workflow's "assigned" step notifies the evaluators it finds here
        for (long id : evaluatorIds) {
            assignments.save(new Assignment(proposalId, challenge.id(), id, proposal.title(), challenge.title(),
                    id == rapporteurId, due, now));
        }
        try {
            workflow.assign(proposalId, evaluatorIds, rapporteurId, due, reminderTime(now, due));
        } catch (UserFacingException gone) {
            if (!"workflow.error.stepGone".equals(gone.getMessage())) {
                throw gone;
            }
            // a colleague composed it between the check above and now: run again, the check finds their panel
            throw new ConcurrencyFailureException("panel of proposal " + proposalId + " composed meanwhile", gone);
        }
        proposals.recordOutcome(proposalId, ProposalStatus.UNDER_EVALUATION, null);
        audit.record("evaluation.assigned", "proposal:" + proposalId, evaluatorIds + " rapporteur " + rapporteurId);
        return true;
    }

    /**
     * The optimiser's best assignment for every proposal still waiting for a panel. Pairs in
     * {@code locked} are kept, pairs in {@code excluded} avoided. Nothing is saved until accepted.
     */
    @Transactional(readOnly = true)
    public AutoAssignment propose(long challengeId, boolean fair, Map<Long, Set<Long>> locked, Map<Long, Set<Long>> excluded) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        List<ProposalSummary> waiting = waitingForPanel(challengeId);
        int k = challenge.evaluation().evaluatorsPerProposal();
        List<EvaluatorProfile> evaluators = accounts.evaluators();
        if (waiting.isEmpty()) {
            return new AutoAssignment(Map.of(), 0, 0, Map.of(), List.of(), true, Map.of(), Map.of(), Map.of());
        }
        Map<Long, Integer> loads = openLoads();
        AssignmentProblem.Builder problem = AssignmentProblem.builder(k);
        int capacity = Math.max(1, (int) Math.ceil(k * (double) waiting.size() / Math.max(1, evaluators.size())));
        PairRules.Pairs pairs = rules.forProposals(waiting);
        Set<Long> usable = new HashSet<>();
        for (ProposalSummary p : waiting) {
            for (EvaluatorProfile e : evaluators) {
                String pid = String.valueOf(p.id());
                String eid = String.valueOf(e.userId());
                Bid bid = pairs.bid(p, e);
                if (pairs.exclusion(p, e) != null) {
                    problem.conflict(pid, eid);
                    continue;
                }
                problem.affinity(pid, eid, affinity(p, challenge, e) + (bid == null ? 0 : bid.bonus));
                usable.add(e.userId());
                if (locked.getOrDefault(p.id(), Set.of()).contains(e.userId())) {
                    problem.lock(pid, eid);
                }
                if (excluded.getOrDefault(p.id(), Set.of()).contains(e.userId())) {
                    problem.exclude(pid, eid);
                }
            }
        }
        // a load only for evaluators who may sit on some panel: one excluded everywhere is unknown to the problem
        for (EvaluatorProfile e : evaluators) {
            if (usable.contains(e.userId())) {
                problem.maxLoad(String.valueOf(e.userId()), Math.max(0, Math.max(capacity, OVERLOAD - loads.getOrDefault(e.userId(), 0))));
            }
        }
        AssignmentResult result = solver.solve(problem.build(), fair ? AssignmentOptions.fairMode() : AssignmentOptions.maxTotal());
        Map<Long, String> titles = new HashMap<>();
        waiting.forEach(p -> titles.put(p.id(), p.title()));
        if (!result.isFeasible()) {
            List<String> uncovered = result.infeasibilities().stream().flatMap(i -> i.proposalIds().stream())
                    .map(id -> titles.getOrDefault(Long.valueOf(id), id)).distinct().toList();
            return new AutoAssignment(Map.of(), 0, 0, Map.of(),
                    uncovered.isEmpty() ? List.of(challenge.title()) : uncovered, false, titles, Map.of(), Map.of());
        }
        Map<Long, List<Long>> panels = new LinkedHashMap<>();
        Map<Long, Map<Long, Integer>> fit = new HashMap<>();
        result.panels().forEach(panel -> {
            long pid = Long.parseLong(panel.proposalId());
            panels.put(pid, panel.reviewers().stream().sorted(Comparator.comparingInt(Reviewer::affinity).reversed())
                    .map(r -> Long.valueOf(r.evaluatorId())).toList());
            panel.reviewers().forEach(r -> fit.computeIfAbsent(pid, key -> new HashMap<>()).put(Long.valueOf(r.evaluatorId()), r.affinity()));
        });
        Map<Long, Integer> resultLoads = new HashMap<>();
        result.loads().forEach((id, load) -> resultLoads.put(Long.valueOf(id), load));
        Map<Long, String> names = new HashMap<>();
        evaluators.forEach(e -> names.put(e.userId(), e.fullName()));
        return new AutoAssignment(panels, result.stats().totalAffinity(), result.stats().minPanelAffinity(),
                resultLoads, List.of(), result.isTotalOptimal(), titles, names, fit);
    }

    /** Accepts an automatic assignment: each panel goes into the workflow, best-matching member as rapporteur. */
    public void accept(AutoAssignment proposal) {
        if (!proposal.feasible()) {
            throw new UserFacingException("evaluation.error.infeasible", String.join(", ", proposal.uncovered()));
        }
        retrying.run(() -> proposal.panels().forEach((proposalId, panel) -> assignOnce(proposalId, panel, panel.getFirst(), null)));
    }

    /**
     * Replaces an evaluator: after a declared conflict (the workflow waits for the firm), or because they do
     * not respond (their open work moves to the new evaluator, same due date).
     */
    public void replace(long proposalId, long formerEvaluatorId, long newEvaluatorId) {
        retrying.run(() -> replaceOnce(proposalId, formerEvaluatorId, newEvaluatorId));
    }

    private void replaceOnce(long proposalId, long formerEvaluatorId, long newEvaluatorId) {
        ProposalSummary proposal = access.firmProposal(proposalId);
        Assignment former = assignments.findByProposalIdAndEvaluatorId(proposalId, formerEvaluatorId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean doneAlready = !former.isActive() && assignments.findByProposalIdAndEvaluatorId(proposalId, newEvaluatorId)
                .filter(Assignment::isActive).isPresent();
        if (doneAlready) {
            return; // the same replacement again (a colleague at the same moment, a second tab)
        }
        PanelCandidate replacement = candidates(proposalId).stream().filter(c -> c.evaluatorId() == newEvaluatorId)
                .findFirst().orElseThrow(() -> new UserFacingException("error.notFound"));
        refuseExcluded(replacement);
        if (former.status == Assignment.Status.SUBMITTED || former.status == Assignment.Status.REPLACED) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        if (former.status == Assignment.Status.CONFLICT) {
            workflow.replaceConflicted(proposalId, formerEvaluatorId, newEvaluatorId);
        } else {
            workflow.reassign(proposalId, formerEvaluatorId, newEvaluatorId);
            former.status = Assignment.Status.REPLACED;
        }
        assignments.save(new Assignment(proposalId, proposal.challengeId(), newEvaluatorId, former.proposalTitle,
                former.challengeTitle, former.rapporteur, former.dueAt, clock.instant()));
        former.rapporteur = false;
        audit.record("evaluation.replaced", "proposal:" + proposalId, formerEvaluatorId + " -> " + newEvaluatorId);
    }

    /**
     * For each of the challenges, how many evaluators are late: a seat past its due date without a submitted
     * sheet. One query, no access check (the caller's).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> lateEvaluators(java.util.Collection<Long> challengeIds) {
        return challengeIds.isEmpty() ? Map.of() : assignments.lateEvaluators(challengeIds, clock.instant()).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The current panel of a proposal (all assignments, conflicted and replaced ones included). */
    @Transactional(readOnly = true)
    public List<PanelMember> panel(long proposalId) {
        access.firmProposal(proposalId);
        List<Assignment> list = assignments.findByProposalId(proposalId);
        Map<Long, String> names = accounts.names(list.stream().map(a -> a.evaluatorId).toList());
        Instant now = clock.instant();
        return list.stream().map(a -> new PanelMember(a.evaluatorId, names.getOrDefault(a.evaluatorId, "?"),
                a.status.name(), a.rapporteur, a.dueAt, a.conflictReason,
                a.status != Assignment.Status.SUBMITTED && a.isActive() && a.dueAt.isBefore(now))).toList();
    }

    /**
     * A refused choice says why: the applicant's own words when the applicant named this evaluator, so the
     * firm can tell the evaluator nothing more than "not this one".
     */
    private static void refuseExcluded(PanelCandidate c) {
        if (c == null) {
            throw new UserFacingException("evaluation.error.excluded", "?");
        }
        if (c.exclusion() == PanelCandidate.Exclusion.NAMED_BY_APPLICANT) {
            throw new UserFacingException("evaluation.error.namedByApplicant", c.name(), c.namedReason());
        }
        if (!c.selectable()) {
            throw new UserFacingException("evaluation.error.excluded", c.name());
        }
    }

    /** What the applicant asked about this proposal's panel (organisations, people, reasons), for the firm. */
    @Transactional(readOnly = true)
    public List<NamedExclusion> namedByApplicant(long proposalId) {
        ProposalSummary proposal = access.firmProposal(proposalId);
        return rules.forProposals(List.of(proposal)).named().getOrDefault(proposalId, List.of());
    }

    /** One seat of a panel as the firm sees it. */
    public record PanelMember(long evaluatorId, String name, String status, boolean rapporteur, Instant dueAt,
                              String conflictReason, boolean late) {
    }

    // ------------------------------------------------------------------ matching

    /** Expertise fit: 10 per technology area shared with the proposal, 3 per area shared only with the challenge. */
    static int affinity(ProposalSummary p, ChallengeView c, EvaluatorProfile e) {
        int fit = 0;
        for (TechnologyArea a : e.expertise()) {
            if (p.areas().contains(a)) {
                fit += 10;
            } else if (c.areas().contains(a)) {
                fit += 3;
            }
        }
        return fit;
    }

    private static Set<TechnologyArea> matched(ProposalSummary p, ChallengeView c, EvaluatorProfile e) {
        Set<TechnologyArea> m = EnumSet.noneOf(TechnologyArea.class);
        for (TechnologyArea a : e.expertise()) {
            if (p.areas().contains(a) || c.areas().contains(a)) {
                m.add(a);
            }
        }
        return m;
    }

    private Map<Long, Integer> openLoads() {
        Map<Long, Integer> loads = new HashMap<>();
        for (Object[] row : assignments.openLoads()) {
            loads.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return loads;
    }

    private static Instant defaultDue(ChallengeView challenge, Instant now) {
        Instant end = challenge.evaluationEndsAt();
        return end != null && end.isAfter(now.plus(Duration.ofDays(2))) ? end : now.plus(DEFAULT_EVALUATION_TIME);
    }

    /** Three days before the due date, or half-way when less time is given. */
    static Instant reminderTime(Instant now, Instant due) {
        Instant threeDaysBefore = due.minus(Duration.ofDays(3));
        return threeDaysBefore.isAfter(now) ? threeDaysBefore : now.plus(Duration.between(now, due).dividedBy(2));
    }
}
