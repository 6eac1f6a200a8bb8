package it.convergo.evaluation.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The firm's choice of the deciding ranking; one per challenge, never changed. */
@Entity
@Table(name = "ranking_basis")
class RankingBasisChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RankingBasis basis;
    @Column(name = "chosen_by", nullable = false)
    long chosenBy;
    @Column(name = "chosen_at", nullable = false)
    Instant chosenAt;

    protected RankingBasisChoice() {
    }

    RankingBasisChoice(long challengeId, RankingBasis basis, long chosenBy, Instant chosenAt) {
        this.challengeId = challengeId;
        this.basis = basis;
        this.chosenBy = chosenBy;
        this.chosenAt = chosenAt;
    }
}
