package io.tandem.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Prints the modes side by side, with the ratio of the first mode to the second. */
final class Report {

    private Report() {
    }

    static void print(List<ModeResult> results, PrintStream out) {
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-44s", ""));
        for (ModeResult result : results) {
            header.append(String.format(Locale.ROOT, "%14s", result.mode().label));
        }
        if (results.size() == 2) {
            header.append(String.format(Locale.ROOT, "%14s", "poll/notify"));
        }
        out.println(header);
        row(out, results, "edit 2xx -> other org's clients, p50 (ms)", r -> r.latencies().percentileMillis(50), true);
        row(out, results, "                                p90 (ms)", r -> r.latencies().percentileMillis(90), true);
        row(out, results, "                                p99 (ms)", r -> r.latencies().percentileMillis(99), true);
        row(out, results, "                                max (ms)", r -> r.latencies().maxMillis(), true);
        count(out, results, "measured edits seen by every client", r -> r.latencies().count());
        count(out, results, "measured edits not seen", ModeResult::missing);
        count(out, results, "edits rejected or failed", ModeResult::rejected);
        row(out, results, "throughput (accepted edits/s)", ModeResult::throughput, false);
        count(out, results, "frames (or reads) received", ModeResult::received);
        count(out, results, "client errors", ModeResult::clientErrors);
        row(out, results, "PostgreSQL insert+commit p50 (ms)", r -> r.insertBaseline().percentileMillis(50), false);
        row(out, results, "PostgreSQL insert+commit p99 (ms)", r -> r.insertBaseline().percentileMillis(99), false);
        out.println();
        for (ModeResult result : results) {
            out.println(result.mode().label + ": " + result.observer() + "; notification listener "
                    + (result.listenerSeen() ? "running" : "not running") + "; load average at the end "
                    + result.loadAverage());
        }
    }

    private static void row(PrintStream out, List<ModeResult> results, String label,
                            ToDoubleFunction<ModeResult> value, boolean ratio) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s", label));
        for (ModeResult result : results) {
            line.append(String.format(Locale.ROOT, "%14s", format(value.applyAsDouble(result))));
        }
        if (ratio && results.size() == 2) {
            double first = value.applyAsDouble(results.get(0));
            double second = value.applyAsDouble(results.get(1));
            line.append(String.format(Locale.ROOT, "%13.1fx", second / first));
        }
        out.println(line);
    }

    private static void count(PrintStream out, List<ModeResult> results, String label,
                              ToLongFunction<ModeResult> value) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s", label));
        for (ModeResult result : results) {
            line.append(String.format(Locale.ROOT, "%14d", value.applyAsLong(result)));
        }
        out.println(line);
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
