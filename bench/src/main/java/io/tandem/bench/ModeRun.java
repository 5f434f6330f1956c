package io.tandem.bench;

import io.tandem.cli.token.TokenMinter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One mode of a run, on a new database: starts command-service and query-service, creates the
 * plans, connects the clients, sends the edits and collects when each reached the other organization.
 */
final class ModeRun {

    private static final int BASELINE_INSERTS = 2000;
    private static final Duration PLAN_VISIBLE_TIMEOUT = Duration.ofSeconds(30);
    /** How long after the last edit the run waits for frames still on their way. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final BenchOptions options;
    private final BenchDatabase server;
    private final TokenMinter tokens;
    private final Path publicKey;
    private final Path logs;
    private final ServiceJars jars;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The copied -exec jars of the two services. */
    record ServiceJars(Path command, Path query) {
    }

    ModeRun(BenchOptions options, BenchDatabase server, TokenMinter tokens, Path publicKey, Path logs,
            ServiceJars jars) {
        this.options = options;
        this.jars = jars;
        this.server = server;
        this.tokens = tokens;
        this.publicKey = publicKey;
        this.logs = logs;
    }

    ModeResult run(BenchOptions.Mode mode) throws IOException, InterruptedException, SQLException {
        BenchDatabase.Database database = server.create();
        try {
            say(mode, "measuring single-row insert round trips on database " + database.name());
            Latencies baseline = InsertRoundTrip.measure(database, BASELINE_INSERTS);
            Map<String, String> environment = Map.of(
                    "SPRING_DATASOURCE_URL", database.url(),
                    "SPRING_DATASOURCE_USERNAME", database.username(),
                    "SPRING_DATASOURCE_PASSWORD", database.password(),
                    "TANDEM_JWT_PUBLIC_KEY", "file:" + publicKey);
            Path queryLog = logs.resolve(mode.label + "-query-service.log");
            try (ServiceProcess command = ServiceProcess.start("command-service", jars.command(), environment,
                         options.javaOptions(), List.of(), logs.resolve(mode.label + "-command-service.log"));
                 ServiceProcess query = ServiceProcess.start("query-service", jars.query(), environment,
                         options.javaOptions(), mode.queryServiceArguments, queryLog)) {
                Services.track(command, query);
                say(mode, "starting command-service on port " + command.port() + " and query-service on port "
                        + query.port() + " (logs in " + logs + ")");
                command.awaitReady(http);
                query.awaitReady(http);
                boolean listenerSeen = Files.readString(queryLog).contains("Listening for appended events");
                PlanApi api = new PlanApi(http, command.baseUrl(), query.baseUrl());
                Roster roster = Roster.of(createPlans(api), options.clients(), tokens);
                awaitPlansVisible(api, roster);
                try (ChangeObserver observer = observe(mode, query, api, roster)) {
                    say(mode, "observing with " + observer.description() + "; sending " + options.warmupEdits()
                            + " warm-up and " + options.edits() + " measured edits at " + options.rate() + " per s");
                    EditLoad.Result load = new EditLoad(api, roster, observer, options).run();
                    return collect(mode, observer, listenerSeen, baseline, load);
                } finally {
                    Services.untrack(command, query);
                }
            }
        } finally {
            server.drop(database);
        }
    }

    private List<String> createPlans(PlanApi api) throws IOException, InterruptedException {
        String owner = Roster.mint(tokens, "plan-creator." + PlanApi.OWNER_ORG, PlanApi.OWNER_ORG);
        List<String> planIds = new ArrayList<>();
        for (int i = 0; i < options.plans(); i++) {
            planIds.add(api.createPlan(owner, i));
        }
        return planIds;
    }

    /** Waits until query-service shows every plan to both organizations, because subscribing earlier fails. */
    private void awaitPlansVisible(PlanApi api, Roster roster) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PLAN_VISIBLE_TIMEOUT.toNanos();
        for (String planId : roster.planIds()) {
            for (String organization : List.of(PlanApi.OWNER_ORG, PlanApi.PARTNER_ORG)) {
                String token = roster.clientsOf(planId, organization).get(0).token();
                while (api.readPlan(planId, token).status() != 200) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("query-service did not show plan " + planId + " to " + organization
                                + " within " + PLAN_VISIBLE_TIMEOUT.toSeconds() + " s");
                    }
                    Thread.sleep(20);
                }
            }
        }
    }

    private ChangeObserver observe(BenchOptions.Mode mode, ServiceProcess query, PlanApi api, Roster roster)
            throws IOException, InterruptedException {
        if (options.observer().equals("rest")) {
            return new RestObserver(api, roster);
        }
        try {
            return StompObserver.connect(query.baseUrl(), roster);
        } catch (IOException e) {
            if (options.observer().equals("stomp")) {
                throw e;
            }
            say(mode, "no STOMP endpoint to use (" + e.getMessage() + "); falling back to the REST stand-in");
            return new RestObserver(api, roster);
        }
    }

    private ModeResult collect(BenchOptions.Mode mode, ChangeObserver observer, boolean listenerSeen,
                               Latencies baseline, EditLoad.Result load) throws InterruptedException, IOException {
        List<Edit> measured = load.measured();
        long drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < drainDeadline && measured.stream().anyMatch(e -> observer.seenAt(e).isEmpty())) {
            Thread.sleep(50);
        }
        List<Long> latencies = new ArrayList<>();
        List<String> csv = new ArrayList<>(List.of("responded_ms,plan_id,version,editor_org,latency_ms"));
        long firstResponse = measured.stream().mapToLong(Edit::respondedAt).min().orElse(0);
        for (Edit edit : measured) {
            OptionalLong seen = observer.seenAt(edit);
            if (seen.isPresent()) {
                latencies.add(seen.getAsLong() - edit.respondedAt());
            }
            csv.add(String.format(Locale.ROOT, "%.1f,%s,%d,%s,%s", (edit.respondedAt() - firstResponse) / 1e6,
                    edit.planId(), edit.version(), edit.editorOrg(),
                    seen.isPresent() ? String.format(Locale.ROOT, "%.1f",
                            (seen.getAsLong() - edit.respondedAt()) / 1e6) : ""));
        }
        Files.write(logs.resolve(mode.label + "-latencies.csv"), csv);
        long missing = measured.size() - latencies.size();
        long clientErrors = observer instanceof StompObserver stomp ? stomp.errors() : 0;
        say(mode, "done: " + measured.size() + " measured edits, " + missing + " not seen by every client");
        return new ModeResult(mode, observer.description(), listenerSeen, baseline,
                Latencies.of(latencies.stream().mapToLong(Long::longValue).toArray()), missing, load.rejected(),
                load.throughput(), observer.received(), clientErrors, LiveLatencyBench.loadAverage());
    }

    private static void say(BenchOptions.Mode mode, String message) {
        System.out.println("[" + mode.label + "] " + message);
    }
}
