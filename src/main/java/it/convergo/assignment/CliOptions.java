package it.convergo.assignment;

import java.nio.file.Files;
import java.nio.file.Path;

/** Parsed command-line arguments of {@link AssignmentCli}; -1 marks an unset load. */
record CliOptions(Path affinity, Path conflicts, Path locked, Path excluded, int reviewsPerProposal,
                  int maxLoad, int minLoad, boolean fair, boolean skipUnknown, boolean partial, Path output,
                  boolean help) {

    static CliOptions parse(String[] args) throws InputException {
        Path affinity = null;
        Path conflicts = null;
        Path locked = null;
        Path excluded = null;
        Path output = null;
        int reviews = -1;
        int maxLoad = -1;
        int minLoad = -1;
        boolean fair = false;
        boolean skipUnknown = false;
        boolean partial = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new CliOptions(null, null, null, null, 0, -1, -1, false, false, false, null, true);
                }
                case "--fair" -> fair = true;
                case "--skip-unknown" -> skipUnknown = true;
                case "--partial" -> partial = true;
                case "--affinity" -> affinity = existing(arg, value(args, ++i, arg));
                case "--conflicts" -> conflicts = existing(arg, value(args, ++i, arg));
                case "--locked" -> locked = existing(arg, value(args, ++i, arg));
                case "--excluded" -> excluded = existing(arg, value(args, ++i, arg));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                case "--reviews-per-proposal" -> reviews = number(arg, value(args, ++i, arg), 1);
                case "--max-load" -> maxLoad = number(arg, value(args, ++i, arg), 0);
                case "--min-load" -> minLoad = number(arg, value(args, ++i, arg), 0);
                default -> throw new InputException("unknown option " + arg + "\n" + AssignmentCli.USAGE);
            }
        }
        if (affinity == null || reviews < 0) {
            throw new InputException("--affinity and --reviews-per-proposal are required\n" + AssignmentCli.USAGE);
        }
        return new CliOptions(affinity, conflicts, locked, excluded, reviews, maxLoad, minLoad, fair, skipUnknown,
                partial, output, false);
    }

    private static String value(String[] args, int i, String option) throws InputException {
        if (i >= args.length) {
            throw new InputException(option + " needs a value");
        }
        return args[i];
    }

    private static Path existing(String option, String value) throws InputException {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new InputException(option + ": no such file " + value);
        }
        return path;
    }

    private static int number(String option, String value, int min) throws InputException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(option + " must be an integer >= " + min + ", got " + value);
    }
}
