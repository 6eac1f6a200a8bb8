package it.convergo.challenge;

import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.workflow.ChallengeLifecycle;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves the closing time of a published challenge: later is always allowed, earlier only while nobody has
 * submitted. The lifecycle's timer follows, followers are mailed and {@link DeadlineChanged} is published.
 */
@Component
class Deadlines {

    private final ChallengeLifecycle lifecycle;
    private final ProposalCounts proposals;
    private final ChallengeMail mail;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Deadlines(ChallengeLifecycle lifecycle, ProposalCounts proposals, ChallengeMail mail, AuditLog audit,
              ApplicationEventPublisher events) {
        this.lifecycle = lifecycle;
        this.proposals = proposals;
        this.mail = mail;
        this.audit = audit;
        this.events = events;
    }

    void move(Challenge c, Instant closes, Instant now) {
        Instant previous = c.closesAt;
        if (closes.equals(previous)) {
            return;
        }
        if (!closes.isAfter(now)) {
            throw new UserFacingException("challenge.error.closesInPast");
        }
        if (c.opensAt != null && !closes.isAfter(c.opensAt)) {
            throw new UserFacingException("challenge.error.closesBeforeOpens");
        }
        if (c.twoStage && c.outlineClosesAt != null && !closes.isAfter(c.outlineClosesAt)) {
            throw new UserFacingException("challenge.error.outlineDates");
        }
        if (c.evaluationEndsAt != null && c.evaluationEndsAt.isBefore(closes)) {
            throw new UserFacingException("challenge.error.evaluationBeforeClose");
        }
        if (closes.isBefore(previous) && proposals.submitted(c.getId()) > 0) {
            throw new UserFacingException("challenge.error.deadlineEarlier");
        }
        c.closesAt = closes;
        lifecycle.reschedule(c.getId(), closes);
        audit.record("challenge.deadlineChanged", c.subject(), previous + " -> " + closes);
        mail.deadlineMoved(c, previous, closes);
        events.publishEvent(new DeadlineChanged(c.getId(), previous, closes));
    }
}
