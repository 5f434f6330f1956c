package io.tandem.command.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.error.Conflict;
import io.tandem.plan.error.PlanConflictException;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.Footprint;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.state.PlanState;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;

/**
 * Decides whether an edit collides with changes its author had not seen. Axon hands the
 * {@link ConflictResolver} the events stored after the command's base version; the edit is
 * rejected only when one of them touched a part of the plan that the edit touches too.
 */
final class PlanConflicts {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private PlanConflicts() {
    }

    static void check(ConflictResolver resolver, PlanState state, Collection<String> touched) {
        resolver.detectConflicts(
                unseen -> lastOverlap(unseen, touched) != null,
                description -> conflict(state, lastOverlap(description.unexpectedEvents(), touched), touched));
    }

    /** Accepts any unseen change: for edits whose rules are checked against the current state alone. */
    static void acceptAll(ConflictResolver resolver) {
        resolver.detectConflicts(unseen -> false);
    }

    private static DomainEventMessage<?> lastOverlap(List<DomainEventMessage<?>> unseen, Collection<String> touched) {
        for (int i = unseen.size() - 1; i >= 0; i--) {
            DomainEventMessage<?> event = unseen.get(i);
            if (event.getPayload() instanceof PlanEvent planEvent
                    && Footprint.firstOverlap(touched, Footprint.of(planEvent)) != null) {
                return event;
            }
        }
        return null;
    }

    private static PlanConflictException conflict(PlanState state, DomainEventMessage<?> event,
                                                  Collection<String> touched) {
        String key = Footprint.firstOverlap(touched, Footprint.of((PlanEvent) event.getPayload()));
        var metaData = event.getMetaData();
        Conflict conflict = new Conflict(key, currentValue(state, key), event.getSequenceNumber(),
                event.getTimestamp(), (String) metaData.get(PlanMetadata.USER_ID),
                (String) metaData.get(PlanMetadata.USER_NAME), (String) metaData.get(PlanMetadata.ORGANIZATION));
        String message = key + " was changed in version " + event.getSequenceNumber() + " by "
                + conflict.changedByName() + " after the base version of this edit; reload the plan and "
                + "apply the edit again if it still holds";
        String[] parts = key.split("/");
        String field = parts.length == 3 ? parts[2] : null;
        return new PlanConflictException(field, message, conflict);
    }

    /** Returns the current value of the part of the plan that a footprint key names. */
    static Object currentValue(PlanState state, String key) {
        if (key.equals(Footprint.tier())) {
            return state.tier();
        }
        String[] parts = key.split("/", 3);
        if (parts[0].equals("reviews")) {
            return state.review(parts[1]).orElse(null);
        }
        if (parts[0].equals("section")) {
            return JSON.valueToTree(state).get(parts[1]);
        }
        ItemKind kind = ItemKind.valueOf(kindName(parts[0]));
        Object item = state.item(kind, parts[1]).orElse(null);
        if (parts.length == 2 || item == null) {
            return item;
        }
        JsonNode field = JSON.valueToTree(item).get(parts[2]);
        return field == null || field.isNull() ? null : field;
    }

    private static String kindName(String collection) {
        for (ItemKind kind : ItemKind.values()) {
            if (kind.collection().equals(collection)) {
                return kind.name();
            }
        }
        throw new IllegalArgumentException("Unknown footprint key " + collection);
    }
}
