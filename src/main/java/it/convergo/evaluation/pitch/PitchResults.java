package it.convergo.evaluation.pitch;

import it.convergo.audit.AuditLog;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingView;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.workflow.PitchDayScored;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pitch in the ranking: when the jury's scoring ends (the last jury member submitted, the scores fell due or
 * the firm closed it) the pitch day's process announces it and the pitch day counts as scored; the firm then
 * reads the combined ranking next to the written one. Only submitted scores count: a jury member who saved
 * scores but never submitted them is left out, and when nobody submitted the ranking stays the written one.
 */
@Service
public class PitchResults {

    private final EvaluationAccess access;
    private final ResultsService results;
    private final PitchDayRepository days;
    private final PitchCriterionRepository criteria;
    private final PitchScoreRepository scores;
    private final PitchSlotRepository slots;
    private final PitchJurorRepository jurors;
    private final AuditLog audit;
    private final Clock clock;

    PitchResults(EvaluationAccess access, ResultsService results, PitchDayRepository days,
                 PitchCriterionRepository criteria, PitchScoreRepository scores, PitchSlotRepository slots,
                 PitchJurorRepository jurors, AuditLog audit, Clock clock) {
        this.access = access;
        this.results = results;
        this.days = days;
        this.criteria = criteria;
        this.scores = scores;
        this.slots = slots;
        this.jurors = jurors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The process's step "Pitch scores into the ranking", in its transaction. */
    @EventListener
    void scored(PitchDayScored event) {
        days.findById(event.pitchDayId()).filter(d -> d.status == PitchDay.Status.INVITED).ifPresent(d -> {
            d.status = PitchDay.Status.SCORED;
            d.scoredAt = clock.instant();
            days.save(d);
            List<PitchJuror> jury = jurors.findByPitchDayId(d.getId());
            audit.record("pitch.inRanking", "challenge:" + d.challengeId,
                    submitted(jury).size() + " of " + jury.size() + " jury members submitted");
        });
    }

    /** The combined ranking of a challenge with a pitch day the firm sent invitations for; for its firm only. */
    @Transactional(readOnly = true)
    public Optional<CombinedRanking> combined(long challengeId) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        Optional<PitchDay> day = days.findByChallengeId(challengeId).filter(d -> d.status != PitchDay.Status.PLANNED);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        PitchDay d = day.get();
        RankingView ranking = results.ranking(challengeId);
        List<PitchJuror> jury = jurors.findByPitchDayId(d.getId());
        int submitted = submitted(jury).size();
        if (d.status != PitchDay.Status.SCORED) {
            return Optional.of(new CombinedRanking(d.pitchWeight, ranking.basis(), false, jury.size(), submitted, List.of()));
        }
        return Optional.of(new CombinedRanking(d.pitchWeight, ranking.basis(), true, jury.size(), submitted,
                PitchRanking.combine(written(ranking, challenge.evaluation().maxTotal()), shares(d), d.pitchWeight)));
    }

    /** The written part from the ranking the firm chose to decide, never the other one. */
    private static List<PitchRanking.Written> written(RankingView ranking, BigDecimal maxTotal) {
        if (ranking.basis() == RankingBasis.NORMALISED) {
            return ranking.normalised().stream().map(n -> PitchRanking.Written.normalised(n.entry().proposalId(),
                    n.entry().title(), n.entry().rank(), n.meanZ())).toList();
        }
        return ranking.rows().stream().map(r -> PitchRanking.Written.raw(r.entry().proposalId(), r.entry().title(),
                r.entry().rank(), r.entry().total(), maxTotal)).toList();
    }

    /** Proposal id -> pitch share, from the scores of the jury members who submitted (none: an empty map). */
    Map<Long, BigDecimal> shares(PitchDay d) {
        List<BigDecimal> weights = criteria.findByPitchDayIdOrderByPosition(d.getId()).stream().map(c -> c.weight).toList();
        Set<Long> counted = submitted(jurors.findByPitchDayId(d.getId()));
        Map<Long, Map<Long, BigDecimal[]>> byProposal = new HashMap<>();
        for (PitchScore s : scores.findByPitchDayId(d.getId())) {
            if (s.position < weights.size() && counted.contains(s.evaluatorId)) {
                byProposal.computeIfAbsent(s.proposalId, k -> new HashMap<>())
                        .computeIfAbsent(s.evaluatorId, k -> new BigDecimal[weights.size()])[s.position] = s.score;
            }
        }
        Map<Long, BigDecimal> shares = new HashMap<>();
        for (PitchSlot slot : slots.findByPitchDayIdOrderByStartsAt(d.getId())) {
            List<List<BigDecimal>> sheets = new ArrayList<>();
            byProposal.getOrDefault(slot.proposalId, Map.of()).values().stream()
                    .filter(a -> java.util.Arrays.stream(a).allMatch(x -> x != null))
                    .forEach(a -> sheets.add(List.of(a)));
            if (!sheets.isEmpty()) {
                shares.put(slot.proposalId, PitchRanking.pitchShare(weights, sheets));
            }
        }
        return shares;
    }

    private static Set<Long> submitted(List<PitchJuror> jury) {
        return jury.stream().filter(j -> j.submittedAt != null).map(j -> j.evaluatorId).collect(Collectors.toSet());
    }
}
