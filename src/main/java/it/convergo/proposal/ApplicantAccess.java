package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.RequestArrival;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeRules;
import it.convergo.challenge.StagePlan;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which proposal the signed-in applicant may read, and whether they may change it now. A foreign id answers
 * "not found", so ids cannot be probed; a change is refused once the request arrived outside the challenge's
 * opening window, whatever the browser shows. Runs in the caller's transaction.
 */
@Component
class ApplicantAccess {

    private final ProposalRepository proposals;
    private final ProposalMemberRepository members;
    private final Challenges challenges;
    private final ReaderLocale readerLocale;
    private final Clock clock;

    ApplicantAccess(ProposalRepository proposals, ProposalMemberRepository members, Challenges challenges,
                    ReaderLocale readerLocale, Clock clock) {
        this.proposals = proposals;
        this.members = members;
        this.challenges = challenges;
        this.readerLocale = readerLocale;
        this.clock = clock;
    }

    /** One of the signed-in applicant's proposals: their organisation's or one they were invited to. */
    Proposal mine(long id) {
        AccountPrincipal user = CurrentUser.require();
        Proposal p = proposals.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean ownOrganisation = user.organisationId() != null && user.organisationId() == p.organisationId;
        if (!user.has(Role.APPLICANT) || !(ownOrganisation || members.existsByProposalIdAndEmail(id, user.email()))) {
            throw new UserFacingException("error.notFound");
        }
        return p;
    }

    /** One of the applicant's proposals whose working copy the team may change now. */
    Proposal editable(long id) {
        return editable(id, RequestArrival.orNow(clock));
    }

    Proposal editable(long id, Instant arrival) {
        Proposal p = mine(id);
        requireOpen(p, challenges.rules(p.challengeId), arrival);
        if (!p.isEditable()) {
            throw new UserFacingException(p.status == ProposalStatus.SUBMITTED ? "proposal.error.reopenFirst"
                    : "proposal.error.notEditable");
        }
        return p;
    }

    void requireLead(Proposal p) {
        if (p.leadUserId != CurrentUser.require().userId()) {
            throw new UserFacingException("proposal.error.leadOnly");
        }
    }

    /** Refuses a change when the request arrived outside the challenge's opening window. */
    void requireOpen(ChallengeRules c) {
        requireOpen(c, RequestArrival.orNow(clock));
    }

    void requireOpen(ChallengeRules c, Instant now) {
        if (!c.openAt(now)) {
            throw notOpen(c, now);
        }
    }

    /**
     * Refuses a change to this proposal when the request arrived outside the window of its stage: an outline only
     * while outlines are accepted, a full proposal of a two-stage challenge only in the full stage.
     */
    void requireOpen(Proposal p, ChallengeRules c, Instant now) {
        requireStage(p, c, now);
        requireOpen(c, now);
    }

    void requireOpen(Proposal p, ChallengeRules c) {
        requireOpen(p, c, RequestArrival.orNow(clock));
    }

    private void requireStage(Proposal p, ChallengeRules c, Instant now) {
        StagePlan stages = c.stages();
        if (!stages.twoStage()) {
            return;
        }
        if (p.stage == ProposalStage.OUTLINE && !stages.acceptsOutlines()) {
            if (Boolean.FALSE.equals(p.shortlisted) && stages.shortlistConfirmedAt() != null) {
                throw new UserFacingException("proposal.error.notShortlisted");
            }
            throw new UserFacingException("proposal.error.outlineClosed",
                    Times.format(stages.outlineClosesAt(), readerLocale.get()));
        }
        if (p.stage == ProposalStage.FULL && !stages.acceptsFullProposals()) {
            throw notOpen(c, now);
        }
    }

    /** The refusal for a request that arrived at {@code now}: after the deadline, closed early, or not open yet. */
    UserFacingException notOpen(ChallengeRules c, Instant now) {
        Locale locale = readerLocale.get();
        Instant outlineCloses = c.stages().acceptsOutlines() ? c.stages().outlineClosesAt() : null;
        if (outlineCloses != null && !now.isBefore(outlineCloses)) {
            return new UserFacingException("proposal.error.outlineClosed", Times.format(outlineCloses, locale));
        }
        if (c.closesAt() != null && !now.isBefore(c.closesAt())) {
            return new UserFacingException("proposal.error.closed", Times.format(c.closesAt(), locale));
        }
        if (c.status() == ChallengeStatus.CLOSED || c.status() == ChallengeStatus.DECIDED) {
            return new UserFacingException("proposal.error.closedEarly");
        }
        return new UserFacingException("proposal.error.notOpen", Times.format(c.opensAt(), locale));
    }

    /** The challenge still accepts changes at this instant. */
    boolean isOpen(long challengeId) {
        return challenges.isOpenForSubmission(challengeId, clock.instant());
    }

    /** The challenge accepts changes to this proposal, in its stage, at this instant. */
    boolean isOpen(Proposal p) {
        ChallengeRules c = challenges.rules(p.challengeId);
        try {
            requireOpen(p, c, clock.instant());
            return true;
        } catch (UserFacingException closed) {
            return false;
        }
    }
}
