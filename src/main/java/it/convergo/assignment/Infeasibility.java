package it.convergo.assignment;

import java.util.List;

/**
 * One reason why no complete assignment exists, e.g. {@code "P17: 2 eligible evaluators, 3 needed"}.
 *
 * @param proposalIds  the proposals concerned (empty when the reason is not tied to proposals)
 * @param evaluatorIds the evaluators concerned (empty when the reason is not tied to evaluators)
 * @param message      a sentence for the user naming the ids and what is missing
 */
public record Infeasibility(List<String> proposalIds, List<String> evaluatorIds, String message) {

    public Infeasibility {
        proposalIds = List.copyOf(proposalIds);
        evaluatorIds = List.copyOf(evaluatorIds);
    }

    @Override
    public String toString() {
        return message;
    }
}
