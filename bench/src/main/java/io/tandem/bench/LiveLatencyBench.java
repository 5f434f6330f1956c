package io.tandem.bench;

import io.tandem.cli.token.LocalKeys;
import io.tandem.cli.token.TokenMinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long an accepted edit takes to reach the live clients of the other organization:
 * from command-service's 2xx response to the STOMP change frame at the last client of the other
 * organization watching the plan. Each mode runs command-service and query-service as separate
 * JVMs on a new database, so query-service learns of the events only through PostgreSQL.
 */
public final class LiveLatencyBench {

    private LiveLatencyBench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("live-latency: " + e.getMessage());
            }
            System.err.println(BenchOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        try {
            run(options);
            System.exit(0);
        } catch (IOException | SQLException e) {
            System.err.println("live-latency: the benchmark failed: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    static void run(BenchOptions options) throws IOException, SQLException, InterruptedException {
        Path work = options.root().resolve("bench/target/live-latency");
        Path logs = Files.createDirectories(work.resolve("logs-" + Instant.now().toString().replace(':', '-')));
        KeyPair keys = LocalKeys.generate();
        Path publicKey = work.resolve(LocalKeys.PUBLIC_KEY_FILE);
        Files.writeString(publicKey, LocalKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        TokenMinter tokens = new TokenMinter(keys);
        Path dataFolder = Files.createTempDirectory("tandem-bench-pg");
        try (BenchDatabase server = BenchDatabase.start(dataFolder)) {
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", load average " + loadAverage() + "; database: "
                    + server.description());
            System.out.println("Load: " + options.plans() + " plans, " + options.clients() + " clients, "
                    + options.edits() + " measured edits per mode after " + options.warmupEdits() + " warm-up edits, "
                    + options.rate() + " edits/s, at most " + options.maxDuration().toSeconds() + " s per mode");
            ModeRun.ServiceJars jars = new ModeRun.ServiceJars(
                    ServiceProcess.copyExecJar(options.root(), "command-service", work.resolve("jars")),
                    ServiceProcess.copyExecJar(options.root(), "query-service", work.resolve("jars")));
            ModeRun modeRun = new ModeRun(options, server, tokens, publicKey, logs, jars);
            List<ModeResult> results = new ArrayList<>();
            for (BenchOptions.Mode mode : options.modes()) {
                results.add(modeRun.run(mode));
            }
            Report.print(results, System.out);
        } finally {
            deleteQuietly(dataFolder);
        }
    }

    /** Returns the 1, 5 and 15 minute load averages, which show whether other work shared the machine. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
