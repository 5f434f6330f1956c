package io.tandem.plan.event;

import io.tandem.plan.item.Risk;
import java.util.List;

public record RiskUpdated(String planId, Risk risk, List<String> changedFields) implements ItemUpdated {

    @Override
    public Risk item() {
        return risk;
    }
}
