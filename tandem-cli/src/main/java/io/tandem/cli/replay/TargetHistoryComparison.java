package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares one period of a scenario's {@code expected_target_history} with the target audit of the read
 * API ({@code items} of {@code GET /api/plans/{id}/targets/{period}/history}, oldest first). Each expected
 * entry is {@code {by, revenue_target, from?}}: the author's user id, the revenue target after the change
 * and, when given, the revenue target before it, as numbers or money. The number of entries must match, so
 * rejected edits must not appear.
 */
final class TargetHistoryComparison {

    private static final Set<String> KEYS = Set.of("by", "revenue_target", "from");
    private static final String REVENUE_TARGET = "revenue_target";

    private TargetHistoryComparison() {
    }

    /** One accepted change of the target as the audit shows it, with the revenue target before and after. */
    private record Change(long version, String by, BigDecimal from, BigDecimal to) {

        String describe() {
            return "version " + version + " by " + by + " " + plain(from) + " -> " + plain(to);
        }
    }

    static List<String> differences(JsonNode expected, JsonNode items) {
        List<String> differences = new ArrayList<>();
        if (!expected.isArray()) {
            differences.add("the scenario gives " + expected + ", not a list of changes");
            return differences;
        }
        List<Change> actual = changes(items);
        if (expected.size() != actual.size()) {
            differences.add("expected " + expected.size() + " changes, actual " + actual.size() + ": "
                    + actual.stream().map(Change::describe).toList());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            compare("change " + (i + 1), expected.get(i), actual.get(i), differences);
        }
        return differences;
    }

    /** Follows the revenue target through the changes, since a change lists only the fields it changed. */
    private static List<Change> changes(JsonNode items) {
        List<Change> changes = new ArrayList<>();
        BigDecimal current = null;
        for (JsonNode item : items) {
            JsonNode revenue = null;
            for (JsonNode field : item.path("fields")) {
                if (REVENUE_TARGET.equals(field.path("field").asText())) {
                    revenue = field;
                }
            }
            BigDecimal before = current;
            if (revenue != null) {
                current = amount(revenue.get("after"));
            } else if ("removed".equals(item.path("action").asText())) {
                current = null;
            }
            changes.add(new Change(item.path("version").asLong(), item.path("user_id").asText(), before, current));
        }
        return changes;
    }

    private static void compare(String label, JsonNode expected, Change actual, List<String> differences) {
        if (!expected.isObject()) {
            differences.add(label + ": the scenario gives " + expected + ", not a mapping of by, revenue_target"
                    + " and from");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) expected::fields) {
            if (!KEYS.contains(entry.getKey())) {
                differences.add(label + ": unknown key " + entry.getKey() + "; the keys are by, revenue_target, from");
            }
        }
        for (String required : List.of("by", REVENUE_TARGET)) {
            if (!expected.has(required)) {
                differences.add(label + ": the scenario gives no " + required);
            }
        }
        String where = label + " (" + actual.describe() + ")";
        if (expected.has("by") && !expected.get("by").asText().equals(actual.by())) {
            differences.add(where + ": by: expected " + expected.get("by").asText() + ", actual " + actual.by());
        }
        compareAmount(where + ": revenue_target", expected.get(REVENUE_TARGET), actual.to(), differences);
        compareAmount(where + ": from", expected.get("from"), actual.from(), differences);
    }

    private static void compareAmount(String label, JsonNode expected, BigDecimal actual, List<String> differences) {
        if (expected == null) {
            return;
        }
        BigDecimal expectedAmount = amount(expected);
        if (expectedAmount == null && !expected.isNull()) {
            differences.add(label + ": the scenario gives " + expected + ", not an amount");
            return;
        }
        boolean same = expectedAmount == null ? actual == null : actual != null && expectedAmount.compareTo(actual) == 0;
        if (!same) {
            differences.add(label + ": expected " + plain(expectedAmount) + ", actual " + plain(actual));
        }
    }

    /** Returns a number, a numeric text or the amount of a money value as a number; null for anything else. */
    private static BigDecimal amount(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNode number = value.isObject() ? value.get("amount") : value;
        if (number == null) {
            return null;
        }
        if (number.isNumber()) {
            return number.decimalValue();
        }
        try {
            return new BigDecimal(number.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "none" : amount.toPlainString();
    }
}
