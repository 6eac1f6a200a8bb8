package it.convergo.evaluation.pitch;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.PitchCalendarWriter;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.workflow.PitchDayFlow;
import it.convergo.workflow.RetryingTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury's side of the pitch day: only the jury members of the challenge (fixed when the invitations went
 * out), only once the pitch has started (the process opens their task at its start) and until they submit, the
 * scoring ends (its due time, or the firm closes it: scores saved but not submitted then do not count) or the
 * firm decides. Scores are 0-5 in half points, like the written evaluation; proposals a jury member
 * declared a conflict with are not theirs to score.
 */
@Service
public class PitchJury {

    private final PitchDayRepository days;
    private final PitchCriterionRepository criteria;
    private final PitchSlotRepository slots;
    private final PitchJurorRepository jurors;
    private final PitchScoreRepository scores;
    private final PitchSlots appointments;
    private final PitchCalendarWriter calendar;
    private final Seats seats;
    private final EvaluationAccess access;
    private final ResultsService results;
    private final PitchDayFlow flow;
    private final RetryingTransactions retrying;
    private final AuditLog audit;
    private final Clock clock;

    PitchJury(PitchDayRepository days, PitchCriterionRepository criteria, PitchSlotRepository slots,
              PitchJurorRepository jurors, PitchScoreRepository scores, PitchSlots appointments,
              PitchCalendarWriter calendar, Seats seats, EvaluationAccess access, ResultsService results,
              PitchDayFlow flow, RetryingTransactions retrying, AuditLog audit, Clock clock) {
        this.days = days;
        this.criteria = criteria;
        this.slots = slots;
        this.jurors = jurors;
        this.scores = scores;
        this.appointments = appointments;
        this.calendar = calendar;
        this.seats = seats;
        this.access = access;
        this.results = results;
        this.flow = flow;
        this.retrying = retrying;
        this.audit = audit;
        this.clock = clock;
    }

    /** A pitch day the current jury member sits on, for the inbox. */
    public record Summary(long pitchDayId, String challengeTitle, Instant startsAt, Instant dueAt, boolean open,
                          boolean submitted) {
    }

