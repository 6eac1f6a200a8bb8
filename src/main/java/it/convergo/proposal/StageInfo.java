package it.convergo.proposal;

import java.time.Instant;
import java.util.List;

/**
 * The stage of a proposal as its applicant sees it: whether the challenge has two stages, the proposal's stage,
 * that stage's deadline, the firm's shortlist decision and feedback (null until the shortlist is confirmed) and
 * the positions of the questions this stage's form asks.
 */
public record StageInfo(boolean twoStage, ProposalStage stage, Instant deadline, Boolean shortlisted, String feedback,
                        List<Integer> questions) {

    public StageInfo {
        questions = List.copyOf(questions);
    }

    public boolean isOutline() {
        return stage == ProposalStage.OUTLINE;
    }
}
