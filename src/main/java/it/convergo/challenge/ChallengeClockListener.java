package it.convergo.challenge;

import it.convergo.audit.AuditLog;
import it.convergo.workflow.ChallengeClock;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a challenge to OPEN or CLOSED when its lifecycle's timer fires (or the firm closes it early),
 * inside the workflow's transaction, so the state and the process never disagree. Idempotent: an overdue
 * timer fired twice, or for a challenge already in that state, changes nothing.
 */
@Component
class ChallengeClockListener {

    private final ChallengeRepository challenges;
    private final AuditLog audit;
    private final Clock clock;

    ChallengeClockListener(ChallengeRepository challenges, AuditLog audit, Clock clock) {
        this.challenges = challenges;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ChallengeClock tick) {
        challenges.findById(tick.challengeId()).ifPresent(c -> {
            ChallengeStatus before = c.status;
            switch (tick.moment()) {
                case OPENS -> {
                    if (c.status == ChallengeStatus.SCHEDULED) {
                        c.status = ChallengeStatus.OPEN;
                        c.stage = c.twoStage ? ChallengeStage.OUTLINE : null;
                    }
                }
                case OUTLINE_CLOSES -> stage(c, ChallengeStage.OUTLINE, ChallengeStage.SHORTLIST, "challenge.outlineClosed");
                case FULL_STAGE_OPENS -> {
                    if (c.stage == ChallengeStage.SHORTLIST) {
                        c.shortlistConfirmedAt = clock.instant();
                    }
                    stage(c, ChallengeStage.SHORTLIST, ChallengeStage.FULL, "challenge.fullStageOpened");
                }
                case CLOSES -> {
                    if (c.status == ChallengeStatus.SCHEDULED || c.status == ChallengeStatus.OPEN) {
                        c.status = ChallengeStatus.CLOSED;
                    }
                }
                case RESULTS_PUBLISHED -> c.status = ChallengeStatus.DECIDED;
            }
            if (before != c.status) {
                c.updatedAt = clock.instant();
                audit.record("challenge." + c.status.name().toLowerCase(java.util.Locale.ROOT), "challenge:" + c.getId(), c.title);
            }
        });
    }

    private void stage(Challenge c, ChallengeStage from, ChallengeStage to, String auditKey) {
        if (c.twoStage && c.stage == from) {
            c.stage = to;
            c.updatedAt = clock.instant();
            audit.record(auditKey, "challenge:" + c.getId(), c.title);
        }
    }
}
