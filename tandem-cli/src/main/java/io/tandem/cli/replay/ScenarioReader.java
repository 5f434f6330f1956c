package io.tandem.cli.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file into a {@link Scenario} and rejects anything the replayer could not send or check,
 * before a single request goes out.
 *
 * <p>The YAML is read as a Jackson tree, whose scalars are strings, numbers, booleans and nulls only: an
 * unquoted date such as {@code 2026-07-15} stays the text the write API expects, and folded text stays text.
 */
final class ScenarioReader {

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("name", "description", "organizations", "users",
            "timeline", "expected", "expected_target_history");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Reads yes, no, on and off as words, as YAML 1.2 does, so only true and false are booleans.
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    private ScenarioReader() {
    }

    static Scenario read(Path file) throws ScenarioException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = YAML.readTree(in);
        } catch (NoSuchFileException e) {
            throw new ScenarioException("file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ScenarioException("not valid YAML: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw new ScenarioException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(root);
    }

    static Scenario read(String yaml) throws ScenarioException {
        try {
            return parse(YAML.readTree(yaml));
        } catch (JsonProcessingException e) {
            throw new ScenarioException("not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static Scenario parse(JsonNode root) throws ScenarioException {
        if (root == null || !root.isObject()) {
            throw new ScenarioException("a scenario is a YAML mapping with the keys users, timeline and expected");
        }
        for (String key : (Iterable<String>) root::fieldNames) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new ScenarioException("unknown top-level key '" + key + "'; the keys are "
                        + String.join(", ", TOP_LEVEL_KEYS.stream().sorted().toList()));
            }
        }
        Map<String, String> organizations = organizations(root.path("organizations"));
        Map<String, ScenarioUser> users = users(root.path("users"));
        List<Step> steps = TimelineParser.parse(root.path("timeline"), users.keySet());
        List<ViewExpectation> expectations = expectations(root.path("expected"), users.keySet());
        JsonNode targetHistory = root.hasNonNull("expected_target_history")
                ? root.get("expected_target_history") : null;
        return new Scenario(organizations, users, steps, expectations, targetHistory);
    }

    private static Map<String, String> organizations(JsonNode list) throws ScenarioException {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode organization : optionalList(list, "organizations")) {
            String id = requiredText(organization, "id", "each organization");
            names.put(id, organization.hasNonNull("name") ? organization.get("name").asText() : id);
        }
        return names;
    }

    private static Map<String, ScenarioUser> users(JsonNode list) throws ScenarioException {
        if (!list.isArray() || list.isEmpty()) {
            throw new ScenarioException("users is missing: list each user with id, org and name");
        }
        Map<String, ScenarioUser> users = new LinkedHashMap<>();
        for (JsonNode user : list) {
            String id = requiredText(user, "id", "each user");
            String organization = requiredText(user, "org", "user " + id);
            String name = user.hasNonNull("name") ? user.get("name").asText() : id;
            if (users.put(id, new ScenarioUser(id, organization, name)) != null) {
                throw new ScenarioException("user " + id + " is listed twice");
            }
        }
        return users;
    }

    private static List<ViewExpectation> expectations(JsonNode list, Set<String> users) throws ScenarioException {
        List<ViewExpectation> expectations = new ArrayList<>();
        for (JsonNode entry : optionalList(list, "expected")) {
            if (!entry.isObject()) {
                throw new ScenarioException("each entry of expected is a mapping with as, at and the compared keys");
            }
            String user = requiredText(entry, "as", "each entry of expected");
            if (!users.contains(user)) {
                throw new ScenarioException("expected names user " + user + ", who is not listed under users");
            }
            String at = requiredText(entry, "at", "the expected entry as " + user);
            checkPoint(at, user);
            ObjectNode fields = ((ObjectNode) entry).deepCopy();
            fields.remove(List.of("as", "at", "sees"));
            boolean seesNothing = seesNothing(entry, user);
            if (seesNothing && !fields.isEmpty()) {
                throw new ScenarioException("the expected entry as " + user + " has 'sees: nothing' and also "
                        + "compares " + String.join(", ", (Iterable<String>) fields::fieldNames));
            }
            expectations.add(new ViewExpectation(user, at, seesNothing, fields));
        }
        return expectations;
    }

    private static void checkPoint(String at, String user) throws ScenarioException {
        if (at.equals(ViewExpectation.FINAL) || at.startsWith(ViewExpectation.REVIEW_PREFIX)) {
            return;
        }
        try {
            OffsetDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new ScenarioException("the expected entry as " + user + " has at: " + at
                    + "; use final, review NAME or an ISO-8601 instant");
        }
    }

    private static boolean seesNothing(JsonNode entry, String user) throws ScenarioException {
        if (!entry.has("sees")) {
            return false;
        }
        if (!"nothing".equals(entry.get("sees").asText())) {
            throw new ScenarioException("the expected entry as " + user + " has sees: " + entry.get("sees").asText()
                    + "; the only value is nothing");
        }
        return true;
    }

    static Iterable<JsonNode> optionalList(JsonNode list, String name) throws ScenarioException {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ScenarioException(name + " must be a list");
        }
        return list;
    }

    static String requiredText(JsonNode node, String field, String owner) throws ScenarioException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            throw new ScenarioException(owner + " needs " + field);
        }
        return value.asText();
    }
}
