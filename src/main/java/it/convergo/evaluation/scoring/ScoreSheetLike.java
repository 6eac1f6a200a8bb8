package it.convergo.evaluation.scoring;

import it.convergo.base.UserFacingException;
import it.convergo.challenge.CriterionDef;
import it.convergo.evaluation.EvaluationLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Score sheets and consensus both hold per-criterion scores and an overall comment. */
public interface ScoreSheetLike {

    List<CriterionScore> scores();

    String overallComment();

    void replace(List<CriterionScore> scores, String overallComment);

    /** What the sheet holds as a form's input: one score and comment per criterion, null where none. */
    default SheetInput input(int criteria) {
        List<BigDecimal> values = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            final int index = c;
            CriterionScore cs = scores().stream().filter(x -> x.criterion == index).findFirst().orElse(null);
            values.add(cs == null ? null : cs.score);
            comments.add(cs == null ? null : cs.comment);
        }
        return new SheetInput(values, comments, overallComment());
    }

    /** Validates the input and copies it into the sheet; {@code complete} demands every score and comment. */
    default void fill(List<CriterionDef> criteria, SheetInput input, boolean complete) {
        List<CriterionScore> scores = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            BigDecimal score = c < input.scores().size() ? input.scores().get(c) : null;
            String comment = c < input.comments().size() ? clean(input.comments().get(c)) : null;
            if (score != null || complete) {
                Scores.check(criteria.get(c), score);
            }
            if (complete && comment == null) {
                throw new UserFacingException("evaluation.error.commentMissing", criteria.get(c).name());
            }
            if (comment != null && comment.length() > EvaluationLimits.COMMENT) {
                throw new UserFacingException("evaluation.error.commentTooLong", criteria.get(c).name(),
                        EvaluationLimits.COMMENT);
            }
            scores.add(new CriterionScore(c, score, comment));
        }
        String overall = clean(input.overallComment());
        if (complete && overall == null) {
            throw new UserFacingException("evaluation.error.overallMissing");
        }
        replace(scores, overall);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
