package it.convergo.assignment;

/** A pair given an affinity twice; carries the ids so the command line can name the lines. */
final class DuplicatePairException extends IllegalArgumentException {

    private final String proposalId;
    private final String evaluatorId;

    DuplicatePairException(String proposalId, String evaluatorId) {
        super("duplicate pair " + proposalId + "," + evaluatorId);
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
    }

    String proposalId() {
        return proposalId;
    }

    String evaluatorId() {
        return evaluatorId;
    }
}
