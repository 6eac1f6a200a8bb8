package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may manage a challenge, checked on the server. A challenge the caller may not see
 * answers "not found", exactly like a missing one, so ids cannot be probed.
 */
@Component
class ChallengeGuard {

    private final ChallengeRepository challenges;
    private final ChallengeAccessRepository accesses;

    ChallengeGuard(ChallengeRepository challenges, ChallengeAccessRepository accesses) {
        this.challenges = challenges;
        this.accesses = accesses;
    }

    /** A challenge of the signed-in firm manager's firm (any challenge for an admin). */
    Challenge owned(long id) {
        AccountPrincipal user = CurrentUser.require();
        Challenge c = challenges.findById(id).orElseThrow(ChallengeGuard::notFound);
        if (!(user.has(Role.ADMIN) || owns(user, c))) {
            throw notFound();
        }
        return c;
    }

    /** An owned challenge that still takes changes (not closed or decided). */
    Challenge editable(long id) {
        Challenge c = owned(id);
        if (c.isOver()) {
            throw new UserFacingException("challenge.error.closedNoEdits");
        }
        return c;
    }

    /** A challenge this visitor may see. */
    Challenge visible(long id) {
        return challenges.findById(id).filter(this::canSee).orElseThrow(ChallengeGuard::notFound);
    }

    /** Its firm and admins see every state; others published ones that are public, or invited, or opened by code. */
    boolean canSee(Challenge c) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        if (user.isPresent() && (user.get().has(Role.ADMIN) || owns(user.get(), c))) {
            return true;
        }
        if (!c.status.isPublished()) {
            return false;
        }
        if (c.visibility == Visibility.PUBLIC) {
            return true;
        }
        return user.isPresent() && isVisibleTo(c, user.get().userId(), user.get().organisationId());
    }

    boolean isVisibleTo(Challenge c, long userId, Long organisationId) {
        return c.status.isPublished() && (c.visibility == Visibility.PUBLIC
                || organisationId != null && c.invitedOrganisations.contains(organisationId)
                || accesses.existsByChallengeIdAndUserIdAndGrantedTrue(c.getId(), userId));
    }

    /** The firm whose challenges the signed-in user manages: null for admins (all), -1 for a user without one. */
    static Long firmFilter() {
        AccountPrincipal user = CurrentUser.require();
        if (user.has(Role.ADMIN)) {
            return null;
        }
        return user.organisationId() == null ? -1L : user.organisationId();
    }

    static boolean owns(AccountPrincipal user, Challenge c) {
        return user.has(Role.FIRM_MANAGER) && user.organisationId() != null && user.organisationId() == c.firmId;
    }

    static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
