package io.tandem.plan.history;

import io.tandem.plan.value.Section;
import java.time.Instant;
import java.util.List;

/**
 * One accepted edit as the change history shows it: when, who, which section and item, and the
 * values before and after, field by field. {@code collection} and {@code ref} name the item
 * ({@code deals}, {@code d1}) and are null for edits of a whole section or of the plan itself.
 * {@code internalTo} is the only organization that may see the change, or null when both may.
 */
public record PlanChange(long version, Instant at, String userId, String userName, String organization,
                         Section section, String collection, String ref, ChangeAction action,
                         String internalTo, List<FieldChange> fields) {

    public boolean isVisibleTo(String viewer) {
        return internalTo == null || internalTo.equals(viewer);
    }
}
