package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses and checks a scenario's {@code timeline}: one edit key per step, known users, earlier base steps. */
final class TimelineParser {

    /** Step keys that are not edits. {@code at} is the time of the edit in the story and is not sent. */
    private static final Set<String> STEP_KEYS = Set.of("step", "at", "by", "based_on_step", "expect");

    private TimelineParser() {
    }

    static List<Step> parse(JsonNode timeline, Set<String> users) throws ScenarioException {
        if (!timeline.isArray() || timeline.isEmpty()) {
            throw new ScenarioException("timeline is missing: list the edits, starting with create_plan");
        }
        List<Step> steps = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode entry : timeline) {
            Step step = step(entry, steps.size() + 1, users, numbers);
            numbers.add(step.number());
            steps.add(step);
        }
        checkPlanCreation(steps);
        return steps;
    }

    private static Step step(JsonNode entry, int position, Set<String> users, Set<Integer> earlier)
            throws ScenarioException {
        if (!entry.isObject()) {
            throw new ScenarioException("timeline entry " + position + " is not a mapping");
        }
        int number = entry.has("step") ? wholeNumber(entry.get("step"), "step", position) : position;
        String label = "step " + number;
        if (earlier.contains(number)) {
            throw new ScenarioException(label + " appears twice in the timeline");
        }
        String user = ScenarioReader.requiredText(entry, "by", label);
        if (!users.contains(user)) {
            throw new ScenarioException(label + " is by " + user + ", who is not listed under users");
        }
        Map.Entry<String, JsonNode> edit = edit(entry, label);
        Integer basedOn = entry.hasNonNull("based_on_step")
                ? wholeNumber(entry.get("based_on_step"), "based_on_step", position) : null;
        if (basedOn != null && !earlier.contains(basedOn)) {
            throw new ScenarioException(label + " is based on step " + basedOn + ", which is not an earlier step");
        }
        return new Step(number, user, edit.getKey(), (ObjectNode) edit.getValue(), basedOn, outcome(entry, label));
    }

    private static Map.Entry<String, JsonNode> edit(JsonNode entry, String label) throws ScenarioException {
        List<Map.Entry<String, JsonNode>> edits = new ArrayList<>();
        entry.fields().forEachRemaining(field -> {
            if (!STEP_KEYS.contains(field.getKey())) {
                edits.add(field);
            }
        });
        if (edits.size() != 1) {
            throw new ScenarioException(label + " must contain exactly one edit, but contains "
                    + (edits.isEmpty() ? "none" : String.join(", ", edits.stream().map(Map.Entry::getKey).toList())));
        }
        Map.Entry<String, JsonNode> edit = edits.get(0);
        if (!edit.getValue().isObject()) {
            throw new ScenarioException(label + ": the fields of " + edit.getKey() + " must be a mapping");
        }
        String problem = EditRequests.problem(edit.getKey(), (ObjectNode) edit.getValue());
        if (problem != null) {
            throw new ScenarioException(label + ": " + problem);
        }
        return edit;
    }

    private static Outcome outcome(JsonNode entry, String label) throws ScenarioException {
        if (!entry.hasNonNull("expect")) {
            return Outcome.ACCEPTED;
        }
        Outcome outcome = Outcome.fromName(entry.get("expect").asText());
        if (outcome == null) {
            throw new ScenarioException(label + " expects '" + entry.get("expect").asText()
                    + "'; use accepted, conflict, forbidden or invalid");
        }
        return outcome;
    }

    /**
     * Requires one plan per scenario: the first accepted create_plan makes it, every edit before it must be
     * a create_plan that expects a rejection, and no later create_plan may expect acceptance.
     */
    private static void checkPlanCreation(List<Step> steps) throws ScenarioException {
        boolean created = false;
        for (Step step : steps) {
            boolean creation = step.edit().equals(EditRequests.CREATE_PLAN);
            boolean accepted = step.expected() == Outcome.ACCEPTED;
            if (!created && !creation) {
                throw new ScenarioException("step " + step.number() + " edits a plan before any create_plan "
                        + "that expects acceptance; start the timeline with create_plan");
            }
            if (created && creation && accepted) {
                throw new ScenarioException("step " + step.number() + " creates a second plan; a scenario "
                        + "describes one plan, so a later create_plan must expect a rejection");
            }
            created = created || (creation && accepted);
        }
        if (!created) {
            throw new ScenarioException("no create_plan step expects acceptance, so there is no plan to edit");
        }
    }

    private static int wholeNumber(JsonNode value, String field, int position) throws ScenarioException {
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ScenarioException("timeline entry " + position + ": " + field + " must be a whole number");
        }
        return value.asInt();
    }
}
