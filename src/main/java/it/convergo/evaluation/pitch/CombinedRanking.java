package it.convergo.evaluation.pitch;

import it.convergo.evaluation.results.RankingBasis;
import java.util.List;

/**
 * The ranking with the pitch, next to the written one: {@code rows} empty until every jury member has scored
 * ({@code scored} false), then every proposal of the written ranking with its written share, pitch share
 * (invited ones) and combined score. The written share comes from the ranking that decides ({@code basis}).
 */
public record CombinedRanking(int pitchWeight, RankingBasis basis, boolean scored, List<PitchRanking.Row> rows) {
}
