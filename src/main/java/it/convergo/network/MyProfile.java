package it.convergo.network;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.Consents;
import it.convergo.account.CurrentUser;
import it.convergo.account.OrganisationType;
import it.convergo.account.Organisations;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's organisation profile: read, save (any member of the organisation may; a concurrent
 * save is refused), join or leave the directory. Every save re-indexes the profile in its transaction, so the
 * directory shows the new text, and no longer shows a profile that left, as soon as it commits.
 */
@Service
public class MyProfile {

    private final InnovatorProfileRepository profiles;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final Consents consents;
    @PersistenceContext
    private EntityManager entityManager;

    MyProfile(InnovatorProfileRepository profiles, Organisations organisations, AuditLog audit, Clock clock,
              Consents consents) {
        this.consents = consents;
        this.profiles = profiles;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profile of my organisation; a new, unlisted one with the default visibilities if it has none yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProfileForm load() {
        long organisation = myOrganisation();
        return profiles.findByOrganisationId(organisation).map(ProfileMapping::form).orElseGet(() -> {
            ProfileForm fresh = new ProfileForm();
            for (ProfileField field : ProfileField.values()) {
                fresh.setVisibility(field, field.byDefault());
            }
            fresh.setOpenToPartnering(true);
            return fresh;
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Completeness completeness(ProfileForm form) {
        return Completeness.of(form, organisations.type(myOrganisation()).orElse(OrganisationType.OTHER));
    }

    /** Saves my organisation's profile; the form gets the new version. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void save(ProfileForm form) {
        AccountPrincipal me = CurrentUser.require();
        long organisation = myOrganisation();
        ProfileMapping.check(form);
        Instant now = clock.instant();
        Optional<InnovatorProfile> existing = profiles.findByOrganisationId(organisation);
        InnovatorProfile profile;
        boolean wasListed;
        if (existing.isPresent()) {
            profile = existing.get();
            if (profile.getVersion() != form.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(InnovatorProfile.class, profile.getId());
            }
            wasListed = profile.listed;
        } else {
            profile = new InnovatorProfile(organisation, organisations.name(organisation).orElse(""),
                    organisations.type(organisation).orElse(OrganisationType.OTHER), now);
            wasListed = false;
        }
        ProfileMapping.apply(form, profile);
        profile.organisationName = organisations.name(organisation).orElse(profile.organisationName);
        profile.updatedAt = now;
        profile.updatedBy = me.email();
        profile = profiles.saveAndFlush(profile);
        Search.session(entityManager).indexingPlan().addOrUpdate(profile);
        String subject = "organisation:" + organisation;
        audit.record("network.profileSaved", subject, null);
        if (wasListed != profile.listed) {
            audit.record(profile.listed ? "network.joined" : "network.left", subject, null);
            // publishing is the member's consent to the listing, leaving withdraws it (GDPR article 7)
            consents.directoryListing(profile.listed);
        }
        form.setVersion(profile.getVersion());
    }

    private static long myOrganisation() {
        Long organisation = CurrentUser.require().organisationId();
        if (organisation == null) {
            throw new UserFacingException("network.error.noOrganisation");
        }
        return organisation;
    }
}
