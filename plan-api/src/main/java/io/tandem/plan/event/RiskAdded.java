package io.tandem.plan.event;

import io.tandem.plan.item.Risk;

public record RiskAdded(String planId, Risk risk, String internalTo) implements ItemAdded {

    @Override
    public Risk item() {
        return risk;
    }
}
