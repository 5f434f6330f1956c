package io.tandem.bench.asof;

import java.nio.file.Path;

/**
 * The command line of the as-of benchmark.
 *
 * @param root     the repository root, where query-service's -exec jar is built
 * @param events   the number of events of the plan
 * @param reviews  the number of reviews among them, evenly spread
 * @param samples  the measured requests of each kind, each also replayed naively
 * @param warmup   the requests of each kind sent first and not measured
 * @param seed     the seed of the plan's edits and of the sampled points
 */
record AsOfOptions(Path root, int events, int reviews, int samples, int warmup, long seed) {

    static final String USAGE = """
            Usage: bench/as-of.sh [options]
              --events N      events of the plan [10000]
              --reviews N     reviews among them, evenly spread [20]
              --samples N     measured requests of each kind, each also replayed naively [200]
              --warmup N      requests of each kind sent first, not measured [200]
              --seed N        seed of the plan's edits and the sampled points [42]
              --help          show this text
            The database is the PostgreSQL that SPRING_DATASOURCE_URL names (with
            SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD), or else an embedded one; each run
            creates a new database on it.""";

    /** Thrown for --help (without a message) and for an invalid command line. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }

    static AsOfOptions parse(String[] args) throws UsageException {
        Path root = Path.of(".");
        int events = 10_000;
        int reviews = 20;
        int samples = 200;
        int warmup = 200;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help")) {
                throw new UsageException(null);
            }
            if (i + 1 >= args.length) {
                throw new UsageException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--root" -> root = Path.of(value);
                case "--events" -> events = count(name, value, 1);
                case "--reviews" -> reviews = count(name, value, 1);
                case "--samples" -> samples = count(name, value, 1);
                case "--warmup" -> warmup = count(name, value, 0);
                case "--seed" -> seed = number(name, value);
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (events < 200 || reviews < 2 || reviews * 10 > events) {
            throw new UsageException("the plan needs at least 200 events, at least 2 reviews and at most one review"
                    + " per 10 events; got " + events + " events and " + reviews + " reviews");
        }
        return new AsOfOptions(root, events, reviews, samples, warmup, seed);
    }

    private static int count(String name, String value, int min) throws UsageException {
        long number = number(name, value);
        if (number < min || number > Integer.MAX_VALUE) {
            throw new UsageException(name + " must be a whole number of at least " + min + ", but is " + value);
        }
        return (int) number;
    }

    private static long number(String name, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, but is '" + value + "'");
        }
    }
}
