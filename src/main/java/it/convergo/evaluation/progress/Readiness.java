package it.convergo.evaluation.progress;

import it.convergo.account.AccountService;
import it.convergo.evaluation.consensus.FinalScores;
import it.convergo.evaluation.eligibility.IneligibleProposals;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.EvaluationTask;
import it.convergo.workflow.ProposalEvaluation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one "all done" rule of a challenge's evaluation, explained: which submitted proposals are neither
 * evaluated nor found not eligible, and what each waits for. The ranking opens when the list is empty.
 */
@Component
class Readiness {

    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final IneligibleProposals ineligible;
    private final FinalScores finalScores;
    private final AccountService accounts;

    Readiness(SubmittedProposals proposals, ProposalEvaluation workflow, IneligibleProposals ineligible,
              FinalScores finalScores, AccountService accounts) {
        this.proposals = proposals;
        this.workflow = workflow;
        this.ineligible = ineligible;
        this.finalScores = finalScores;
        this.accounts = accounts;
    }

    /** The rule itself, without the explanation (a few queries, whatever the number of proposals). */
    boolean ready(long challengeId) {
        return open(challengeId, proposals.submittedTo(challengeId)).isEmpty();
    }

    /** Ownership is the caller's job. */
    ReadinessReport report(long challengeId) {
        List<ProposalSummary> submitted = proposals.submittedTo(challengeId);
        List<ProposalSummary> open = open(challengeId, submitted);
        if (open.isEmpty()) {
            return new ReadinessReport(challengeId, submitted.size(), List.of());
        }
        Set<Long> started = workflow.startedFor(challengeId);
        List<ReadinessReport.Waiting> waiting = new ArrayList<>();
        for (ProposalSummary p : open) {
            if (!started.contains(p.id())) {
                waiting.add(new ReadinessReport.Waiting(p.id(), p.title(), ReadinessReport.Reason.NO_EVALUATION, List.of()));
                continue;
            }
            List<ProposalEvaluation.PendingStep> pending = workflow.pending(p.id());
            ReadinessReport.Reason reason = pending.stream().map(s -> reason(s.step())).min(Enum::compareTo)
                    .orElse(ReadinessReport.Reason.CONSENSUS);
            List<Long> people = pending.stream().filter(s -> reason(s.step()) == reason && s.evaluatorId() != null
                            && s.step().actor() != EvaluationTask.Actor.FIRM)
                    .map(ProposalEvaluation.PendingStep::evaluatorId).distinct().toList();
            Map<Long, String> names = accounts.names(people);
            waiting.add(new ReadinessReport.Waiting(p.id(), p.title(), reason,
                    people.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.toList())));
        }
        return new ReadinessReport(challengeId, submitted.size(), waiting);
    }

    private List<ProposalSummary> open(long challengeId, List<ProposalSummary> submitted) {
        Set<Long> done = new HashSet<>(ineligible.in(challengeId));
        done.addAll(finalScores.proposalsIn(challengeId));
        return submitted.stream().filter(p -> !done.contains(p.id())).toList();
    }

    private static ReadinessReport.Reason reason(EvaluationTask step) {
        return switch (step) {
            case ELIGIBILITY -> ReadinessReport.Reason.ELIGIBILITY;
            case ASSIGNMENT -> ReadinessReport.Reason.PANEL;
            case REPLACE_EVALUATOR -> ReadinessReport.Reason.REPLACEMENT;
            case CONFLICT_CHECK -> ReadinessReport.Reason.DECLARATION;
            case SCORING -> ReadinessReport.Reason.SCORES;
            case CONSENSUS, CONFIRM_CONSENSUS -> ReadinessReport.Reason.CONSENSUS;
            case ANSWER_QUESTIONS -> ReadinessReport.Reason.CLARIFICATION;
        };
    }
}
