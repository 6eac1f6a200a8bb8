package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisations;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's editor: new drafts, saving (with optimistic locking and the rules for published challenges),
 * what is missing before publication, clones, and the organisations a firm can invite. Only the firm's
 * managers (and admins) reach a challenge; anyone else gets "not found".
 */
@Service
public class ChallengeEditor {

    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final Slugs slugs;
    private final Deadlines deadlines;
    private final ProposalCounts proposals;
    private final NdaRepository ndas;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    ChallengeEditor(ChallengeRepository challenges, ChallengeGuard guard, Slugs slugs, Deadlines deadlines,
                    ProposalCounts proposals, NdaRepository ndas, Organisations organisations, AuditLog audit, Clock clock) {
        this.challenges = challenges;
        this.guard = guard;
        this.slugs = slugs;
        this.deadlines = deadlines;
        this.proposals = proposals;
        this.ndas = ndas;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fresh draft with the defaults of public funding practice, in the firm manager's language. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    public ChallengeDraft newDraft(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        ChallengeDraft d = new ChallengeDraft();
        d.setLanguage(italian ? "it" : "en");
        d.setCriteria(new ArrayList<>(CriterionDef.defaults(italian)));
        LocalDateTime nextWeek = LocalDate.now(clock.withZone(Times.ROME)).plusDays(7).atTime(LocalTime.of(9, 0));
        d.setOpensAt(nextWeek);
        d.setClosesAt(nextWeek.plusDays(60).withHour(17));
        return d;
    }

    /** The firm's own challenge, ready to edit. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ChallengeDraft draft(long id) {
        return DraftMapping.toDraft(guard.owned(id));
    }

    /**
     * Creates the challenge (id null) or saves changes to it. The draft must carry the version it was read
     * at; if someone saved in between, nothing is written and {@link ObjectOptimisticLockingFailureException}
     * tells the caller to reload. On success the draft gets its id and the new version.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public long save(ChallengeDraft draft) {
        ChallengeValidation.checkSavable(draft);
        Instant now = clock.instant();
        Challenge c;
        if (draft.getId() == null) {
            AccountPrincipal user = CurrentUser.require();
            if (!user.has(Role.FIRM_MANAGER) || user.organisationId() == null) {
                throw new UserFacingException("error.accessDenied");
            }
            String firmName = organisations.name(user.organisationId()).orElseThrow(ChallengeGuard::notFound);
            c = new Challenge(user.organisationId(), now);
            DraftMapping.apply(draft, c, true);
            c.slug = slugs.unique(draft.getTitle(), null);
            c.refreshSearchText(firmName);
            c = challenges.saveAndFlush(c);
            audit.record("challenge.created", c.subject(), c.title);
        } else {
            c = guard.owned(draft.getId());
            if (c.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Challenge.class, c.getId());
            }
            if (c.isOver()) {
                throw new UserFacingException("challenge.error.closedNoEdits");
            }
            if (c.status == ChallengeStatus.DRAFT) {
                DraftMapping.apply(draft, c, true);
                c.slug = slugs.unique(draft.getTitle(), c.getId());
            } else {
                applyToPublished(draft, c, now);
            }
            c.updatedAt = now;
            c.refreshSearchText(organisations.name(c.firmId).orElse(""));
            challenges.saveAndFlush(c);
            audit.record("challenge.saved", c.subject(), c.title);
        }
        draft.setId(c.getId());
        draft.setVersion(c.getVersion());
        return c.getId();
    }

    /** What is still missing before the challenge can be published (translation keys; empty when ready). */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> missingForPublish(long id) {
        return ChallengeValidation.missingForPublish(DraftMapping.toDraft(guard.owned(id)), clock.instant());
    }

    /** A new draft copied from one of the firm's challenges, without dates, files or questions asked. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public long cloneChallenge(long id) {
        Challenge source = guard.owned(id);
        AccountPrincipal user = CurrentUser.require();
        if (user.organisationId() == null || user.organisationId() != source.firmId) {
            throw ChallengeGuard.notFound();
        }
        ChallengeDraft d = DraftMapping.toDraft(source);
        d.setId(null);
        d.setVersion(0);
        d.setOpensAt(null);
        d.setClosesAt(null);
        d.setEvaluationEndsAt(null);
        d.setResultsAt(null);
        String suffix = "it".equals(source.language) ? " (copia)" : " (copy)";
        String title = source.title.length() + suffix.length() > ChallengeLimits.TITLE
                ? source.title.substring(0, ChallengeLimits.TITLE - suffix.length()) : source.title;
        d.setTitle(title + suffix);
        long newId = save(d);
        audit.record("challenge.cloned", "challenge:" + newId, "from " + source.subject());
        return newId;
    }

    /** Organisations a firm can invite, by name (its own excluded), one page. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    public List<OrganisationChoice> organisationChoices(String search, Pageable pageable) {
        Long own = CurrentUser.require().organisationId();
        return organisations.search(search, own == null ? -1L : own, pageable).stream()
                .map(o -> new OrganisationChoice(o.id(), o.name())).toList();
    }

    /** Names of the given organisations, to show who is invited. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    public List<OrganisationChoice> organisationChoices(Set<Long> ids) {
        return organisations.names(ids).entrySet().stream().map(e -> new OrganisationChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(OrganisationChoice::name)).toList();
    }

    /**
     * Changes to a published challenge: the opening time is fixed, the closing time follows the deadline
     * rules, and once someone has submitted, criteria and form cannot change.
     */
    private void applyToPublished(ChallengeDraft d, Challenge c, Instant now) {
        Instant opens = ChallengeValidation.rome(d.getOpensAt());
        Instant closes = ChallengeValidation.rome(d.getClosesAt());
        if (!Objects.equals(opens, c.opensAt)) {
            throw new UserFacingException("challenge.error.opensFixed");
        }
        if (proposals.submitted(c.getId()) > 0 && Promises.changedBy(d, c)) {
            throw new UserFacingException("challenge.error.promisesFrozen");
        }
        String oldNda = c.ndaText;
        boolean oldNdaRequired = c.ndaRequired;
        Instant oldCloses = c.closesAt;
        DraftMapping.apply(d, c, false);
        if (closes == null) {
            throw new UserFacingException("challenge.missing.dates");
        }
        if (!closes.equals(oldCloses)) {
            deadlines.move(c, closes, now);
        }
        if (c.ndaRequired && c.ndaText == null) {
            throw new UserFacingException("challenge.missing.nda");
        }
        if (c.ndaRequired && (!oldNdaRequired || !Objects.equals(oldNda, c.ndaText))) {
            c.ndaVersion++;
            ndas.save(new NdaVersion(c.getId(), c.ndaVersion, c.ndaText, now));
        }
    }
}
