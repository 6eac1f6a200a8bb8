package it.convergo.workflow;

/**
 * Published by the {@code pitch-day} process when its scoring ends (every jury member submitted, the due time
 * passed or the firm closed it), inside the step's transaction: the evaluation feature then adds the submitted
 * pitch scores to the challenge's ranking.
 */
public record PitchDayScored(long pitchDayId, long challengeId) {
}
