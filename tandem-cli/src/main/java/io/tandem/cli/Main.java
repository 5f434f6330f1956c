package io.tandem.cli;

import io.tandem.cli.db.DatabaseCommand;
import io.tandem.cli.live.WatchCommand;
import io.tandem.cli.replay.ReplayCommand;
import io.tandem.cli.token.KeysCommand;
import io.tandem.cli.token.TokenCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the command line behind {@code ./tandem}: picks the subcommand and reports usage errors. */
public final class Main {

    static final String USAGE = """
            Usage: java -jar tandem-cli-exec.jar COMMAND [ARGS]

            """ + DatabaseCommand.USAGE + "\n" + KeysCommand.USAGE + "\n" + TokenCommand.USAGE + """

            replay FILE [--command-url URL] [--query-url URL] [--keys DIR] [--live]
                Replays a scenario file (a YAML timeline of edits) against the running services
                and checks what each user sees; 'replay --help' describes the options.

            """ + WatchCommand.USAGE + """

            help
                Prints this text.
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one subcommand and returns the process exit code: 0 done, 1 failed, 2 usage error. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "db" -> DatabaseCommand.run(rest, out);
                case "keys" -> KeysCommand.run(rest, out);
                case "token" -> TokenCommand.run(rest, out);
                case "replay" -> ReplayCommand.run(rest.toArray(String[]::new));
                case "watch" -> WatchCommand.run(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("Unknown command '" + args[0] + "'; the commands are db, keys, token, replay, watch,"
                            + " help.");
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    /** Sends slf4j-simple's log lines to stderr with a timestamp, unless the caller configured it. */
    private static void configureLogging() {
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
