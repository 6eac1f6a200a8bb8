package it.convergo.assignment;

/** One member of a proposal's panel. */
public record Reviewer(String evaluatorId, int affinity, boolean locked) {
}
