package it.convergo.network.exchange;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import java.util.Objects;

/** The signed-in member and their organisation, which every change on the exchange is made for. */
final class Members {

    private Members() {
    }

    /** The signed-in user, refused when they belong to no organisation (posts and interests are an organisation's). */
    static AccountPrincipal member() {
        AccountPrincipal me = CurrentUser.require();
        if (me.organisationId() == null) {
            throw new UserFacingException("network.error.noOrganisation");
        }
        return me;
    }

    /** Whether the signed-in user may post and express interest: a member of an organisation as applicant or firm. */
    static boolean mayAct() {
        return CurrentUser.get().filter(u -> u.organisationId() != null)
                .map(u -> u.has(Role.APPLICANT) || u.has(Role.FIRM_MANAGER)).orElse(false);
    }

    static long organisation() {
        return Objects.requireNonNull(member().organisationId());
    }

    /** Whether the signed-in user belongs to the organisation (false for visitors and users without one). */
    static boolean of(long organisationId) {
        return CurrentUser.get().map(AccountPrincipal::organisationId).map(o -> o == organisationId).orElse(false);
    }
}
