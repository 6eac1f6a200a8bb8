package it.convergo.workflow;

/**
 * Published by the {@code challenge-lifecycle} process when a challenge's opening or closing time has
 * come (timer fired, or the firm closed it early) and when the firm publishes the results. The challenge feature listens and changes the
 * challenge's state in the same transaction as the workflow step.
 */
public record ChallengeClock(long challengeId, Moment moment) {

    public enum Moment { OPENS, CLOSES, RESULTS_PUBLISHED }
}
