package it.convergo.workflow;

/**
 * Published by the {@code pitch-day} process when every jury member has scored the pitch, inside the step's
 * transaction: the evaluation feature then adds the pitch scores to the challenge's ranking.
 */
public record PitchDayScored(long pitchDayId, long challengeId) {
}
