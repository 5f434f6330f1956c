package io.tandem.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of one benchmark run, from command-line options.
 *
 * @param root         the repository root, where the services' -exec jars are built
 * @param plans        plans edited at the same time
 * @param clients      STOMP clients, spread over the plans and both organizations
 * @param edits        measured edits per mode
 * @param warmupEdits  edits per mode sent before the measured ones and left out of the figures
 * @param rate         edits per second over all plans
 * @param maxDuration  limit of one mode's edits, warm-up included
 * @param modes        the modes to run, in order
 * @param observer     auto (STOMP frames when query-service has /ws, else the REST stand-in), stomp or rest
 * @param javaOptions  JVM options of the two services
 */
record BenchOptions(Path root, int plans, int clients, int edits, int warmupEdits, double rate,
                    Duration maxDuration, List<Mode> modes, String observer, List<String> javaOptions) {

    static final String USAGE = """
            Usage: live-latency.sh [OPTIONS]
              --plans N            plans edited at the same time [20]
              --clients N          STOMP clients over the plans and both organizations [100]
              --edits N            measured edits per mode [2000]
              --warmup N           edits per mode before the measured ones, not counted [200]
              --rate R             edits per second over all plans [25]
              --max-seconds S      limit of one mode's edits, warm-up included [120]
              --modes LIST         notify, poll or notify,poll [notify,poll]
              --observer KIND      auto, stomp or rest [auto]: auto uses STOMP frames when
                                   query-service serves /ws, and else polls GET /api/plans/{id}
              --java-opts 'OPTS'   JVM options for command-service and query-service []
            Environment: SPRING_DATASOURCE_URL (with _USERNAME, _PASSWORD) names a PostgreSQL server
            to create the benchmark databases on; without it an embedded server is started.""";

    /** A query-service configuration under test. */
    enum Mode {
        /** Woken by PostgreSQL notifications, with the default fallback poll. */
        NOTIFY("notify", List.of()),
        /** Notifications off, so only Axon's default poll of 1 s finds new events. */
        POLL("poll", List.of("--tandem.events.notify-enabled=false", "--tandem.events.fetch-delay=1s"));

        final String label;
        final List<String> queryServiceArguments;

        Mode(String label, List<String> queryServiceArguments) {
            this.label = label;
            this.queryServiceArguments = queryServiceArguments;
        }
    }

    static BenchOptions parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        int plans = 20;
        int clients = 100;
        int edits = 2000;
        int warmup = 200;
        double rate = 25;
        Duration maxDuration = Duration.ofSeconds(120);
        List<Mode> modes = List.of(Mode.NOTIFY, Mode.POLL);
        String observer = "auto";
        List<String> javaOptions = List.of();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new UsageException(null);
            }
            if (i + 1 >= args.length) {
                throw new UsageException("Missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--root" -> root = Path.of(value).toAbsolutePath().normalize();
                case "--plans" -> plans = positive(name, value);
                case "--clients" -> clients = positive(name, value);
                case "--edits" -> edits = positive(name, value);
                case "--warmup" -> warmup = Math.max(0, integer(name, value));
                case "--rate" -> rate = positiveDecimal(name, value);
                case "--max-seconds" -> maxDuration = Duration.ofSeconds(positive(name, value));
                case "--modes" -> modes = modes(value);
                case "--observer" -> observer = observer(value);
                case "--java-opts" -> javaOptions = value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
                default -> throw new UsageException("Unknown option " + name);
            }
        }
        if (clients < 2 * plans) {
            throw new UsageException("--clients must be at least twice --plans, so each plan has a client of each "
                    + "organization, but is " + clients + " for " + plans + " plans");
        }
        return new BenchOptions(root, plans, clients, edits, warmup, rate, maxDuration, modes, observer, javaOptions);
    }

    private static List<Mode> modes(String value) {
        List<Mode> modes = new ArrayList<>();
        for (String label : value.split(",")) {
            Mode mode = switch (label.trim()) {
                case "notify" -> Mode.NOTIFY;
                case "poll" -> Mode.POLL;
                default -> throw new UsageException("Unknown mode '" + label + "': use notify, poll or notify,poll");
            };
            modes.add(mode);
        }
        return List.copyOf(modes);
    }

    private static String observer(String value) {
        if (!List.of("auto", "stomp", "rest").contains(value)) {
            throw new UsageException("Unknown observer '" + value + "': use auto, stomp or rest");
        }
        return value;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, but is '" + value + "'");
        }
    }

    private static int positive(String name, String value) {
        int number = integer(name, value);
        if (number <= 0) {
            throw new UsageException(name + " must be positive, but is " + number);
        }
        return number;
    }

    private static double positiveDecimal(String name, String value) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below together with non-positive numbers.
        }
        throw new UsageException(name + " must be a positive number, but is '" + value + "'");
    }

    /** An invalid command line. A null message requests the usage text alone. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
