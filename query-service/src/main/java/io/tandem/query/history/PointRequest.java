package io.tandem.query.history;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A point in a plan's history as a request names it, by exactly one of three query parameters:
 * {@code at} (an instant), {@code version} or {@code review} (a review's name), each with an
 * optional prefix such as {@code from_}. {@code field} is the parameter it came from, for errors.
 */
sealed interface PointRequest {

    String field();

    record AtInstant(String field, Instant at) implements PointRequest {
    }

    record AtVersion(String field, long version) implements PointRequest {
    }

    record AtReview(String field, String name) implements PointRequest {
    }

    /** Returns the parameter names of a point with this prefix: at, version and review. */
    static Set<String> names(String prefix) {
        return Set.of(prefix + "at", prefix + "version", prefix + "review");
    }

    /** Reads the point with this prefix, or returns null when none of its parameters is given. */
    static PointRequest parse(QueryParameters parameters, String prefix) {
        List<String> given = Stream.of("at", "version", "review").map(name -> prefix + name)
                .filter(parameters::has).toList();
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() > 1) {
            throw PlanRejectedException.invalid(given.get(1), "Give only one of " + String.join(", ", given));
        }
        String field = given.get(0);
        if (field.endsWith("review")) {
            return new AtReview(field, parameters.text(field));
        }
        if (field.endsWith("version")) {
            return new AtVersion(field, parameters.wholeNumber(field, -1));
        }
        return new AtInstant(field, parameters.instant(field));
    }

    /** Reads the point with this prefix and rejects a request that names none. */
    static PointRequest require(QueryParameters parameters, String prefix) {
        PointRequest point = parse(parameters, prefix);
        if (point == null) {
            throw new PlanRejectedException(ErrorCode.MISSING_FIELD, prefix + "at", "Give one of " + prefix + "at, "
                    + prefix + "version or " + prefix + "review");
        }
        return point;
    }
}
