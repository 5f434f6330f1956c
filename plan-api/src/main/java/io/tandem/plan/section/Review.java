package io.tandem.plan.section;

import java.time.Instant;

/** A recorded review (QBR or monthly review): a named point in the plan's history. */
public record Review(String name, String notes, long version, Instant recordedAt, String recordedBy) {
}
