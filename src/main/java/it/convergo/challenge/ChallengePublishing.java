package it.convergo.challenge;

import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.workflow.ChallengeLifecycle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A challenge's life in public: publishing it (from then on the {@code challenge-lifecycle} process opens and
 * closes it at its exact times), moving its deadline and closing it early. Firm managers and admins only.
 */
@Service
public class ChallengePublishing {

    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final Deadlines deadlines;
    private final NdaRepository ndas;
    private final ChallengeLifecycle lifecycle;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChallengePublishing(ChallengeRepository challenges, ChallengeGuard guard, Deadlines deadlines, NdaRepository ndas,
                        ChallengeLifecycle lifecycle, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.challenges = challenges;
        this.guard = guard;
        this.deadlines = deadlines;
        this.ndas = ndas;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a complete draft. The version must be the one the firm saw. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void publish(long id, long expectedVersion) {
        Challenge c = guard.owned(id);
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Challenge.class, id);
        }
        if (c.status != ChallengeStatus.DRAFT) {
            throw new UserFacingException("challenge.error.alreadyPublished");
        }
        ChallengeDraft d = DraftMapping.toDraft(c);
        ChallengeValidation.checkSavable(d);
        if (!ChallengeValidation.missingForPublish(d, clock.instant()).isEmpty()) {
            throw new UserFacingException("challenge.error.incomplete");
        }
        Instant now = clock.instant();
        c.status = ChallengeStatus.SCHEDULED;
        c.publishedAt = now;
        c.updatedAt = now;
        if (c.ndaRequired) {
            c.ndaVersion = 1;
            ndas.save(new NdaVersion(c.getId(), 1, c.ndaText, now));
        }
        challenges.saveAndFlush(c);
        if (c.twoStage) {
            lifecycle.startTwoStage(c.getId(), c.opensAt, c.outlineClosesAt, c.closesAt, c.firmId);
        } else {
            lifecycle.start(c.getId(), c.opensAt, c.closesAt);
        }
        events.publishEvent(new ChallengePublished(c.getId()));
        audit.record("challenge.published", c.subject(), c.title + " " + c.opensAt + " - " + c.closesAt);
    }

    /**
     * Moves the closing time of a published challenge (Europe/Rome wall clock). Extending is always
     * allowed while it is open or upcoming; bringing it forward is refused once someone has submitted.
     * Followers are mailed and {@link DeadlineChanged} is published for the proposals feature.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void changeDeadline(long id, LocalDateTime newClosesAt) {
        Challenge c = guard.owned(id);
        if (!c.isLive()) {
            throw new UserFacingException("challenge.error.notLive");
        }
        if (newClosesAt == null) {
            throw new UserFacingException("challenge.missing.dates");
        }
        deadlines.move(c, ChallengeValidation.rome(newClosesAt), clock.instant());
        c.updatedAt = clock.instant();
        challenges.saveAndFlush(c);
    }

    /**
     * Closes an open challenge now; the lifecycle's clock sets the state. In the outline stage of a two-stage
     * challenge it closes the outlines only.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void closeEarly(long id) {
        Challenge c = guard.owned(id);
        if (c.status != ChallengeStatus.OPEN) {
            throw new UserFacingException("challenge.error.notOpen");
        }
        if (c.twoStage && c.stage != ChallengeStage.FULL) {
            // in the outline stage this closes the outlines (the shortlist follows); in between nothing is open
            lifecycle.closeNow(id);
            c.outlineClosesAt = clock.instant();
            audit.record("challenge.outlineClosedEarly", c.subject(), c.title);
            return;
        }
        lifecycle.closeNow(id);
        // the closing date is now, not the planned one: pages must not frame a closed call as closing later
        Instant planned = c.closesAt;
        c.closesAt = clock.instant();
        events.publishEvent(new DeadlineChanged(c.getId(), planned, c.closesAt));
        audit.record("challenge.closedEarly", c.subject(), c.title);
    }
}
