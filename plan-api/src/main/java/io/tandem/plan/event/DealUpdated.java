package io.tandem.plan.event;

import io.tandem.plan.item.Deal;
import java.util.List;

public record DealUpdated(String planId, Deal deal, List<String> changedFields) implements ItemUpdated {

    @Override
    public Deal item() {
        return deal;
    }
}
