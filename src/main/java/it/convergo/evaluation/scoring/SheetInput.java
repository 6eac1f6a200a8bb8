package it.convergo.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/** What an evaluator (or the rapporteur, for the consensus) typed: a score and comment per criterion. */
public record SheetInput(List<BigDecimal> scores, List<String> comments, String overallComment) {

    public SheetInput {
        scores = scores == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
        comments = comments == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(comments));
    }
}
