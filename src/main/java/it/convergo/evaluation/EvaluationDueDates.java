package it.convergo.evaluation;

import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due dates of an evaluator's open seats (to declare or to score), soonest first. No access check: for
 * callers that act for a known user without a session (the calendar feed). Submitted, conflicted and replaced
 * seats owe nothing and are left out.
 */
@Service
public class EvaluationDueDates {

    private final Seats seats;

    EvaluationDueDates(Seats seats) {
        this.seats = seats;
    }

    @Transactional(readOnly = true)
    public List<DueEvaluation> open(long evaluatorId) {
        return seats.ofEvaluator(evaluatorId).stream()
                .filter(a -> a.status() == Assignment.Status.ASSIGNED || a.status() == Assignment.Status.CLEARED)
                .map(a -> new DueEvaluation(a.proposalId(), a.challengeId(), a.challengeTitle(), a.proposalTitle(), a.dueAt()))
                .toList();
    }
}
