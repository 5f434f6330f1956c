package io.tandem.plan.error;

import java.time.Instant;

/**
 * The change a rejected edit collided with: the part of the plan (such as {@code deals/d1/stage}), its
 * current value, and the version, time and author of the change the editor had not seen.
 */
public record Conflict(String target, Object currentValue, long changedInVersion, Instant changedAt,
                       String changedBy, String changedByName, String changedByOrganization) {
}
