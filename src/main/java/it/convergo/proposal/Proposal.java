package it.convergo.proposal;

import it.convergo.base.AbstractEntity;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The working copy of a proposal, which the team edits; each submission freezes it as a
 * {@link ProposalSubmission}. Optimistic locking keeps two members from overwriting each other.
 */
@Entity
@Table(name = "proposal")
class Proposal extends AbstractEntity {

    @Column(name = "challenge_id", nullable = false)
    long challengeId;
    /** Copies for "My proposals" (one query per page); the closing time follows {@code DeadlineChanged}. */
    @Column(name = "challenge_title", nullable = false, length = 150)
    String challengeTitle;
    @Column(name = "challenge_closes_at", nullable = false)
    Instant challengeClosesAt;
    @Column(name = "organisation_id", nullable = false)
    long organisationId;
    @Column(name = "lead_user_id", nullable = false)
    long leadUserId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ProposalStatus status = ProposalStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    ProposalStage stage = ProposalStage.FULL;
    /** The firm's shortlist decision on an outline (null: not decided yet) and its feedback to the applicant. */
    Boolean shortlisted;
    @Column(name = "shortlist_feedback", length = 2000)
    String shortlistFeedback;
    @Column(name = "shortlist_by")
    Long shortlistBy;
    @Column(name = "shortlist_at")
    Instant shortlistAt;
    /** Reopened after a submission: the last submission still counts until the team resubmits. */
    @Column(nullable = false)
    boolean editing;
    @Column(length = 300)
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
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_area", joinColumns = @JoinColumn(name = "proposal_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40)
    Set<TechnologyArea> areas = EnumSet.noneOf(TechnologyArea.class);
    /** Answers to the firm's custom questions by position in the form. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_answer", joinColumns = @JoinColumn(name = "proposal_id"))
    @MapKeyColumn(name = "pos")
    @Lob
    @Column(name = "answer")
    Map<Integer, String> answers = new HashMap<>();
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by", length = 150)
    String updatedBy;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "submission_version", nullable = false)
    int submissionVersion;
    @Column(name = "content_hash", length = 64)
    String contentHash;
    @Column(name = "outcome_note", length = 2000)
    String outcomeNote;
    @Column(name = "outcome_at")
    Instant outcomeAt;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;
    /** When {@link ProposalRetention} deleted the content; the row stays as the record of the selection. */
    @Column(name = "purged_at")
    Instant purgedAt;
    @Column(name = "purge_reason", length = 40)
    String purgeReason;

    protected Proposal() {
    }

    Proposal(long challengeId, String challengeTitle, Instant closesAt, long organisationId, long leadUserId, Instant now) {
        this.challengeId = challengeId;
        this.challengeTitle = challengeTitle;
        this.challengeClosesAt = closesAt;
        this.organisationId = organisationId;
        this.leadUserId = leadUserId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The team may change the working copy: a draft, or a submission reopened for changes. */
    boolean isEditable() {
        return status == ProposalStatus.DRAFT || status == ProposalStatus.SUBMITTED && editing;
    }

    /** A purged proposal's files and documents answer that the content was deleted, not "not found". */
    void refuseIfPurged() {
        if (purgedAt != null) {
            throw new UserFacingException("proposal.purged.download");
        }
    }

    /** How the audit log names this proposal. */
    String subject() {
        return "proposal:" + getId();
    }
}
