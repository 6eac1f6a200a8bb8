package it.convergo.evaluation;

import java.util.List;

/** Score sheets and consensus both hold per-criterion scores and an overall comment. */
interface ScoreSheetLike {

    void replace(List<CriterionScore> scores, String overallComment);
}
