package it.convergo.network;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisation logos in the network. Any member who may save the organisation's profile uploads, replaces or
 * removes its logo (once the profile has been saved: the logo belongs to it). A logo is shown to whoever may see
 * the profile: everybody for a listed profile, only the organisation itself for an unlisted one.
 */
@Service
public class ProfileLogos {

    /** The largest file accepted, the largest picture (pixels a side) and the side of the kept logo. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_PIXELS = 4000;
    public static final int SIDE = 256;

    /** Stands for "no organisation" in the visibility queries (ids are positive). */
    private static final long NOBODY = -1;

    private final ProfileLogoRepository logos;
    private final InnovatorProfileRepository profiles;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    ProfileLogos(ProfileLogoRepository logos, InnovatorProfileRepository profiles, TransactionTemplate transactions,
                 AuditLog audit, Clock clock) {
        this.logos = logos;
        this.profiles = profiles;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the logo of my organisation, replacing any previous one. The image is checked and re-encoded before
     * the transaction (CPU work never holds a connection); a refusal throws a translated message and changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public void upload(byte[] bytes) {
        long organisation = myOrganisation();
        byte[] png = LogoImages.normalise(bytes);
        transactions.executeWithoutResult(status -> {
            if (profiles.findByOrganisationId(organisation).isEmpty()) {
                throw new UserFacingException("network.logo.error.saveFirst");
            }
            ProfileLogo logo = logos.findById(organisation).orElseGet(() -> new ProfileLogo(organisation));
            logo.content = png;
            logo.contentType = "image/png";
            logo.updatedAt = clock.instant();
            logos.save(logo);
            audit.record("network.logoUploaded", "organisation:" + organisation, png.length + " bytes");
        });
    }

    /** Removes my organisation's logo, if it has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove() {
        long organisation = myOrganisation();
        if (logos.existsById(organisation)) {
            logos.deleteById(organisation);
            audit.record("network.logoRemoved", "organisation:" + organisation, null);
        }
    }

    /** The logo (a PNG) of an organisation whose profile this reader may see; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<byte[]> logo(long organisationId) {
        return logos.content(organisationId, reader());
    }

    /** Which of these organisations have a logo this reader may see: one query, no image bytes. */
    @Transactional(readOnly = true)
    public Set<Long> shown(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? Set.of() : new HashSet<>(logos.shown(organisationIds, reader()));
    }

    private static long reader() {
        return CurrentUser.get().map(AccountPrincipal::organisationId).orElse(NOBODY);
    }

    private static long myOrganisation() {
        Long organisation = CurrentUser.require().organisationId();
        if (organisation == null) {
            throw new UserFacingException("network.error.noOrganisation");
        }
        return organisation;
    }
}
