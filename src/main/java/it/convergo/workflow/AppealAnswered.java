package it.convergo.workflow;

/**
 * Published by the {@code proposal-appeal} process when its "Tell the applicant" step runs, inside the step's
 * transaction, so the evaluation feature can tell the applicant the firm's reply.
 */
public record AppealAnswered(long appealId, long proposalId, long challengeId, boolean reevaluated) {
}
