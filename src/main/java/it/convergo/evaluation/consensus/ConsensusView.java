package it.convergo.evaluation.consensus;

import it.convergo.challenge.CriterionDef;
import it.convergo.evaluation.scoring.SheetInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The consensus page: individual evaluations side by side with the spread per criterion, the panel's
 * discussion, and the consensus being written (pre-filled with the rounded means).
 */
public record ConsensusView(long proposalId, String proposalTitle, List<CriterionDef> criteria,
                            List<Individual> individuals, List<BigDecimal> spread, boolean divergent,
                            SheetInput consensus, String minorityOpinion, boolean completed, boolean rapporteur,
                            long version, List<Message> messages) {

    public record Individual(long evaluatorId, String name, SheetInput sheet, boolean submitted) {
    }

    public record Message(String author, String body, Instant at) {
    }
}
