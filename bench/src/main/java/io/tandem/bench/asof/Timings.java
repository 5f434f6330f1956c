package io.tandem.bench.asof;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one kind of request, in milliseconds, with nearest-rank percentiles. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    int count() {
        return millis.size();
    }

    /** Returns the nearest-rank percentile, such as 50 for the median. */
    double percentile(int percent) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    String describe() {
        return String.format("p50 %7.1f ms  p99 %7.1f ms", percentile(50), percentile(99));
    }
}
