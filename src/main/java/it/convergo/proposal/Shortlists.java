package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisations;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeStage;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.workflow.ChallengeLifecycle;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's shortlist of a two-stage challenge: once the outlines have closed, the firm (its managers, or an
 * admin) says yes or no to each outline with a feedback text, then confirms the whole shortlist once. The
 * confirmation completes the lifecycle's "Shortlist outlines" step; its "Tell applicants" step then invites the
 * shortlisted and sends the others their feedback ({@link ShortlistNotices}). Nothing changes after that.
 */
@Service
public class Shortlists {

    /** The longest feedback a firm may write on an outline. */
    public static final int FEEDBACK_MAX = 2000;

    private final OutlineRepository outlines;
    private final Challenges challenges;
    private final Organisations organisations;
    private final ChallengeLifecycle lifecycle;
    private final AuditLog audit;
    private final Clock clock;

    Shortlists(OutlineRepository outlines, Challenges challenges, Organisations organisations, ChallengeLifecycle lifecycle,
               AuditLog audit, Clock clock) {
        this.outlines = outlines;
        this.challenges = challenges;
        this.organisations = organisations;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the outlines of one of the firm's two-stage challenges, once the outline stage has closed. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OutlineRow> outlines(long challengeId, Pageable page) {
        mayRead(challengeId);
        List<OutlineRepository.Row> rows = outlines.outlines(challengeId, ProposalStatus.submittedStates(), page);
        Map<Long, String> names = organisations.names(rows.stream().map(OutlineRepository.Row::organisationId).distinct().toList());
        return rows.stream().map(r -> new OutlineRow(r.id(), r.title(), Texts.orEmpty(r.acronym()), Texts.orEmpty(r.abstractText()),
                names.getOrDefault(r.organisationId(), ""), r.submittedAt(), r.shortlisted(), r.feedback())).toList();
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countOutlines(long challengeId) {
        mayRead(challengeId);
        return outlines.countOutlines(challengeId, ProposalStatus.submittedStates());
    }

    /** How many outlines are invited, get feedback only, are undecided; whether the shortlist is still open. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ShortlistCounts counts(long challengeId) {
        ChallengeView c = mayRead(challengeId);
        boolean confirmed = c.stages().shortlistConfirmedAt() != null;
        if (confirmed) {
            List<OutlineRepository.Row> all = outlines.outlines(challengeId, ProposalStatus.submittedStates(), Pageable.unpaged());
            long invited = all.stream().filter(r -> Boolean.TRUE.equals(r.shortlisted())).count();
            return new ShortlistCounts(invited, all.size() - invited, 0, true, false);
        }
        List<Proposal> pending = outlines.submittedOutlines(challengeId, ProposalStatus.submittedStates());
        long invited = pending.stream().filter(p -> Boolean.TRUE.equals(p.shortlisted)).count();
        long feedback = pending.stream().filter(p -> Boolean.FALSE.equals(p.shortlisted)).count();
        return new ShortlistCounts(invited, feedback, pending.size() - invited - feedback, false,
                c.stages().stage() == ChallengeStage.SHORTLIST);
    }

    /**
     * Records the firm's decision on one outline: shortlisted or not, with feedback for the applicant (required
     * when not shortlisted). Can be changed until the shortlist is confirmed; the same decision twice changes nothing.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void decide(long proposalId, boolean shortlisted, String feedback) {
        Proposal p = outlines.findById(proposalId).orElseThrow(() -> new UserFacingException("error.notFound"));
        ChallengeView c = mayRead(p.challengeId);
        requireShortlisting(c);
        if (p.stage != ProposalStage.OUTLINE || !p.status.isSubmitted()) {
            throw new UserFacingException("error.notFound");
        }
        String text = feedback == null || feedback.isBlank() ? null : feedback.trim();
        if (text != null && text.length() > FEEDBACK_MAX) {
            throw new UserFacingException("shortlist.error.feedbackTooLong", FEEDBACK_MAX);
        }
        if (!shortlisted && text == null) {
            throw new UserFacingException("shortlist.error.feedbackRequired");
        }
        if (Boolean.valueOf(shortlisted).equals(p.shortlisted) && java.util.Objects.equals(text, p.shortlistFeedback)) {
            return;
        }
        p.shortlisted = shortlisted;
        p.shortlistFeedback = text;
        p.shortlistBy = CurrentUser.require().userId();
        p.shortlistAt = clock.instant();
        outlines.saveAndFlush(p);
        audit.record("proposal.shortlistDecided", p.subject(), shortlisted ? "shortlisted" : "not shortlisted");
    }

    /**
     * Confirms the shortlist: every outline must be decided and the full stage's deadline still ahead. The
     * lifecycle then tells the applicants and opens the full stage, in this transaction. A second confirmation
     * (double click, second tab) is refused and changes nothing.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public ShortlistCounts confirm(long challengeId) {
        ChallengeView c = mayRead(challengeId);
        requireShortlisting(c);
        ShortlistCounts counts = counts(challengeId);
        if (counts.undecided() > 0) {
            throw new UserFacingException("shortlist.error.undecided", counts.undecided());
        }
        if (!clock.instant().isBefore(c.closesAt())) {
            throw new UserFacingException("shortlist.error.fullDeadlinePassed");
        }
        audit.record("challenge.shortlistConfirmed", "challenge:" + challengeId,
                counts.invited() + " invited, " + counts.feedbackOnly() + " feedback");
        lifecycle.confirmShortlist(challengeId);
        return counts;
    }

    private static void requireShortlisting(ChallengeView c) {
        if (!c.stages().twoStage() || c.stages().stage() != ChallengeStage.SHORTLIST) {
            throw new UserFacingException(c.stages().shortlistConfirmedAt() != null ? "shortlist.error.confirmed"
                    : "shortlist.error.notShortlisting");
        }
    }

    /** A two-stage challenge of the signed-in manager's firm (any for an admin) whose outline stage has closed. */
    private ChallengeView mayRead(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        ChallengeView c = challenges.find(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean own = user.has(Role.FIRM_MANAGER) && user.organisationId() != null && user.organisationId() == c.firmId();
        if (!own && !user.has(Role.ADMIN) || !c.stages().twoStage()) {
            throw new UserFacingException("error.notFound");
        }
        if (c.stages().stage() == null || c.stages().stage() == ChallengeStage.OUTLINE) {
            throw new UserFacingException("shortlist.error.outlinesOpen");
        }
        return c;
    }
}
