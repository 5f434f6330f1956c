package io.tandem.plan.event;

import io.tandem.plan.item.Deal;

public record DealAdded(String planId, Deal deal, String internalTo) implements ItemAdded {

    @Override
    public Deal item() {
        return deal;
    }
}
