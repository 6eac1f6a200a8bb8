package it.convergo.assignment;

/**
 * How to solve.
 *
 * @param fair          false: maximise total affinity (exact). True: first raise the worst panel,
 *                      then the total (heuristic, see {@link FairSearch})
 * @param fairMaxRounds upper bound on re-solves in fair mode; fixed so results stay deterministic
 */
public record AssignmentOptions(boolean fair, int fairMaxRounds) {

    public static final int DEFAULT_FAIR_ROUNDS = 40;

    public AssignmentOptions {
        if (fairMaxRounds < 0) {
            throw new IllegalArgumentException("fairMaxRounds must not be negative");
        }
    }

    public static AssignmentOptions maxTotal() {
        return new AssignmentOptions(false, 0);
    }

    public static AssignmentOptions fairMode() {
        return new AssignmentOptions(true, DEFAULT_FAIR_ROUNDS);
    }
}
