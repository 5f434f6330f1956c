package io.tandem.plan.item;

import io.tandem.plan.value.WorkStatus;
import java.time.LocalDate;

/** One step of the 90-day joint motion plan. */
public record Activity(String ref, String activity, String owner, LocalDate due, WorkStatus status)
        implements PlanItem {
}
