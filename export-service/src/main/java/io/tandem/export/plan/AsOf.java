package io.tandem.export.plan;

import java.time.Instant;

/** The point in the plan's history that a view shows; {@code review} is set when it was requested by name. */
public record AsOf(long version, Instant at, String review) {
}
