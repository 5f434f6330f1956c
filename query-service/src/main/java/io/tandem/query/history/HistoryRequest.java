package io.tandem.query.history;

import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.value.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads the query parameters of {@code GET /api/plans/{id}/history} into a {@link HistoryFilter}. */
final class HistoryRequest {

    static final Set<String> PARAMETERS = Set.of("section", "collection", "ref", "user", "organization", "from",
            "to", "order", "page", "size");
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private static final String REVIEWS = "reviews";

    private HistoryRequest() {
    }

    static HistoryFilter filter(QueryParameters parameters) {
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw PlanRejectedException.invalid("to", "to " + to + " is before from " + from);
        }
        long page = parameters.wholeNumber("page", 0);
        if (page < 0 || page > Integer.MAX_VALUE) {
            throw PlanRejectedException.invalid("page", "page must be 0 or more, but is " + page);
        }
        long size = parameters.wholeNumber("size", DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw PlanRejectedException.invalid("size", "size must be between 1 and " + MAX_SIZE + ", but is " + size);
        }
        return new HistoryFilter(section(parameters.text("section")), collection(parameters.text("collection")),
                parameters.text("ref"), parameters.text("user"), parameters.text("organization"), from, to,
                newestFirst(parameters.text("order")), (int) page, (int) size);
    }

    private static String section(String name) {
        if (name == null || JsonNames.parse(name, Section.class) != null) {
            return name;
        }
        List<String> names = Arrays.stream(Section.values()).map(JsonNames::of).toList();
        throw PlanRejectedException.invalid("section", "Unknown section '" + name + "'; the sections are "
                + String.join(", ", names));
    }

    /** Takes the JSON name ({@code team_members}) or the URL name ({@code team-members}) of a collection. */
    private static String collection(String name) {
        if (name == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            names.add(kind.collection());
        }
        names.add(REVIEWS);
        String collection = name.replace('-', '_');
        if (!names.contains(collection)) {
            throw PlanRejectedException.invalid("collection", "Unknown collection '" + name + "'; the collections"
                    + " are " + String.join(", ", names));
        }
        return collection;
    }

    private static boolean newestFirst(String order) {
        if (order == null || order.equals("newest")) {
            return true;
        }
        if (order.equals("oldest")) {
            return false;
        }
        throw PlanRejectedException.invalid("order", "order must be newest or oldest, but is '" + order + "'");
    }
}
