package it.convergo.evaluation.panel;

import java.util.List;
import java.util.Map;

/**
 * The optimiser's proposal for a whole challenge, to review before accepting: panels per proposal, the
 * totals, and — when no complete assignment exists — which proposals cannot be covered and why.
 *
 * @param panels proposal id -> evaluator ids, best match first
 * @param uncovered titles of proposals that cannot get a full panel (empty when feasible)
 */
public record AutoAssignment(Map<Long, List<Long>> panels, long totalFit, long worstPanelFit,
                             Map<Long, Integer> loads, List<String> uncovered, boolean optimal,
                             Map<Long, String> proposalTitles, Map<Long, String> evaluatorNames,
                             Map<Long, Map<Long, Integer>> fit) {

    public boolean feasible() {
        return uncovered.isEmpty();
    }

    /** The expertise fit of one proposed pair (10 per area shared with the proposal, 3 with the challenge). */
    public int fit(long proposalId, long evaluatorId) {
        return fit.getOrDefault(proposalId, Map.of()).getOrDefault(evaluatorId, 0);
    }
}
