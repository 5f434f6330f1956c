package io.tandem.export.plan;

import io.tandem.plan.item.PlanItem;

/** A list item of the plan as the caller reads it, with whether it is internal to the caller's organization. */
public record Listed<T extends PlanItem>(T item, boolean internal) {
}
