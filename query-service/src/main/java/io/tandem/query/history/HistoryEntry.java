package io.tandem.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change as the history API returns it. {@code section} and {@code action} are JSON names such
 * as {@code pipeline} and {@code updated}; {@code fields} is [{field, before, after}].
 */
public record HistoryEntry(long version, Instant at, String userId, String userName, String organization,
                           String section, String collection, String ref, String action, JsonNode fields) {
}
