package io.tandem.cli.replay;

import io.tandem.cli.token.LocalKeys;
import io.tandem.cli.token.TokenMinter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code replay FILE}: sends a scenario's timeline through the public REST API, each step as its user, and
 * checks what the write API returned and what each user sees afterwards. Every run creates a new plan.
 *
 * <p>Exit status: 0 when everything matched, 1 with a list of every mismatch, 2 for an invalid scenario,
 * unreadable keys or a service that is not reachable.
 */
public final class ReplayCommand {

    public static final int MATCHED = 0;
    public static final int MISMATCHED = 1;
    public static final int FAILED = 2;

    /** How long the checks wait for the read side to show the last accepted edit. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private ReplayCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            err.println(ReplayOptions.USAGE);
            return FAILED;
        }
        if (options.help()) {
            out.println(ReplayOptions.USAGE);
            return MATCHED;
        }
        Scenario scenario;
        KeyPair keys;
        try {
            scenario = ScenarioReader.read(options.scenario());
        } catch (ScenarioException e) {
            err.println("replay: scenario " + options.scenario() + " is invalid: " + e.getMessage());
            return FAILED;
        }
        try {
            keys = LocalKeys.load(options.keys());
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "missing " + e.getMessage() : e.getMessage();
            err.println("replay: cannot read the signing keys in " + options.keys() + " (" + reason
                    + "); pass --keys with the folder that holds " + LocalKeys.PRIVATE_KEY_FILE + " and "
                    + LocalKeys.PUBLIC_KEY_FILE);
            return FAILED;
        }
        PlanApi api = new PlanApi(options.commandUrl(), options.queryUrl());
        return replay(options, scenario, new UserTokens(new TokenMinter(keys), scenario), api, out, err);
    }

    private static int replay(ReplayOptions options, Scenario scenario, UserTokens tokens, PlanApi api,
                              PrintStream out, PrintStream err) {
        ReplayReport report = new ReplayReport(out);
        LiveRecording live = options.live() ? new LiveRecording(scenario, api, tokens, READ_TIMEOUT) : null;
        try {
            api.requireReachable();
            report.start(options.scenario().toString(), scenario, api);
            TimelineReplay timelineReplay = new TimelineReplay(scenario, api, tokens, report::step);
            if (live != null) {
                timelineReplay.onPlanCreated(live::start);
            }
            TimelineResult timeline = timelineReplay.run();
            report.finishTimeline(timeline);
            List<CheckResult> checks = new ArrayList<>(
                    new ExpectationChecks(scenario, api, tokens, READ_TIMEOUT).run(timeline));
            if (live != null) {
                checks.addAll(live.check());
            }
            checks.forEach(report::check);
            return report.finish(timeline, checks);
        } catch (ServiceUnreachableException e) {
            out.flush();
            err.println("replay: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("replay: interrupted");
            return FAILED;
        } finally {
            if (live != null) {
                live.close();
            }
        }
    }
}
