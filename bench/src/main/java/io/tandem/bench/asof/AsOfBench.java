package io.tandem.bench.asof;

import io.tandem.cli.db.EmbeddedDatabase;
import io.tandem.cli.token.LocalKeys;
import io.tandem.cli.token.TokenMinter;
import io.tandem.plan.json.PlanJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Measures as-of and diff on a plan with a long history. It times query-service over HTTP, which
 * replays from its checkpoints, next to a naive replay of every event from version 0 in this
 * process, and checks that both give the same result for every sample.
 */
public final class AsOfBench {

    private static final int APPEND_BATCH = 500;
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration STATISTICS_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> QUERY_TABLES = List.of("plan_view", "plan_change", "plan_checkpoint");
    private static final double TARGET_INSTANT_MS = 50;
    private static final double TARGET_REVIEW_MS = 10;
    private static final double TARGET_DIFF_MS = 60;

    private AsOfBench() {
    }

    public static void main(String[] args) {
        AsOfOptions options;
        try {
            options = AsOfOptions.parse(args);
        } catch (AsOfOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("as-of: " + e.getMessage());
            }
            System.err.println(AsOfOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        try {
            System.exit(run(options) ? 0 : 1);
        } catch (IOException | SQLException e) {
            System.err.println("as-of: the benchmark failed: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** Runs the benchmark and returns whether every sample gave the same result on both paths. */
    static boolean run(AsOfOptions options) throws IOException, SQLException, InterruptedException {
        Path work = Files.createDirectories(options.root().resolve("bench/target/as-of"));
        Path log = work.resolve("query-service-" + Instant.now().toString().replace(':', '-') + ".log");
        KeyPair keys = LocalKeys.generate();
        Path publicKey = work.resolve(LocalKeys.PUBLIC_KEY_FILE);
        Files.writeString(publicKey, LocalKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        Map<String, String> tokens = tokens(new TokenMinter(keys));
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average " + loadAverage());

        Path dataFolder = Files.createTempDirectory("tandem-as-of-pg");
        EmbeddedDatabase embedded = null;
        String adminUrl = System.getenv("SPRING_DATASOURCE_URL");
        String username = env("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = env("SPRING_DATASOURCE_PASSWORD", "");
        try {
            if (adminUrl == null || adminUrl.isBlank()) {
                embedded = EmbeddedDatabase.start(dataFolder, freePort());
                adminUrl = embedded.jdbcUrl("postgres");
                username = EmbeddedDatabase.USER;
                password = "";
            }

            String name = "tandem_as_of_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(adminUrl, username, password, "CREATE DATABASE " + name);
            String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
            System.out.println("Database: " + url + ", " + serverVersion(url, username, password)
                    + (embedded == null ? "" : " (embedded, fsync on)"));
            try {
                return measure(options, url, username, password, publicKey, tokens, log);
            } finally {
                execute(adminUrl, username, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            deleteFolder(dataFolder);
        }
    }

    /** Returns a token of a user of each organization, by organization. */
    private static Map<String, String> tokens(TokenMinter minter) {
        Duration lifetime = Duration.ofHours(2);
        return Map.of(
                BenchPlan.OWNER, minter.mint("dana.ruiz", "Dana Ruiz", BenchPlan.OWNER, lifetime),
                BenchPlan.PARTNER, minter.mint("priya.natarajan", "Priya Natarajan", BenchPlan.PARTNER, lifetime));
    }

    private static boolean measure(AsOfOptions options, String url, String username, String password,
                                   Path publicKey, Map<String, String> tokens, Path log)
            throws IOException, SQLException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<String> properties = List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
                "--tandem.security.jwk-set-uri=", "--tandem.security.public-key-location=file:" + publicKey);
        try (QueryServiceProcess service = QueryServiceProcess.start(options.root(), properties, log);
             BenchEventStore events = new BenchEventStore(url, username, password)) {
            service.awaitStarted(http);
            BenchPlan plan = BenchPlan.generate(options.events(), options.reviews(), options.seed());
            long started = System.nanoTime();
            events.append(plan.events(), APPEND_BATCH);
            System.out.printf("Plan %s: %d events with %d reviews, appended in %.1f s%n", plan.planId(),
                    plan.events().size(), plan.reviews().size(), seconds(started));
            started = System.nanoTime();
            String planUrl = service.baseUrl() + "/api/plans/" + plan.planId();
            awaitVersion(http, planUrl, tokens.get(BenchPlan.OWNER), plan.events().size() - 1);
            System.out.printf("query-service projected them in %.1f s; log: %s%n", seconds(started), log);
            System.out.println(awaitStatistics(url, username, password));

            AsOfMeasurement measurement = new AsOfMeasurement(http, planUrl, tokens,
                    new NaiveReplay(events, plan.planId()));
            Random random = new Random(options.seed());
            measurement.run(samples(plan, random, options.warmup()), false);
            measurement.run(samples(plan, random, options.samples()), true);
            return report(options, measurement);
        }
    }

    /** Returns {@code count} samples of each kind, interleaved, for random organizations and points. */
    private static List<PointSample> samples(BenchPlan plan, Random random, int count) {
        List<PointSample> samples = new ArrayList<>();
        long first = plan.createdAt().toEpochMilli();
        long span = plan.lastEventAt().toEpochMilli() - first;
        List<String> reviews = plan.reviews();
        for (int i = 0; i < count; i++) {
            String organization = random.nextBoolean() ? BenchPlan.OWNER : BenchPlan.PARTNER;
            Instant at = Instant.ofEpochMilli(first + (long) (random.nextDouble() * span));
            samples.add(new PointSample(PointSample.Kind.INSTANT, organization, at, null, null));
            String review = reviews.get(random.nextInt(reviews.size()));
            samples.add(new PointSample(PointSample.Kind.REVIEW, organization, null, review, null));
            int from = random.nextInt(reviews.size() - 1);
            int to = from + 1 + random.nextInt(reviews.size() - from - 1);
            samples.add(new PointSample(PointSample.Kind.DIFF, organization, null, reviews.get(from),
                    reviews.get(to)));
        }
        return samples;
    }

    private static boolean report(AsOfOptions options, AsOfMeasurement measurement) {
        System.out.println();
        System.out.println("Load average after the measurements: " + loadAverage());
        System.out.printf("%-24s %-32s %-32s%n", "", "checkpointed, over HTTP", "naive full replay, in process");
        for (PointSample.Kind kind : PointSample.Kind.values()) {
            System.out.printf("%-24s %-32s %-32s (%d samples)%n", kind.label(), measurement.fast.get(kind).describe(),
                    measurement.replayed.get(kind).describe(), measurement.fast.get(kind).count());
        }
        System.out.println();
        System.out.printf("Targets (p50): as-of instant <= %.0f ms %s, as-of review <= %.0f ms %s, diff <= %.0f ms %s%n",
                TARGET_INSTANT_MS, verdict(measurement, PointSample.Kind.INSTANT, TARGET_INSTANT_MS),
                TARGET_REVIEW_MS, verdict(measurement, PointSample.Kind.REVIEW, TARGET_REVIEW_MS),
                TARGET_DIFF_MS, verdict(measurement, PointSample.Kind.DIFF, TARGET_DIFF_MS));
        int equal = measurement.compared() - measurement.mismatches.size();
        System.out.println("Exactness: " + equal + " of " + measurement.compared()
                + " results equal the naive replay's");
        measurement.mismatches.forEach(mismatch -> System.out.println("  differs: " + mismatch));
        System.out.println("Command: bench/as-of.sh --events " + options.events() + " --reviews " + options.reviews()
                + " --samples " + options.samples() + " --warmup " + options.warmup() + " --seed " + options.seed());
        return measurement.mismatches.isEmpty();
    }

    private static String verdict(AsOfMeasurement measurement, PointSample.Kind kind, double targetMillis) {
        return measurement.fast.get(kind).percentile(50) <= targetMillis ? "met" : "MISSED";
    }

    /** Polls the plan until the projection shows the version. */
    private static void awaitVersion(HttpClient http, String planUrl, String token, long version)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(planUrl)).header("Authorization", "Bearer " + token)
                .GET().build();
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        String seen = "nothing";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                long current = PlanJson.storageMapper().readTree(response.body())
                        .path("version").asLong(-1);
                if (current >= version) {
                    return;
                }
                seen = "version " + current;
            }
            Thread.sleep(500);
        }
        throw new IOException("query-service did not reach version " + version + " within "
                + CATCH_UP_TIMEOUT.toMinutes() + " min; it last showed " + seen);
    }

    /**
     * Waits until autovacuum has analyzed the query tables after the bulk load, as it does within about a
     * minute on a running system, and runs ANALYZE itself after a timeout. Without statistics PostgreSQL
     * plans the history and review queries as if the tables were empty, which scans the whole plan.
     */
    private static String awaitStatistics(String url, String username, String password)
            throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + STATISTICS_TIMEOUT.toNanos();
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var result = statement.executeQuery("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('"
                        + String.join("', '", QUERY_TABLES) + "') AND last_autoanalyze IS NOT NULL"
                        + " AND n_mod_since_analyze = 0")) {
                    result.next();
                    if (result.getInt(1) == QUERY_TABLES.size()) {
                        return String.format("autovacuum analyzed the query tables after %.0f s", seconds(started));
                    }
                }
                Thread.sleep(1000);
            }
            statement.execute("ANALYZE " + String.join(", ", QUERY_TABLES));
            return "autovacuum had not analyzed the query tables after " + STATISTICS_TIMEOUT.toMinutes()
                    + " min, so the benchmark ran ANALYZE";
        }
    }

    private static String serverVersion(String url, String username, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT 'PostgreSQL ' || current_setting('server_version')")) {
            result.next();
            return result.getString(1);
        }
    }

    /** Returns the 1, 5 and 15 minute load averages of a Linux host, or "unknown" elsewhere. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void execute(String url, String username, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
