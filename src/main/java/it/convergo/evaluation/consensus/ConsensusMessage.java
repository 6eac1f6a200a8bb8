package it.convergo.evaluation.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message in the panel's consensus discussion of one proposal. */
@Entity
@Table(name = "consensus_message")
class ConsensusMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(name = "author_id", nullable = false)
    long authorId;
    @Column(nullable = false, length = 4000)
    String body;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected ConsensusMessage() {
    }

    ConsensusMessage(long proposalId, long authorId, String body, Instant createdAt) {
        this.proposalId = proposalId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }
}
