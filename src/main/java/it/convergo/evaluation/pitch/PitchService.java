package it.convergo.evaluation.pitch;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingView;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.workflow.PitchDayFlow;
import it.convergo.workflow.RetryingTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's side of the pitch day: plan it once the proposals have final scores (and before any decision),
 * move slots, send the invitations (again after a move: only the moved slots, same entry, higher SEQUENCE),
 * close the jury's scoring early. Only the challenge's firm managers and admins; every rule is checked here,
 * whatever the screen shows.
 */
@Service
public class PitchService {

    /** How long the jury has to submit after the last slot ends. */
    static final Duration SCORING_TIME = Duration.ofDays(2);
    static final int MAX_CRITERIA = 10;

    private final EvaluationAccess access;
    private final ResultsService results;
    private final Seats seats;
    private final PitchDayRepository days;
    private final PitchCriterionRepository criteria;
    private final PitchSlotRepository slots;
    private final PitchJurorRepository jurors;
    private final PitchDayFlow flow;
    private final PitchMail mail;
    private final AccountService accounts;
    private final RetryingTransactions retrying;
    private final AuditLog audit;
    private final Clock clock;

    PitchService(EvaluationAccess access, ResultsService results, Seats seats, PitchDayRepository days,
                 PitchCriterionRepository criteria, PitchSlotRepository slots, PitchJurorRepository jurors,
                 PitchDayFlow flow, PitchMail mail, AccountService accounts, RetryingTransactions retrying,
                 AuditLog audit, Clock clock) {
        this.access = access;
        this.results = results;
        this.seats = seats;
        this.days = days;
        this.criteria = criteria;
        this.slots = slots;
        this.jurors = jurors;
        this.flow = flow;
        this.mail = mail;
        this.accounts = accounts;
        this.retrying = retrying;
        this.audit = audit;
        this.clock = clock;
    }

    /** The challenge's pitch day, if the firm planned one. */
    @Transactional(readOnly = true)
    public Optional<PitchDayView> of(long challengeId) {
        access.firmChallenge(challengeId);
        return days.findByChallengeId(challengeId).map(this::view);
    }

    /**
     * Whether a pitch day can be planned now: every proposal has its final scores (the ranking waits for the
     * decision), the deciding ranking is chosen, and nothing is decided or published yet. Empty when it can,
     * otherwise the translation key of the reason.
     */
    @Transactional(readOnly = true)
    public Optional<String> cannotPlanBecause(long challengeId) {
        RankingView ranking = results.ranking(challengeId);
        if (ranking.publishedAt() != null || decided(challengeId)) {
            return Optional.of("pitch.error.decided");
        }
        if (!ranking.readyToDecide()) {
            return Optional.of("pitch.error.notReady");
        }
        if (!ranking.basisChosen()) {
            return Optional.of("pitch.error.basisFirst");
        }
        return Optional.empty();
    }