    /** The pitch days the current user sits on as jury member (invitations sent), soonest first. */
    @Transactional(readOnly = true)
    public List<Summary> mine() {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.EVALUATOR)) {
            return List.of();
        }
        List<Summary> list = new ArrayList<>();
        for (PitchJuror j : jurors.findByEvaluatorId(user.userId())) {
            days.findById(j.pitchDayId).ifPresent(d -> list.add(new Summary(d.getId(),
                    access.existingChallenge(d.challengeId).map(c -> c.title()).orElse(""), d.startsAt, d.scoresDueAt,
                    flow.isScoring(d.getId(), user.userId()), j.submittedAt != null)));
        }
        list.sort(java.util.Comparator.comparing(Summary::startsAt));
        return list;
    }

    @Transactional(readOnly = true)
    public JurySheet sheet(long pitchDayId) {
        PitchJuror me = juror(pitchDayId);
        PitchDay day = days.findById(pitchDayId).orElseThrow(() -> new UserFacingException("error.notFound"));
        List<PitchCriterion> cs = criteria.findByPitchDayIdOrderByPosition(pitchDayId);
        Set<Long> conflicted = seats.jury(day.challengeId).getOrDefault(me.evaluatorId, Set.of());
        List<PitchScore> mine = scores.findByPitchDayIdAndEvaluatorId(pitchDayId, me.evaluatorId);
        List<JurySheet.Pitch> pitches = slots.findByPitchDayIdOrderByStartsAt(pitchDayId).stream().map(s -> {
            List<BigDecimal> given = new ArrayList<>(Collections.nCopies(cs.size(), (BigDecimal) null));
            mine.stream().filter(p -> p.proposalId == s.proposalId && p.position < cs.size())
                    .forEach(p -> given.set(p.position, p.score));
            return new JurySheet.Pitch(s.proposalId, s.proposalTitle, s.startsAt, s.minutes,
                    conflicted.contains(s.proposalId), given);
        }).toList();
        return new JurySheet(pitchDayId, day.challengeId,
                access.existingChallenge(day.challengeId).map(c -> c.title()).orElse(""), day.startsAt, day.place,
                day.videoLink, day.scoresDueAt, cs.stream().map(c -> new PitchPlan.Criterion(c.name, c.weight)).toList(),
                pitches, closedBecause(day, me));
    }

    /** Saves (or corrects) the jury member's scores of one pitch, while their scoring is open. */
    @Transactional
    public void save(long pitchDayId, long proposalId, List<BigDecimal> given) {
        PitchJuror me = juror(pitchDayId);
        PitchDay day = days.findById(pitchDayId).orElseThrow(() -> new UserFacingException("error.notFound"));
        requireOpen(day, me);
        List<PitchCriterion> cs = criteria.findByPitchDayIdOrderByPosition(pitchDayId);
        if (slots.findByPitchDayIdOrderByStartsAt(pitchDayId).stream().noneMatch(s -> s.proposalId == proposalId)
                || seats.jury(day.challengeId).getOrDefault(me.evaluatorId, Set.of()).contains(proposalId)) {
            throw new UserFacingException("error.notFound");
        }
        if (given == null || given.size() != cs.size()) {
            throw new UserFacingException("pitch.error.scoreMissing");
        }
        given.forEach(PitchJury::check);
        List<PitchScore> existing = scores.findByPitchDayIdAndEvaluatorId(pitchDayId, me.evaluatorId);
        for (int c = 0; c < cs.size(); c++) {
            final int position = c;
            PitchScore score = existing.stream().filter(s -> s.proposalId == proposalId && s.position == position)
                    .findFirst().orElseGet(() -> new PitchScore(pitchDayId, proposalId, me.evaluatorId, position));
            score.score = given.get(c);
            score.updatedAt = clock.instant();
            scores.save(score);
        }
    }

    /**
     * Submits the jury member's pitch scores: every pitch they may score must be scored. The last jury member's
     * submission puts the pitch into the ranking. A second click finds nothing to submit and changes nothing.
     */
    public void submit(long pitchDayId) {
        retrying.run(() -> submitOnce(pitchDayId));
    }

    private void submitOnce(long pitchDayId) {
        PitchJuror me = juror(pitchDayId);
        if (me.submittedAt != null) {
            return;
        }
        JurySheet sheet = sheet(pitchDayId);
        if (!sheet.open()) {
            throw new UserFacingException(sheet.closedBecause());
        }
        if (!sheet.pitches().stream().allMatch(JurySheet.Pitch::scored)) {
            throw new UserFacingException("pitch.error.missingScores");
        }
        me.submittedAt = clock.instant();
        jurors.saveAndFlush(me);
        audit.record("pitch.scored", "challenge:" + sheet.challengeId(), sheet.pitches().size() + " pitches");
        flow.submit(pitchDayId, me.evaluatorId);
    }

    /** The jury member's .ics with every slot of the pitch day. */
    @Transactional(readOnly = true)
    public byte[] calendarFile(long pitchDayId, Locale locale) {
        juror(pitchDayId);
        return calendar.write(appointments.appointments(slots.findByPitchDayIdOrderByStartsAt(pitchDayId)), locale);
    }

    private PitchJuror juror(long pitchDayId) {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.EVALUATOR)) {
            throw new UserFacingException("error.notFound");
        }
        return jurors.findByPitchDayIdAndEvaluatorId(pitchDayId, user.userId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private void requireOpen(PitchDay day, PitchJuror me) {
        String reason = closedBecause(day, me);
        if (reason != null) {
            throw new UserFacingException(reason);
        }
    }

    private String closedBecause(PitchDay day, PitchJuror me) {
        if (me.submittedAt != null) {
            return "pitch.error.submitted";
        }
        if (results.decidedCounts(List.of(day.challengeId)).getOrDefault(day.challengeId, 0L) > 0
                || !results.published(List.of(day.challengeId)).isEmpty()) {
            return "pitch.error.decided";
        }
        if (!flow.isScoring(day.getId(), me.evaluatorId)) {
            return day.status == PitchDay.Status.SCORED ? "pitch.error.scoringClosed" : "pitch.error.notStarted";
        }
        return null;
    }

    /** 0 to 5 in half points. */
    static void check(BigDecimal score) {
        if (score == null) {
            throw new UserFacingException("pitch.error.scoreMissing");
        }
        if (score.signum() < 0 || score.compareTo(PitchRanking.MAX_SCORE) > 0) {
            throw new UserFacingException("pitch.error.scoreRange");
        }
        if (score.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw new UserFacingException("pitch.error.scoreStep");
        }
    }
}
