package io.tandem.export.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The texts (not the numbers) of a view's internal items that appear nowhere in its shared content: what a
 * partner export must not contain. Left out are texts shorter than {@value #MIN_LENGTH} characters (refs such
 * as "c4"), which occur by chance in the XML of any Office file, and labels of one or two lower-case words
 * ("neutral", "risk contact"), which are the plan's vocabulary rather than an item's content.
 */
public final class InternalTexts {

    static final int MIN_LENGTH = 5;
    private static final Pattern LABEL = Pattern.compile("[a-z]+( [a-z]+)?");
    private static final String[] COLLECTIONS = {"team_members", "contacts", "targets", "milestones", "whitespace",
            "deals", "activities", "risks"};

    private InternalTexts() {
    }

    public static Set<String> of(ObjectNode view) {
        Set<String> internal = new LinkedHashSet<>();
        Set<String> shared = new LinkedHashSet<>();
        view.fields().forEachRemaining(field -> {
            if (isCollection(field.getKey())) {
                for (JsonNode item : field.getValue()) {
                    collect(item, "internal".equals(item.path("visibility").asText()) ? internal : shared);
                }
            } else {
                collect(field.getValue(), shared);
            }
        });
        internal.removeIf(text -> text.length() < MIN_LENGTH || shared.contains(text) || LABEL.matcher(text).matches());
        return internal;
    }

    private static boolean isCollection(String name) {
        for (String collection : COLLECTIONS) {
            if (collection.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode node, Set<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        } else {
            node.forEach(child -> collect(child, texts));
        }
    }
}
