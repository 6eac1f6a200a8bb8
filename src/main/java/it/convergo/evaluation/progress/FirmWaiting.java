package it.convergo.evaluation.progress;

import it.convergo.evaluation.consensus.FinalScores;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.StaffConflicts;
import it.convergo.proposal.SubmittedProposals;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the firm manager in each of their closed challenges, for the landing page: five queries for
 * the whole list, never one per challenge. Read-only; the caller passes the ids of challenges the firm owns.
 * A proposal the manager declared a conflict with is left out of their figures, as it is out of their lists.
 */
@Service
public class FirmWaiting {

    /**
     * One challenge's figures: proposals without an eligibility decision, late evaluators, evaluated proposals
     * without the firm's decision, results ready to publish.
     */
    public record Waiting(long eligibility, long lateEvaluators, long toDecide, boolean readyToPublish) {
        public boolean any() {
            return eligibility > 0 || lateEvaluators > 0 || toDecide > 0 || readyToPublish;
        }
    }

    private final SubmittedProposals proposals;
    private final EligibilityService eligibility;
    private final PanelService panels;
    private final ResultsService results;

    private final FinalScores finalScores;
    private final StaffConflicts staffConflicts;

    FirmWaiting(SubmittedProposals proposals, EligibilityService eligibility, PanelService panels, ResultsService results,
                FinalScores finalScores, StaffConflicts staffConflicts) {
        this.proposals = proposals;
        this.staffConflicts = staffConflicts;
        this.finalScores = finalScores;
        this.eligibility = eligibility;
        this.panels = panels;
        this.results = results;
    }

    /**
     * The figures of each challenge, in the order given. Results are ready to publish when nothing waits for
     * eligibility, at least one eligible proposal exists, every eligible proposal has the firm's decision and
     * nothing was published yet.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, Waiting> of(Collection<Long> challengeIds) {
        List<Long> ids = List.copyOf(challengeIds);
        Map<Long, Long> undecided = proposals.waitingForEligibility(ids);
        Map<Long, Long> eligible = eligibility.eligibleCounts(ids);
        Map<Long, Long> late = panels.lateEvaluators(ids);
        Map<Long, Long> decided = results.decidedCounts(ids);
        Set<Long> published = results.published(ids);
        Map<Long, Long> evaluated = finalScores.countsByChallenge(ids);
        Map<Long, Long> hiddenPending = new HashMap<>();
        Map<Long, Long> hiddenToDecide = new HashMap<>();
        hidden(ids, hiddenPending, hiddenToDecide);
        Map<Long, Waiting> waiting = new LinkedHashMap<>();
        for (long id : ids) {
            long pending = undecided.getOrDefault(id, 0L) - hiddenPending.getOrDefault(id, 0L);
            long eligibleCount = eligible.getOrDefault(id, 0L);
            boolean ready = pending == 0 && eligibleCount > 0 && decided.getOrDefault(id, 0L) >= eligibleCount
                    && !published.contains(id);
            long toDecide = published.contains(id) ? 0
                    : Math.max(0, evaluated.getOrDefault(id, 0L) - decided.getOrDefault(id, 0L) - hiddenToDecide.getOrDefault(id, 0L));
            waiting.put(id, new Waiting(pending, late.getOrDefault(id, 0L), toDecide, ready));
        }
        return waiting;
    }

    /**
     * Per challenge, the proposals hidden from this manager (declared conflicts; a handful at most) that still
     * wait for eligibility, and those evaluated without a decision.
     */
    private void hidden(List<Long> ids, Map<Long, Long> pending, Map<Long, Long> toDecide) {
        Set<Long> hidden = staffConflicts.hiddenFromMe();
        if (hidden.isEmpty()) {
            return;
        }
        Set<Long> evaluated = finalScores.among(hidden);
        Set<Long> decided = results.decidedAmong(hidden);
        proposals.states(hidden).forEach((proposalId, p) -> {
            if (!ids.contains(p.challengeId())) {
                return;
            }
            if (p.status() == ProposalStatus.SUBMITTED) {
                pending.merge(p.challengeId(), 1L, Long::sum);
            }
            if (evaluated.contains(proposalId) && !decided.contains(proposalId)) {
                toDecide.merge(p.challengeId(), 1L, Long::sum);
            }
        });
    }
}
