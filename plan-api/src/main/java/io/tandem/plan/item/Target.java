package io.tandem.plan.item;

import io.tandem.plan.value.Money;

/** The joint revenue and pipeline target for one period, such as {@code FY2026-H2}. */
public record Target(String period, Money revenueTarget, Money pipelineTarget) implements PlanItem {

    @Override
    public String ref() {
        return period;
    }
}
