package io.tandem.plan.item;

import io.tandem.plan.value.Level;

public record Risk(String ref, String risk, Level likelihood, Level impact, String mitigation,
                   String mitigationOwner) implements PlanItem {
}
