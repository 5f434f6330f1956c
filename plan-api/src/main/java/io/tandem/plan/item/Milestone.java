package io.tandem.plan.item;

import io.tandem.plan.value.WorkStatus;
import java.time.LocalDate;

public record Milestone(String ref, String name, String owner, LocalDate due, WorkStatus status)
        implements PlanItem {
}
