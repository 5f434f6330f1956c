package io.tandem.query.history;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of one request, checked strictly: an unknown name, a repeated name or an
 * empty value is rejected with the parameter as {@code field}, so a misspelt filter never widens a
 * result silently.
 */
final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters of(MultiValueMap<String, String> parameters, Set<String> known) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name)) {
                throw new PlanRejectedException(ErrorCode.UNKNOWN_FIELD, name, "Unknown query parameter " + name
                        + (known.isEmpty() ? "; this request takes none" : "; known: "
                        + String.join(", ", new TreeSet<>(known))));
            }
            if (parameter.getValue().size() > 1) {
                throw PlanRejectedException.invalid(name, name + " is given " + parameter.getValue().size()
                        + " times; give it once");
            }
            String value = parameter.getValue().get(0);
            if (value == null || value.isBlank()) {
                throw PlanRejectedException.invalid(name, name + " is empty; give a value or leave it out");
            }
        }
        return new QueryParameters(parameters.toSingleValueMap());
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Returns the value, or null when the parameter is absent. */
    String text(String name) {
        return values.get(name);
    }

    /** Returns the instant, or null when absent. Takes ISO-8601 with Z or an offset, such as 2026-09-30T16:00:00Z. */
    Instant instant(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            String hint = value.contains(" ") ? "; encode a + in the offset as %2B" : "";
            throw PlanRejectedException.invalid(name, name + " must be an ISO-8601 instant such as"
                    + " 2026-09-30T16:00:00Z, but is '" + value + "'" + hint);
        }
    }

    /** Returns the whole number, or {@code absent} when the parameter is absent. */
    long wholeNumber(String name, long absent) {
        String value = values.get(name);
        if (value == null) {
            return absent;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PlanRejectedException(ErrorCode.WRONG_TYPE, name, name + " must be a whole number, but is '"
                    + value + "'");
        }
    }
}
