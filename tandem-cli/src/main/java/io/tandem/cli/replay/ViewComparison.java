package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the keys of one {@code expected} entry with a plan view of the read API and lists every
 * difference. Only named keys and fields are compared, with these shapes:
 * <ul>
 *   <li>a list of refs ({@code contacts: [c1, c2]}) must equal the refs of that collection, in any order;</li>
 *   <li>a mapping of refs ({@code deals: {d1: {stage: proposal}}}) compares the named fields of each item,
 *       and {@code X_fields} does the same for collection X;</li>
 *   <li>a number matches a number or the {@code amount} of a money value, compared numerically;</li>
 *   <li>anything else matches by value: a mapping by its named fields, a list element by element in order.</li>
 * </ul>
 */
final class ViewComparison {

    private static final String FIELDS_SUFFIX = "_fields";
    private static final List<String> COLLECTIONS = List.of("team_members", "contacts", "targets", "milestones",
            "whitespace", "deals", "activities", "risks", "reviews");

    private ViewComparison() {
    }

    static List<String> differences(ObjectNode expected, JsonNode view) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) expected::fields) {
            compareKey(entry.getKey(), entry.getValue(), view, differences);
        }
        return differences;
    }

    private static void compareKey(String key, JsonNode expected, JsonNode view, List<String> differences) {
        if (key.endsWith(FIELDS_SUFFIX)) {
            String collection = ItemKinds.viewName(key.substring(0, key.length() - FIELDS_SUFFIX.length()));
            compareItems(key, collection, expected, view.get(collection), differences);
            return;
        }
        String name = ItemKinds.viewName(key);
        JsonNode actual = view.get(name);
        boolean collection = actual == null ? COLLECTIONS.contains(name) : actual.isArray();
        if (collection && expected.isArray()) {
            compareRefs(name, expected, actual, differences);
        } else if (collection && expected.isObject()) {
            compareItems(name, name, expected, actual, differences);
        } else {
            compareValue(name, expected, actual, differences);
        }
    }

    private static void compareRefs(String collection, JsonNode expected, JsonNode actual, List<String> differences) {
        List<String> expectedRefs = new ArrayList<>();
        expected.forEach(ref -> expectedRefs.add(ref.asText()));
        List<String> actualRefs = refs(actual);
        List<String> missing = new ArrayList<>(expectedRefs);
        actualRefs.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(actualRefs);
        expectedRefs.forEach(unexpected::remove);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            differences.add(collection + ": expected " + expectedRefs + ", actual " + actualRefs
                    + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (unexpected.isEmpty() ? "" : "; unexpected " + unexpected));
        }
    }

    private static void compareItems(String key, String collection, JsonNode expected, JsonNode actual,
                                     List<String> differences) {
        if (!expected.isObject()) {
            differences.add(key + ": the scenario gives " + render(expected) + ", not a mapping of ref to fields");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) expected::fields) {
            String label = collection + " " + entry.getKey();
            JsonNode item = findItem(actual, entry.getKey());
            if (item == null) {
                differences.add(label + ": missing; the view has " + refs(actual));
            } else if (!entry.getValue().isObject()) {
                differences.add(label + ": the scenario gives " + render(entry.getValue())
                        + ", not a mapping of fields");
            } else {
                entry.getValue().fields().forEachRemaining(field -> compareValue(label + " " + field.getKey(),
                        field.getValue(), item.get(field.getKey()), differences));
            }
        }
    }

    private static void compareValue(String label, JsonNode expected, JsonNode actual, List<String> differences) {
        boolean absent = actual == null || actual.isNull();
        if (expected.isNull() || absent) {
            if (expected.isNull() != absent) {
                differences.add(label + ": expected " + render(expected) + ", actual " + render(actual));
            }
            return;
        }
        if (expected.isNumber() && actual.isObject() && actual.has("amount")) {
            compareValue(label, expected, actual.get("amount"), differences);
        } else if (expected.isObject() && actual.isObject()) {
            expected.fields().forEachRemaining(field -> compareValue(label + "." + field.getKey(),
                    field.getValue(), actual.get(field.getKey()), differences));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compareValue(label + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!sameValue(expected, actual)) {
            differences.add(label + ": expected " + render(expected) + ", actual " + render(actual));
        }
    }

    /** Compares value nodes, numerically when both are numbers or numeric text. */
    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (!expected.isValueNode() || !actual.isValueNode()) {
            return false;
        }
        BigDecimal expectedNumber = number(expected);
        BigDecimal actualNumber = number(actual);
        if (expectedNumber != null && actualNumber != null) {
            return expectedNumber.compareTo(actualNumber) == 0;
        }
        return expected.asText().equals(actual.asText());
    }

    private static BigDecimal number(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode findItem(JsonNode items, String ref) {
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                if (ref.equals(refOf(item))) {
                    return item;
                }
            }
        }
        return null;
    }

    private static List<String> refs(JsonNode items) {
        List<String> refs = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(item -> refs.add(refOf(item)));
        }
        return refs;
    }

    /** Returns an item's key: its ref, a target's period, or a review's name. */
    private static String refOf(JsonNode item) {
        for (String key : List.of("ref", "period", "name")) {
            if (item.hasNonNull(key)) {
                return item.get(key).asText();
            }
        }
        return "";
    }

    private static String render(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "absent";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isValueNode() && !value.isNull() ? value.asText() : value.toString();
    }
}