    /**
     * Creates the pitch day or changes it while it is still planned. Slots are proposed one after the other
     * from the start, for the top {@code invitedCount} of the deciding ranking; they are proposed again only when
     * the start, the number invited or the slot length changes (moved slots survive other edits).
     *
     * @param expectedVersion the version the firm edited (-1 for a new pitch day): another tab's change is refused
     */
    @Transactional
    public PitchDayView plan(long challengeId, PitchPlan plan, long expectedVersion) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        cannotPlanBecause(challengeId).ifPresent(reason -> {
            throw new UserFacingException(reason);
        });
        Optional<PitchDay> existing = days.findByChallengeId(challengeId);
        if (existing.isPresent() && existing.get().status != PitchDay.Status.PLANNED) {
            throw new UserFacingException("pitch.error.alreadyInvited");
        }
        if (existing.map(PitchDay::getVersion).orElse(-1L) != expectedVersion) {
            throw new UserFacingException("pitch.error.changed");
        }
        List<RankingView.Row> top = top(challengeId, plan.invitedCount());
        check(plan, challenge.evaluation().blind());
        boolean created = existing.isEmpty();
        PitchDay day = existing.orElseGet(() -> new PitchDay(challengeId, CurrentUser.require().userId(), clock.instant()));
        boolean reslot = created || !day.startsAt.equals(plan.startsAt()) || day.invitedCount != plan.invitedCount()
                || day.slotMinutes != plan.slotMinutes();
        day.startsAt = plan.startsAt();
        day.place = blankToNull(plan.place());
        day.videoLink = blankToNull(plan.videoLink());
        day.pitchWeight = plan.pitchWeight();
        day.invitedCount = plan.invitedCount();
        day.slotMinutes = plan.slotMinutes();
        day.identitiesRevealed = plan.identitiesRevealed();
        day = days.saveAndFlush(day);
        criteria.deleteByPitchDayId(day.getId());
        criteria.flush();
        for (int i = 0; i < plan.criteria().size(); i++) {
            PitchPlan.Criterion c = plan.criteria().get(i);
            criteria.save(new PitchCriterion(day.getId(), i, c.name().strip(), c.weight()));
        }
        if (reslot) {
            slots.deleteByPitchDayId(day.getId());
            slots.flush();
            Instant at = day.startsAt;
            for (RankingView.Row row : top) {
                slots.save(new PitchSlot(day.getId(), challengeId, row.entry().proposalId(), row.organisationId(),
                        row.entry().title(), row.entry().rank(), at, day.slotMinutes));
                at = at.plus(Duration.ofMinutes(day.slotMinutes));
            }
        }
        audit.record(created ? "pitch.created" : "pitch.changed", "challenge:" + challengeId,
                plan.invitedCount() + " invited, pitch " + plan.pitchWeight() + " %");
        return view(day);
    }

    /**
     * Moves one slot (start and length). It must start at or after the pitch day's start and overlap no other
     * slot. After the invitations it waits for {@link #sendInvitations} to reach its invitees again.
     */
    @Transactional
    public PitchDayView moveSlot(long challengeId, long proposalId, Instant startsAt, int minutes) {
        access.firmChallenge(challengeId);
        PitchDay day = days.findByChallengeId(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (day.status == PitchDay.Status.SCORED || decided(challengeId)) {
            throw new UserFacingException("pitch.error.decided");
        }
        if (startsAt == null || startsAt.isBefore(day.startsAt)) {
            throw new UserFacingException("pitch.error.beforeStart");
        }
        if (minutes < 5 || minutes > 240) {
            throw new UserFacingException("pitch.error.minutes");
        }
        // once invited, the jury's scores are due at a fixed time (its timer is running): a slot may not end later
        // than the last slot did then, or its pitch would be closed before the jury could score it
        if (day.status != PitchDay.Status.PLANNED && day.scoresDueAt != null
                && startsAt.plus(Duration.ofMinutes(minutes)).isAfter(day.scoresDueAt.minus(SCORING_TIME))) {
            throw new UserFacingException("pitch.error.afterLastSlot");
        }
        List<PitchSlot> all = slots.findByPitchDayIdOrderByStartsAt(day.getId());
        PitchSlot slot = all.stream().filter(s -> s.proposalId == proposalId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (all.stream().anyMatch(s -> s != slot && s.overlaps(startsAt, minutes))) {
            throw new UserFacingException("pitch.error.overlap");
        }
        if (!slot.startsAt.equals(startsAt) || slot.minutes != minutes) {
            slot.startsAt = startsAt;
            slot.minutes = minutes;
            slot.sequence++;
            slots.saveAndFlush(slot);
            audit.record("pitch.slotMoved", "proposal:" + proposalId, startsAt + ", " + minutes + " min");
        }
        return view(day);
    }

    /**
     * Sends the invitations: the first time to every invited applicant and every jury member (the jury is fixed
     * then, and the pitch day's process starts); afterwards only the slots that moved since, to their applicant
     * and to the jury. Sending when nothing changed sends nothing (a double click).
     *
     * @return how many slots were sent
     */
    @Transactional
    public int sendInvitations(long challengeId) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        PitchDay day = days.findByChallengeId(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (day.status == PitchDay.Status.SCORED || decided(challengeId)) {
            throw new UserFacingException("pitch.error.decided");
        }
        List<PitchSlot> all = slots.findByPitchDayIdOrderByStartsAt(day.getId());
        boolean first = day.status == PitchDay.Status.PLANNED;
        if (first) {
            if (!day.startsAt.isAfter(clock.instant())) {
                throw new UserFacingException("pitch.error.past");
            }
            Map<Long, Set<Long>> jury = seats.jury(challengeId);
            if (jury.isEmpty()) {
                throw new UserFacingException("pitch.error.noJury");
            }
            jury.keySet().forEach(id -> jurors.save(new PitchJuror(day.getId(), id)));
            day.status = PitchDay.Status.INVITED;
            day.invitedAt = clock.instant();
            day.scoresDueAt = all.stream().map(PitchSlot::endsAt).max(Comparator.naturalOrder()).orElse(day.startsAt)
                    .plus(SCORING_TIME);
            days.saveAndFlush(day);
            flow.start(day.getId(), challengeId, day.startsAt, jury.keySet(), day.scoresDueAt);
        }
        List<PitchSlot> toSend = all.stream().filter(PitchSlot::changedSinceSent).toList();
        List<PitchAppointment> sent = new ArrayList<>();
        for (PitchSlot s : toSend) {
            PitchAppointment a = PitchSlots.appointment(s, day, challenge.title());
            mail.toApplicants(s.organisationId, a, !first);
            s.sentSequence = s.sequence;
            sent.add(a);
        }
        mail.toJury(jurors.findByPitchDayId(day.getId()).stream().map(j -> j.evaluatorId).toList(), day.getId(), sent, !first);
        if (!toSend.isEmpty()) {
            audit.record(first ? "pitch.invitationsSent" : "pitch.invitationsUpdated", "challenge:" + challengeId,
                    toSend.size() + " slots");
        }
        return toSend.size();
    }

    /**
     * Closes the jury's scoring now, without waiting for its due time: the scores submitted so far go into the
     * ranking, those saved but not submitted do not count, and deciding and publishing are allowed again. Only
     * after the pitch started and while the scoring is open; a second click is refused, nothing changes.
     */
    public PitchDayView closeScoring(long challengeId) {
        return retrying.run(() -> closeScoringOnce(challengeId));
    }

    private PitchDayView closeScoringOnce(long challengeId) {
        access.firmChallenge(challengeId);
        PitchDay day = days.findByChallengeId(challengeId).filter(d -> d.status != PitchDay.Status.PLANNED)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (day.status == PitchDay.Status.SCORED) {
            throw new UserFacingException("pitch.error.scoringClosed");
        }
        if (!flow.scoringOpen(day.getId())) {
            throw new UserFacingException(flow.waitingForStart(day.getId()) ? "pitch.error.pitchNotStarted"
                    : "pitch.error.scoringClosed");
        }
        List<PitchJuror> jury = jurors.findByPitchDayId(day.getId());
        long submitted = jury.stream().filter(j -> j.submittedAt != null).count();
        flow.closeScoring(day.getId());
        audit.record("pitch.scoringClosed", "challenge:" + challengeId,
                submitted + " of " + jury.size() + " jury members submitted");
        return view(days.findById(day.getId()).orElseThrow());
    }

    /** The top of the deciding ranking (raw or normalised, as the firm chose), above every threshold. */
    private List<RankingView.Row> top(long challengeId, int n) {
        RankingView ranking = results.ranking(challengeId);
        List<RankingView.Row> passing = ranking.rows().stream().filter(r -> r.entry().rank() > 0).toList();
        if (n < 1 || n > passing.size()) {
            throw new UserFacingException("pitch.error.invitedCount", passing.size());
        }
        if (ranking.basis() == RankingBasis.NORMALISED) {
            Map<Long, Integer> place = new java.util.HashMap<>();
            ranking.normalised().forEach(e -> place.put(e.entry().proposalId(), e.entry().rank()));
            passing = passing.stream().filter(r -> place.getOrDefault(r.entry().proposalId(), 0) > 0)
                    .sorted(Comparator.comparing(r -> place.get(r.entry().proposalId()))).toList();
        }
        return passing.subList(0, Math.min(n, passing.size()));
    }

    private void check(PitchPlan plan, boolean blind) {
        if (plan.startsAt() == null || !plan.startsAt().isAfter(clock.instant())) {
            throw new UserFacingException("pitch.error.past");
        }
        if (blankToNull(plan.place()) == null && blankToNull(plan.videoLink()) == null) {
            throw new UserFacingException("pitch.error.where");
        }
        if (plan.videoLink() != null && !plan.videoLink().isBlank() && !plan.videoLink().strip().startsWith("https://")) {
            throw new UserFacingException("pitch.error.link");
        }
        if (plan.pitchWeight() < 1 || plan.pitchWeight() > 100) {
            throw new UserFacingException("pitch.error.weight");
        }
        if (plan.slotMinutes() < 5 || plan.slotMinutes() > 240) {
            throw new UserFacingException("pitch.error.minutes");
        }
        if (plan.criteria() == null || plan.criteria().isEmpty() || plan.criteria().size() > MAX_CRITERIA
                || plan.criteria().stream().anyMatch(c -> c.name() == null || c.name().isBlank() || c.name().strip().length() > 150
                        || c.weight() == null || c.weight().signum() <= 0 || c.weight().compareTo(new BigDecimal("100")) > 0)) {
            throw new UserFacingException("pitch.error.criteria");
        }
        if (blind && !plan.identitiesRevealed()) {
            throw new UserFacingException("pitch.error.confirmReveal");
        }
    }

    private boolean decided(long challengeId) {
        return results.decidedCounts(List.of(challengeId)).getOrDefault(challengeId, 0L) > 0
                || !results.published(List.of(challengeId)).isEmpty();
    }

    PitchDayView view(PitchDay day) {
        List<PitchCriterion> cs = criteria.findByPitchDayIdOrderByPosition(day.getId());
        PitchPlan plan = new PitchPlan(day.startsAt, day.place, day.videoLink, day.pitchWeight, day.invitedCount,
                day.slotMinutes, cs.stream().map(c -> new PitchPlan.Criterion(c.name, c.weight)).toList(),
                day.identitiesRevealed);
        List<PitchSlot> ss = slots.findByPitchDayIdOrderByStartsAt(day.getId());
        List<PitchJuror> js = jurors.findByPitchDayId(day.getId());
        boolean invited = day.status != PitchDay.Status.PLANNED;
        List<Long> waiting = js.stream().filter(j -> j.submittedAt == null).map(j -> j.evaluatorId).toList();
        Map<Long, String> names = accounts.names(waiting);
        return new PitchDayView(day.getId(), day.getVersion(), day.challengeId, PitchDayView.Status.valueOf(day.status.name()),
                plan, ss.stream().map(s -> new PitchDayView.Slot(s.proposalId, s.proposalTitle, s.writtenRank, s.startsAt,
                        s.minutes, s.sequence, !s.changedSinceSent())).toList(),
                day.invitedAt, day.scoresDueAt, day.scoredAt, js.size(),
                (int) js.stream().filter(j -> j.submittedAt != null).count(),
                invited && day.status == PitchDay.Status.INVITED && ss.stream().anyMatch(PitchSlot::changedSinceSent),
                day.status == PitchDay.Status.INVITED && flow.scoringOpen(day.getId()),
                waiting.stream().map(id -> names.getOrDefault(id, "")).sorted().toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
