package it.convergo.evaluation.panel;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The evaluators' seats on the proposals' panels, for the steps after the panel is composed: the current
 * evaluator's own seat (checked on the server for every call; a foreign proposal looks "not found"), who sits
 * on a panel, and the lock that makes a panel's commands run one after the other.
 */
@Component
public class Seats {

    private final AssignmentRepository assignments;

    Seats(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /** The current evaluator's seat on this proposal's panel (conflicted or replaced ones included). */
    public Assignment mine(long proposalId) {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.EVALUATOR)) {
            throw new UserFacingException("error.notFound");
        }
        return assignments.findByProposalIdAndEvaluatorId(proposalId, user.userId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** Like {@link #mine} but only for evaluators who declared no conflict and are still on the panel. */
    public Assignment myCleared(long proposalId) {
        Assignment a = mine(proposalId);
        if (a.status != Assignment.Status.CLEARED && a.status != Assignment.Status.SUBMITTED) {
            throw new UserFacingException(a.status == Assignment.Status.ASSIGNED
                    ? "evaluation.error.declareFirst" : "error.notFound");
        }
        return a;
    }

    public Optional<Assignment> of(long proposalId, long evaluatorId) {
        return assignments.findByProposalIdAndEvaluatorId(proposalId, evaluatorId);
    }

    /** Every seat of the proposal's panel, conflicted and replaced ones included. */
    public List<Assignment> ofProposal(long proposalId) {
        return assignments.findByProposalId(proposalId);
    }

    /** Every seat of the evaluator, whatever its status, soonest due first. */
    public List<Assignment> ofEvaluator(long evaluatorId) {
        return assignments.findOpenFor(evaluatorId, EnumSet.allOf(Assignment.Status.class));
    }

    /**
     * The challenge's jury for a pitch: every evaluator who sat on one of its panels and did not decline
     * (cleared or submitted), with the proposals each declared a conflict with (they never score those).
     */
    public java.util.Map<Long, java.util.Set<Long>> jury(long challengeId) {
        java.util.Map<Long, java.util.Set<Long>> jury = new java.util.TreeMap<>();
        List<Assignment> seats = assignments.findByChallengeId(challengeId);
        seats.stream().filter(a -> a.status == Assignment.Status.CLEARED || a.status == Assignment.Status.SUBMITTED)
                .forEach(a -> jury.computeIfAbsent(a.evaluatorId, k -> new java.util.HashSet<>()));
        seats.stream().filter(a -> a.status == Assignment.Status.CONFLICT && jury.containsKey(a.evaluatorId))
                .forEach(a -> jury.get(a.evaluatorId).add(a.proposalId));
        return jury;
    }

    /**
     * Locks the proposal's panel until the transaction ends: its commands (declare, submit) run one after the
     * other, so the last submission sees every other one.
     */
    public void lock(long proposalId) {
        assignments.lockPanel(proposalId);
    }
}
