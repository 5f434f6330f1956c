package io.tandem.cli.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.cli.CommandLine;
import io.tandem.cli.UsageException;
import io.tandem.cli.token.KeysCommand;
import io.tandem.cli.token.LocalKeys;
import io.tandem.cli.token.TokenMinter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code watch}: follows one plan live as one user, printing every change frame and every presence list,
 * until interrupted (Ctrl-C) or until the service closes the connection. It reports the user as viewing the
 * plan, or as editing {@code --section}, with a presence message every {@link #KEEP_ALIVE}.
 */
public final class WatchCommand {

    public static final String USAGE = """
            watch PLAN_ID --user USER --org ORG [--name NAME] [--section SECTION] [--since N]
                  [--query-url URL] [--keys DIR]
                Follows a plan live over the query service's /ws endpoint as USER of ORG: prints each change
                frame and each list of who is in the plan, until Ctrl-C.
                --section S  the section USER is editing, shown to the others (default: just viewing)
                --since N    first print every change after version N, -1 for the whole history
                             (default: only changes from now on)
                --query-url  query service (default http://127.0.0.1:8082)
                --keys DIR   folder of the key pair that signs USER's token (default: .tandem/keys)
            """;

    /** How often a presence message is repeated; by default the service removes a viewer after 30 s without one. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final String DEFAULT_QUERY_URL = "http://127.0.0.1:8082";

    private WatchCommand() {
    }

    /** Runs until the thread is interrupted (exit status 0) or the service ends the connection (1). */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException,
            InterruptedException {
        if (args.contains("--help") || args.contains("-h")) {
            out.print("Usage: " + USAGE);
            return 0;
        }
        CommandLine line = CommandLine.parse("watch", args,
                Set.of("user", "org", "name", "section", "since", "query-url", "keys"));
        if (line.positionals().size() != 1) {
            throw new UsageException("'watch' takes exactly one plan id, such as: watch 3f2a... --user dana.ruiz "
                    + "--org altura");
        }
        String planId = line.positionals().get(0);
        String user = line.requireOption("user", "the user to watch as, such as --user dana.ruiz");
        String organization = line.requireOption("org", "the user's organization, such as --org altura");
        String section = line.option("section", null);
        Long since = line.option("since", null) == null ? null : (long) line.intOption("since", -1, -1,
                Integer.MAX_VALUE);
        String queryUrl = line.option("query-url", DEFAULT_QUERY_URL);
        Path keys = line.pathOption("keys", KeysCommand.defaultFolder());
        if (!Files.exists(keys.resolve(LocalKeys.PRIVATE_KEY_FILE))) {
            throw new UsageException("No private key " + LocalKeys.PRIVATE_KEY_FILE + " in " + keys.toAbsolutePath()
                    + ": run './tandem up' first, or pass --keys DIR");
        }
        String token = new TokenMinter(LocalKeys.load(keys))
                .mint(user, line.option("name", user), organization, TOKEN_LIFETIME);
        try (LiveConnection connection = LiveConnection.open(queryUrl, token, CONNECT_TIMEOUT)) {
            return watch(connection, planId, section, since, out, err);
        } catch (LiveException e) {
            err.println("watch: " + e.getMessage());
            return 1;
        }
    }

    private static int watch(LiveConnection connection, String planId, String section, Long since, PrintStream out,
                             PrintStream err) throws LiveException, InterruptedException {
        FramePrinter printer = new FramePrinter(out);
        connection.subscribePresence(planId, printer::presence);
        connection.subscribeChanges(planId, since, printer::change);
        out.println("Watching plan " + planId + (section == null ? "" : " while editing " + section)
                + "; Ctrl-C stops.");
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "presence-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        try {
            keepAlive.scheduleAtFixedRate(() -> connection.sendPresence(planId, section), 0,
                    KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
            while (!connection.awaitClosed(Duration.ofSeconds(1))) {
                if (Thread.currentThread().isInterrupted()) {
                    return 0;
                }
            }
            err.println("watch: the service closed the connection"
                    + (connection.error() == null ? "" : ": " + connection.error()));
            return 1;
        } catch (InterruptedException e) {
            return 0;
        } finally {
            keepAlive.shutdownNow();
        }
    }

    /** Prints a change frame as a summary line and one indented line per changed field, a presence list as one line. */
    private static final class FramePrinter {

        private final PrintStream out;

        FramePrinter(PrintStream out) {
            this.out = out;
        }

        synchronized void change(JsonNode frame) {
            JsonNode by = frame.path("by");
            String target = frame.hasNonNull("collection")
                    ? frame.get("collection").asText() + " " + frame.path("ref").asText()
                    : frame.path("section").asText();
            long previous = frame.path("previous_version").asLong();
            String after = previous < 0 ? "" : " (after v" + previous + ")";
            // Marks the watcher's own internal items, which the other organization never receives.
            String internal = "internal".equals(frame.path("item").path("visibility").asText()) ? " [internal]" : "";
            out.printf("v%d%s %s  %s %s%s by %s (%s)%n", frame.path("version").asLong(), after,
                    frame.path("at").asText(), target, frame.path("action").asText(), internal,
                    by.path("name").asText(), by.path("organization").asText());
            for (JsonNode field : frame.path("fields")) {
                out.printf("    %s: %s -> %s%n", field.path("field").asText(), text(field.get("before")),
                        text(field.get("after")));
            }
        }

        synchronized void presence(JsonNode list) {
            StringBuilder line = new StringBuilder("in the plan:");
            if (list.path("viewers").isEmpty()) {
                line.append(" nobody");
            }
            for (JsonNode viewer : list.path("viewers")) {
                String section = viewer.path("section").isTextual() ? "editing " + viewer.get("section").asText()
                        : "viewing";
                line.append(' ').append(viewer.path("name").asText()).append(" (")
                        .append(viewer.path("organization").asText()).append(", ").append(section).append(')');
            }
            out.println(line);
        }

        private static String text(JsonNode value) {
            return value == null || value.isNull() ? "-" : value.isTextual() ? value.asText() : value.toString();
        }
    }
}
