package it.convergo.assignment;

/**
 * Summary figures of a complete assignment. A panel's affinity is the sum of its members'
 * affinities.
 *
 * @param totalAffinity      sum over all assigned pairs
 * @param minPanelAffinity   affinity of the worst panel
 * @param p10PanelAffinity   10th percentile of panel affinities (nearest rank: the ceil(n/10)-th lowest)
 * @param maxLoad            highest number of reviews of one evaluator
 * @param minLoad            lowest number of reviews of one evaluator (0 if someone is unused)
 * @param conflictViolations assigned pairs that are conflicts, counted by an independent re-check of the result; always 0
 */
public record AssignmentStats(long totalAffinity, long minPanelAffinity, long p10PanelAffinity,
                              int maxLoad, int minLoad, int conflictViolations) {
}
