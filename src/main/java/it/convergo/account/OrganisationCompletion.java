package it.convergo.account;

import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step an applicant made by single sign-on takes before proposing: naming their organisation, with the same
 * rules as the registration form (an organisation already registered with the VAT number is joined, a new one
 * needs its own fields). An applicant who already belongs to an organisation cannot change it here.
 */
@Service
public class OrganisationCompletion {

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationCompletion(UserRepository users, OrganisationRepository organisations, AuditLog audit, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in person still has to name their organisation. */
    public static boolean isDue(AccountPrincipal user) {
        return user.has(Role.APPLICANT) && user.organisationId() == null;
    }

    /**
     * Joins or registers the organisation and answers the principal the session holds from now on. The form's
     * address, name and password are not read: the account has them (or, for the password, needs none).
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public AccountPrincipal complete(RegistrationForm form) {
        AccountPrincipal me = CurrentUser.require();
        UserAccount user = users.findById(me.userId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (user.getOrganisation() != null) {
            throw new UserFacingException("organisation.complete.already");
        }
        RegistrationForm mine = new RegistrationForm(user.getEmail(), user.getFullName(), null, form.organisationName(),
                form.organisationType(), form.country(), form.vatNumber(), form.region(), form.size(), null);
        String country = mine.normalisedCountry();
        String vat = country.matches("[A-Z]{2}") ? VatNumbers.normalise(country, form.vatNumber()) : "";
        Organisation organisation = organisations.findByCountryAndVatNumber(country, vat).orElse(null);
        firstProblem(mine.problems(organisation == null));
        if (organisation == null) {
            Region region = "IT".equals(country) ? mine.region() : Region.ABROAD;
            organisation = organisations.save(new Organisation(mine.organisationName().trim(), mine.organisationType(),
                    country, vat, region, mine.size(), clock.instant()));
        }
        user.setOrganisation(organisation);
        audit.record("account.organisationCompleted", "user:" + user.getId(), organisation.getName());
        AccountPrincipal completed = new AccountPrincipal(me.userId(), me.email(), me.fullName(), organisation.getId(),
                organisation.getName(), me.roles(), user.getPasswordHash(), me.isEnabled(), !me.isAccountNonLocked());
        completed.eraseCredentials();
        return completed;
    }

    /** The registration's checks of the organisation's fields; the password is not part of this step. */
    private static void firstProblem(Map<String, String> problems) {
        problems.remove("password");
        problems.values().stream().findFirst().ifPresent(key -> {
            throw new UserFacingException(key);
        });
    }
}
