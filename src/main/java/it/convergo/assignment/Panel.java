package it.convergo.assignment;

import java.util.List;

/**
 * The evaluators assigned to one proposal, best affinity first.
 *
 * @param affinity sum of the reviewers' affinities
 */
public record Panel(String proposalId, List<Reviewer> reviewers, long affinity) {

    public Panel {
        reviewers = List.copyOf(reviewers);
    }
}
