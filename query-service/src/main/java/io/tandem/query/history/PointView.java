package io.tandem.query.history;

import io.tandem.plan.state.PlanState;
import java.time.Instant;

/**
 * A point as responses describe it: the version, the time of the event that produced it, and the
 * review's name when a review named the point.
 */
record PointView(long version, Instant at, String review) {

    static PointView of(PlanPoint point, PlanState state) {
        return new PointView(point.version(), state.updatedAt(), point.review());
    }
}
