package it.convergo.evaluation.progress;

import it.convergo.account.CurrentUser;
import it.convergo.evaluation.consensus.FinalScores;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.scoring.Sheets;
import it.convergo.workflow.ProposalEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluator's work: every proposal they sit on the panel of, and what they have to do next on it. */
@Service
@PreAuthorize("hasRole('EVALUATOR')")
public class EvaluatorInbox {

    private final Seats seats;
    private final Sheets sheets;
    private final FinalScores finalScores;
    private final ProposalEvaluation workflow;

    EvaluatorInbox(Seats seats, Sheets sheets, FinalScores finalScores, ProposalEvaluation workflow) {
        this.seats = seats;
        this.sheets = sheets;
        this.finalScores = finalScores;
        this.workflow = workflow;
    }

    /** The evaluator's work, open items first and soonest due first. */
    @Transactional(readOnly = true)
    public List<InboxItem> items() {
        long me = CurrentUser.require().userId();
        List<Assignment> mine = seats.ofEvaluator(me).stream()
                .filter(a -> a.status() != Assignment.Status.REPLACED).toList();
        Progress progress = progress(me, mine);
        List<InboxItem> items = new ArrayList<>();
        for (Assignment a : mine) {
            items.add(item(a, progress));
        }
        items.sort((x, y) -> Boolean.compare(!x.step().open(), !y.step().open()));
        return items;
    }

    /** What the evaluator may know before declaring: the challenge and the proposal's title, nothing more. */
    @Transactional(readOnly = true)
    public InboxItem item(long proposalId) {
        Assignment a = seats.mine(proposalId);
        return item(a, progress(a.evaluatorId(), List.of(a)));
    }

    private static InboxItem item(Assignment a, Progress progress) {
        return new InboxItem(a.proposalId(), a.challengeId(), a.challengeTitle(), a.proposalTitle(), progress.step(a),
                a.dueAt());
    }

    /**
     * Consensus steps waiting for this evaluator, consensus already closed and evaluations the rapporteur
     * reopened, read once for a whole inbox.
     */
    private record Progress(Set<Long> consensusWaiting, Set<Long> consensusDone, Set<Long> reopened) {

        InboxItem.Step step(Assignment a) {
            return switch (a.status()) {
                case ASSIGNED -> InboxItem.Step.DECLARE;
                case CLEARED -> InboxItem.Step.SCORE;
                case CONFLICT, REPLACED -> InboxItem.Step.CONFLICT;
                case SUBMITTED -> reopened.contains(a.proposalId()) ? InboxItem.Step.SCORE
                        : consensusWaiting.contains(a.proposalId()) ? InboxItem.Step.CONSENSUS
                        : consensusDone.contains(a.proposalId()) ? InboxItem.Step.DONE : InboxItem.Step.SUBMITTED;
            };
        }
    }

    private Progress progress(long evaluatorId, List<Assignment> assignments) {
        Set<Long> waiting = workflow.pendingForEvaluator(evaluatorId).stream()
                .filter(p -> p.step().isConsensus())
                .map(ProposalEvaluation.PendingStep::proposalId).collect(Collectors.toSet());
        Set<Long> done = finalScores.among(assignments.stream().map(Assignment::proposalId).toList());
        return new Progress(waiting, done, sheets.draftsOf(evaluatorId));
    }
}
