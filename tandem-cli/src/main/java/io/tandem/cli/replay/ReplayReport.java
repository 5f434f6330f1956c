package io.tandem.cli.replay;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints a replay as it goes: one line per step, then the checks, then a summary with every mismatch. */
final class ReplayReport {

    private final PrintStream out;
    private final List<String> mismatches = new ArrayList<>();
    private int stepsMatched;
    private int stepsTotal;

    ReplayReport(PrintStream out) {
        this.out = out;
    }

    void start(String file, Scenario scenario, PlanApi api) {
        out.println("Replaying " + file + ": " + scenario.steps().size() + " steps, command service "
                + api.commandUrl() + ", query service " + api.queryUrl());
    }

    void step(StepResult result) {
        Step step = result.step();
        stepsTotal++;
        String status = result.status() == null ? "-" : result.status().toString();
        String verdict = result.matched() ? "OK" : "MISMATCH (expected " + step.expected().describe() + ")";
        out.printf("step %3d  %-18s %-22s %4s  %s%n", step.number(), step.userId(), step.edit(), status, verdict);
        if (result.matched()) {
            stepsMatched++;
            return;
        }
        String mismatch = "step " + step.number() + " by " + step.userId() + ", " + step.edit() + ": expected "
                + step.expected().describe() + ", actual " + (result.status() == null ? "not sent" : result.status());
        mismatches.add(result.detail().isBlank() ? mismatch : mismatch + "; " + result.detail());
    }

    void finishTimeline(TimelineResult timeline) {
        if (timeline.planId() != null) {
            out.println("Plan " + timeline.planId() + " (created by " + timeline.creatorId() + "), version "
                    + timeline.lastVersion() + " after the timeline");
        }
        out.println();
        out.println("Checks");
    }

    void check(CheckResult check) {
        String verdict = switch (check.status()) {
            case PASSED -> "OK";
            case FAILED -> "MISMATCH";
            case SKIPPED -> "skipped (" + String.join("; ", check.notes()) + ")";
        };
        out.printf("  %-44s %s%n", check.name(), verdict);
        if (check.status() == CheckResult.Status.FAILED) {
            check.notes().forEach(note -> {
                out.println("      " + note);
                mismatches.add("check " + check.name() + ": " + note);
            });
        }
    }

    /** Prints the summary and returns the exit code: 0 when everything matched, 1 otherwise. */
    int finish(TimelineResult timeline, List<CheckResult> checks) {
        long passed = count(checks, CheckResult.Status.PASSED);
        long failed = count(checks, CheckResult.Status.FAILED);
        long skipped = count(checks, CheckResult.Status.SKIPPED);
        out.println();
        out.println("Summary: " + stepsMatched + " of " + stepsTotal + " steps as expected; checks: " + passed
                + " passed, " + failed + " failed, " + skipped + " skipped");
        out.println("Plan " + (timeline.planId() == null ? "not created" : timeline.planId()));
        if (mismatches.isEmpty()) {
            out.println("Everything matched.");
            return 0;
        }
        out.println(mismatches.size() + (mismatches.size() == 1 ? " mismatch:" : " mismatches:"));
        mismatches.forEach(mismatch -> out.println("  - " + mismatch));
        return 1;
    }

    private static long count(List<CheckResult> checks, CheckResult.Status status) {
        return checks.stream().filter(check -> check.status() == status).count();
    }
}
