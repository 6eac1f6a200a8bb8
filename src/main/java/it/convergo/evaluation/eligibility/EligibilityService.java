package it.convergo.evaluation.eligibility;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.EvaluationTask;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 1 of the evaluation: the firm decides, one by one or in bulk, which proposals are eligible. */
@Service
public class EligibilityService {

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final EligibilityRepository decisions;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final RetryingTransactions retrying;

    EligibilityService(EvaluationAccess access, SubmittedProposals proposals, ProposalEvaluation workflow,
                       EligibilityRepository decisions, Notices notices, AuditLog audit,
                       Clock clock, RetryingTransactions retrying) {
        this.retrying = retrying;
        this.access = access;
        this.proposals = proposals;
        this.workflow = workflow;
        this.decisions = decisions;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every submitted proposal of the challenge with its eligibility, pending ones first. */
    @Transactional(readOnly = true)
    public List<EligibilityItem> items(long challengeId) {
        access.firmChallenge(challengeId);
        Map<Long, EligibilityDecision> decided = decisions.findByChallengeId(challengeId).stream()
                .collect(Collectors.toMap(d -> d.proposalId, Function.identity()));
        return access.visible(proposals.submittedTo(challengeId)).stream().map(p -> {
            EligibilityDecision d = decided.get(p.id());
            return new EligibilityItem(p.id(), p.title(), p.acronym(), p.organisationName(), p.submittedAt(),
                    d == null ? null : d.eligible, d == null ? null : d.reason, d == null ? null : d.note);
        }).sorted((a, b) -> Boolean.compare(!a.pending(), !b.pending())).toList();
    }

    /** For each of the challenges, how many proposals were found eligible; one query, no access check (the caller's). */
    @Transactional(readOnly = true)
    public Map<Long, Long> eligibleCounts(Collection<Long> challengeIds) {
        return challengeIds.isEmpty() ? Map.of() : decisions.countEligible(challengeIds).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /**
     * Decides eligibility for several proposals of one challenge at once. Not eligible needs a reason (and a
     * note when the reason is "other"); the applicant reads both. Two managers deciding the same proposals
     * at once both succeed: the first decision of each proposal counts, the other finds it decided and
     * leaves it alone (the race is retried, never shown).
     *
     * @return how many proposals this call decided; the others had been decided already
     */
    public int decide(long challengeId, Collection<Long> proposalIds, boolean eligible, IneligibilityReason reason,
                      String note) {
        return retrying.run(() -> decideOnce(challengeId, proposalIds, eligible, reason, note));
    }

    private int decideOnce(long challengeId, Collection<Long> proposalIds, boolean eligible, IneligibilityReason reason,
                           String note) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (proposalIds.isEmpty()) {
            throw new UserFacingException("evaluation.error.nothingSelected");
        }
        if (!eligible && reason == null) {
            throw new UserFacingException("evaluation.error.reasonRequired");
        }
        if (!eligible && reason == IneligibilityReason.OTHER && cleanNote == null) {
            throw new UserFacingException("evaluation.error.noteRequired");
        }
        if (cleanNote != null && cleanNote.length() > EvaluationLimits.ELIGIBILITY_NOTE) {
            throw new UserFacingException("evaluation.error.noteTooLong", EvaluationLimits.ELIGIBILITY_NOTE);
        }
        long userId = CurrentUser.require().userId();
        int decided = 0;
        // ascending ids: two managers' bulk decisions lock the proposals in the same order
        for (long proposalId : new TreeSet<>(proposalIds)) {
            ProposalSummary proposal = proposals.summary(proposalId);
            if (proposal.challengeId() != challengeId || access.hiddenFromMe(proposalId)) {
                throw new UserFacingException("error.notFound");
            }
            if (decisions.findByProposalId(proposalId).isPresent()
                    || !workflow.isWaitingIn(proposalId, EvaluationTask.ELIGIBILITY)) {
                continue;
            }
            decided++;
            // the decision first: the workflow's next step (the last "not eligible" opens the ranking) reads it
            decisions.saveAndFlush(new EligibilityDecision(proposalId, challengeId, eligible, eligible ? null : reason,
                    cleanNote, userId, clock.instant()));
            if (!workflow.decideEligibility(proposalId, eligible)) {
                // decided by a colleague between the check above and now: run again, the check finds it
                throw new ConcurrencyFailureException("eligibility of proposal " + proposalId + " decided meanwhile");
            }
            proposals.recordOutcome(proposalId, eligible ? ProposalStatus.ELIGIBLE : ProposalStatus.NOT_ELIGIBLE,
                    eligible ? null : reasonText(reason, cleanNote));
            audit.record(eligible ? "evaluation.eligible" : "evaluation.notEligible", "proposal:" + proposalId,
                    reason == null ? cleanNote : reason + (cleanNote == null ? "" : ": " + cleanNote));
            if (!eligible) {
                notices.toApplicants(proposal.organisationId(), "notEligible", "my-proposals", proposal.title(),
                        challenge.title());
            }
        }
        return decided;
    }

    /** The reason as the applicant reads it on "My proposals", in both languages since theirs is not known here. */
    /** The reason as its key, translated when the applicant reads it; the firm's note as written. */
    private static String reasonText(IneligibilityReason reason, String note) {
        return note == null ? reason.labelKey() : reason.labelKey() + "|" + note;
    }
}
