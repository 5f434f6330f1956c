package io.tandem.plan.history;

import com.fasterxml.jackson.databind.JsonNode;

/** One field of a change: its JSON name and its value before and after, null where there was none. */
public record FieldChange(String field, JsonNode before, JsonNode after) {
}
