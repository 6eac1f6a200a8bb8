package it.convergo.proposal;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One submitted version of a proposal, frozen: never changed after it is written. */
@Entity
@Table(name = "proposal_submission")
class ProposalSubmission extends AbstractEntity {

    @Column(name = "proposal_id", nullable = false)
    long proposalId;
    @Column(nullable = false)
    int number;
    /** The stage this version was submitted in: receipts and history say whether it was an outline. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    ProposalStage stage = ProposalStage.FULL;
    @Column(name = "submitted_at", nullable = false)
    Instant submittedAt;
    @Column(name = "submitted_by", nullable = false)
    long submittedBy;
    @Column(name = "content_hash", nullable = false, length = 64)
    String contentHash;
    @Column(nullable = false, length = 300)
    String title;
    @Column(length = 60)
    String acronym;
    @Lob
    @Column(name = "abstract_text")
    String abstractText;
    @Lob
    @Column(name = "team_text")
    String teamText;
    BigDecimal budget;
    @Lob
    @Column(name = "budget_text")
    String budgetText;
    @Column(name = "trl_now", nullable = false)
    int trlNow;
    @Column(name = "trl_target", nullable = false)
    int trlTarget;
    /** Technology area names, comma separated. */
    @Column(length = 1000)
    String areas;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_submission_answer", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderBy("pos")
    List<SubmittedAnswer> answers = new ArrayList<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "file_id")
    Set<Long> fileIds = new HashSet<>();
    /** What the receipt shows that could change after submitting, frozen as it was (the PDF is rendered later). */
    @Column(name = "challenge_title", length = 300)
    String challengeTitle;
    @Column(name = "organisation_name", length = 300)
    String organisationName;
    @Column(name = "receipt_locale", length = 10)
    String receiptLocale;

    protected ProposalSubmission() {
    }

    ProposalSubmission(long proposalId, int number, Instant submittedAt, long submittedBy) {
        this.proposalId = proposalId;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    @Embeddable
    static class SubmittedAnswer {
        @Column(nullable = false)
        int pos;
        @Column(nullable = false, length = 300)
        String question;
        @Lob
        @Column(name = "answer")
        String answer;

        protected SubmittedAnswer() {
        }

        SubmittedAnswer(int pos, String question, String answer) {
            this.pos = pos;
            this.question = question;
            this.answer = answer;
        }
    }
}
