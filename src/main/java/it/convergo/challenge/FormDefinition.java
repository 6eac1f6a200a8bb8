package it.convergo.challenge;

import java.math.BigDecimal;
import java.util.List;

/**
 * The application form of a challenge: limits of the fixed fields every proposal has (title, acronym,
 * abstract, TRL now and targeted, team, budget requested) and the firm's custom questions, in order.
 * {@code budgetMax} is null when the firm sets no ceiling.
 */
public record FormDefinition(int titleMax, int acronymMax, int abstractMax, BigDecimal budgetMax,
                             List<QuestionDef> questions) {

    public FormDefinition {
        questions = List.copyOf(questions);
    }
}
