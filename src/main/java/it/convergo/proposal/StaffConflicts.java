package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicted firm staff: a manager of the firm declares a conflict with one of the proposals to its challenge
 * (with the reason, audited). From then on that manager no longer reads the proposal, its scores or its
 * discussion: {@link FirmProposals} and the evaluation's access checks ask {@link #hiddenFromMe()} and answer
 * "not found". A declaration cannot be withdrawn; colleagues carry on.
 */
@Service
public class StaffConflicts {

    public static final int REASON = 1000;

    private final StaffConflictRepository conflicts;
    private final FirmProposals firm;
    private final AuditLog audit;
    private final Clock clock;

    StaffConflicts(StaffConflictRepository conflicts, FirmProposals firm, AuditLog audit, Clock clock) {
        this.conflicts = conflicts;
        this.firm = firm;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in manager of the challenge's firm declares a conflict with this proposal. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public void declare(long proposalId, String reason) {
        AccountPrincipal user = CurrentUser.require();
        Proposal p = firm.proposal(proposalId);
        if (!user.has(Role.FIRM_MANAGER) || user.organisationId() == null) {
            throw new UserFacingException("error.notFound");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON) {
            throw new UserFacingException("proposal.staffConflict.error.reason", REASON);
        }
        if (conflicts.existsByProposalIdAndUserId(proposalId, user.userId())) {
            return;
        }
        conflicts.saveAndFlush(new StaffConflict(proposalId, user.userId(), why, clock.instant()));
        audit.record("proposal.staffConflict", p.subject(), user.fullName() + ": " + why);
    }

    /** The proposals the signed-in user declared a conflict with (none when nobody is signed in). */
    @Transactional(readOnly = true)
    public Set<Long> hiddenFromMe() {
        return me().map(id -> Set.copyOf(conflicts.proposalsOf(id))).orElse(Set.of());
    }

    /** Whether the signed-in user declared a conflict with this proposal. */
    @Transactional(readOnly = true)
    public boolean isHiddenFromMe(long proposalId) {
        return me().map(id -> conflicts.existsByProposalIdAndUserId(proposalId, id)).orElse(false);
    }

    private static Optional<Long> me() {
        return CurrentUser.get().map(AccountPrincipal::userId);
    }
}
