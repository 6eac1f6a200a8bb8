package it.convergo.evaluation.pitch;

import java.util.List;

/**
 * The ranking with the pitch, next to the written one: {@code rows} empty until every jury member has scored
 * ({@code scored} false), then every proposal of the written ranking with its written share, pitch share
 * (invited ones) and combined score.
 */
public record CombinedRanking(int pitchWeight, boolean scored, List<PitchRanking.Row> rows) {
}
