package it.convergo.evaluation.pitch;

import it.convergo.evaluation.results.RankingBasis;
import java.util.List;

/**
 * The ranking with the pitch, next to the written one: {@code rows} empty while the jury scores ({@code scored}
 * false), then every proposal of the written ranking with its written share, pitch share (invited ones) and
 * combined score, from the scores of the {@code jurySubmitted} of {@code jurySize} jury members who submitted.
 * The written share comes from the ranking that decides ({@code basis}).
 */
public record CombinedRanking(int pitchWeight, RankingBasis basis, boolean scored, int jurySize, int jurySubmitted,
                              List<PitchRanking.Row> rows) {

    /** The scoring ended with no jury member's scores submitted: the rows are the written ranking as it is. */
    public boolean withoutPitch() {
        return scored && jurySubmitted == 0;
    }
}
