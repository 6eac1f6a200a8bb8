package it.convergo.challenge;

import java.math.BigDecimal;
import java.util.List;

/**
 * One evaluation criterion. Scores go from 0 to {@code maxScore} in steps of {@code step}; the weighted
 * total is the sum of weight × score. {@code tieBreak} 1 is compared first when totals are equal.
 */
public record CriterionDef(String name, String description, BigDecimal weight, BigDecimal maxScore,
                           BigDecimal step, BigDecimal threshold, int tieBreak) {

    /** Public funding practice (Horizon Europe style): Excellence, Impact, Implementation, 0-5 in half points, threshold 3. */
    public static List<CriterionDef> defaults(boolean italian) {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal five = new BigDecimal("5");
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal three = new BigDecimal("3");
        return italian
                ? List.of(new CriterionDef("Eccellenza", "Chiarezza degli obiettivi, solidità e originalità della soluzione proposta.", one, five, half, three, 1),
                        new CriterionDef("Impatto", "Benefici attesi per l'azienda capofila, potenziale di mercato e di diffusione.", one, five, half, three, 2),
                        new CriterionDef("Attuazione", "Qualità del piano di lavoro, del team e dell'uso delle risorse.", one, five, half, three, 3))
                : List.of(new CriterionDef("Excellence", "Clarity of the objectives, soundness and novelty of the proposed solution.", one, five, half, three, 1),
                        new CriterionDef("Impact", "Expected benefits for the lead firm, market and uptake potential.", one, five, half, three, 2),
                        new CriterionDef("Implementation", "Quality of the work plan, the team and the use of resources.", one, five, half, three, 3));
    }

    /** The weighted maximum of this criterion. */
    public BigDecimal weightedMax() {
        return weight.multiply(maxScore);
    }
}
