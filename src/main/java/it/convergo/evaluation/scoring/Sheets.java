package it.convergo.evaluation.scoring;

import it.convergo.base.UserFacingException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The evaluators' score sheets as the later steps read them: the consensus (the panel's sheets, reopening
 * one), the ranking (each evaluator's leniency) and the evaluator's inbox. No access check: callers check.
 */
@Component
public class Sheets {

    private final SheetRepository sheets;

    Sheets(SheetRepository sheets) {
        this.sheets = sheets;
    }

    /** The evaluator's submitted sheet on this proposal, if it is in. */
    public Optional<SheetInput> submitted(long proposalId, long evaluatorId, int criteria) {
        return sheets.findByProposalIdAndEvaluatorId(proposalId, evaluatorId)
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED).map(s -> s.input(criteria));
    }

    /** The scores of every sheet submitted on this proposal. */
    public List<List<BigDecimal>> submittedScores(long proposalId, int criteria) {
        return sheets.findByProposalId(proposalId).stream().filter(s -> s.status == ScoreSheet.Status.SUBMITTED)
                .map(s -> s.input(criteria).scores()).toList();
    }

    /** Evaluator id -> proposal id -> scores, for every sheet submitted in the challenge. */
    public Map<Long, Map<Long, List<BigDecimal>>> submittedIn(long challengeId, int criteria) {
        Map<Long, Map<Long, List<BigDecimal>>> byEvaluator = new HashMap<>();
        for (ScoreSheet s : sheets.findByChallengeIdAndStatus(challengeId, ScoreSheet.Status.SUBMITTED)) {
            byEvaluator.computeIfAbsent(s.evaluatorId, k -> new HashMap<>()).put(s.proposalId, s.input(criteria).scores());
        }
        return byEvaluator;
    }

    /** Evaluators whose sheet on this proposal is a draft (not submitted yet, or reopened). */
    public Set<Long> draftsOn(long proposalId) {
        return sheets.findByProposalId(proposalId).stream().filter(s -> s.status == ScoreSheet.Status.DRAFT)
                .map(s -> s.evaluatorId).collect(Collectors.toSet());
    }

    /** Proposals on which the evaluator's sheet is a draft (not submitted yet, or reopened). */
    public Set<Long> draftsOf(long evaluatorId) {
        return sheets.findByEvaluatorIdAndStatus(evaluatorId, ScoreSheet.Status.DRAFT).stream()
                .map(s -> s.proposalId).collect(Collectors.toSet());
    }

    /** Turns the evaluator's submitted sheet back into a draft they may change; "not found" when none is in. */
    public void reopen(long proposalId, long evaluatorId) {
        ScoreSheet sheet = sheets.findByProposalIdAndEvaluatorId(proposalId, evaluatorId)
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        sheet.status = ScoreSheet.Status.DRAFT;
    }
}
