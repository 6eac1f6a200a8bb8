package it.convergo.challenge;

import java.math.BigDecimal;

/**
 * What applicants rely on once they submit: the evaluation set-up and the application form. Compared by
 * value, so 5 and 5.00 count as the same score.
 */
final class Promises {

    private Promises() {
    }

    /** Whether the draft changes the challenge's criteria, evaluation set-up or form. */
    static boolean changedBy(ChallengeDraft d, Challenge c) {
        return !same(c.evaluation(), evaluationOf(d)) || !same(c.form(), formOf(d));
    }

    private static EvaluationSetup evaluationOf(ChallengeDraft d) {
        return new EvaluationSetup(d.getCriteria(), d.getOverallThreshold(), d.getEvaluatorsPerProposal(),
                d.isBlindEvaluation(), d.getDivergenceThreshold());
    }

    private static FormDefinition formOf(ChallengeDraft d) {
        return new FormDefinition(d.getTitleMax(), d.getAcronymMax(), d.getAbstractMax(), d.getBudgetMax(), d.getQuestions());
    }

    private static boolean same(EvaluationSetup a, EvaluationSetup b) {
        return norm(a).equals(norm(b));
    }

    private static boolean same(FormDefinition a, FormDefinition b) {
        return new FormDefinition(a.titleMax(), a.acronymMax(), a.abstractMax(), n(a.budgetMax()), a.questions())
                .equals(new FormDefinition(b.titleMax(), b.acronymMax(), b.abstractMax(), n(b.budgetMax()), b.questions()));
    }

    private static EvaluationSetup norm(EvaluationSetup e) {
        return new EvaluationSetup(e.criteria().stream().map(c -> new CriterionDef(c.name(),
                DraftMapping.nullToEmpty(c.description()), n(c.weight()), n(c.maxScore()), n(c.step()), n(c.threshold()),
                c.tieBreak())).toList(), n(e.overallThreshold()), e.evaluatorsPerProposal(), e.blind(),
                n(e.divergenceThreshold()));
    }

    private static BigDecimal n(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }
}
