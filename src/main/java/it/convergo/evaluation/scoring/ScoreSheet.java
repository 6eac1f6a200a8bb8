package it.convergo.evaluation.scoring;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One evaluator's individual evaluation of one proposal: saved as a draft, then submitted once. */
@Entity
@Table(name = "score_sheet")
class ScoreSheet extends AbstractEntity implements ScoreSheetLike {

    enum Status { DRAFT, SUBMITTED }

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "evaluator_id", nullable = false)
    long evaluatorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status = Status.DRAFT;
    @Lob
    @Column(name = "overall_comment")
    String overallComment;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "submitted_at")
    Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sheet_score", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderBy("criterion")
    List<CriterionScore> scores = new ArrayList<>();

    protected ScoreSheet() {
    }

    ScoreSheet(long proposalId, long challengeId, long evaluatorId, Instant now) {
        this.proposalId = proposalId;
        this.challengeId = challengeId;
        this.evaluatorId = evaluatorId;
        this.updatedAt = now;
    }

    @Override
    public List<CriterionScore> scores() {
        return scores;
    }

    @Override
    public String overallComment() {
        return overallComment;
    }

    @Override
    public void replace(List<CriterionScore> newScores, String newOverallComment) {
        scores.clear();
        scores.addAll(newScores);
        overallComment = newOverallComment;
    }
}
