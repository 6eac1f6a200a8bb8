package it.convergo.evaluation.consensus;

import it.convergo.base.AbstractEntity;
import it.convergo.evaluation.scoring.CriterionScore;
import it.convergo.evaluation.scoring.ScoreSheetLike;
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

/**
 * The panel's final scores for a proposal, written by the rapporteur: discussed when the individual
 * scores diverged, otherwise computed (mean rounded to the step) and only confirmed.
 */
@Entity
@Table(name = "consensus")
class Consensus extends AbstractEntity implements ScoreSheetLike {

    enum Status { OPEN, COMPLETED }

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Column(name = "rapporteur_id", nullable = false)
    long rapporteurId;
    @Column(nullable = false)
    boolean divergent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status = Status.OPEN;
    @Lob
    @Column(name = "overall_comment")
    String overallComment;
    @Lob
    @Column(name = "minority_opinion")
    String minorityOpinion;
    @Column(name = "completed_at")
    Instant completedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consensus_score", joinColumns = @JoinColumn(name = "consensus_id"))
    @OrderBy("criterion")
    List<CriterionScore> scores = new ArrayList<>();

    protected Consensus() {
    }

    Consensus(long proposalId, long challengeId, long rapporteurId, boolean divergent) {
        this.proposalId = proposalId;
        this.challengeId = challengeId;
        this.rapporteurId = rapporteurId;
        this.divergent = divergent;
    }

    boolean isCompleted() {
        return status == Status.COMPLETED;
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
