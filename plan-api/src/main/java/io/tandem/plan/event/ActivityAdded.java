package io.tandem.plan.event;

import io.tandem.plan.item.Activity;

public record ActivityAdded(String planId, Activity activity, String internalTo) implements ItemAdded {

    @Override
    public Activity item() {
        return activity;
    }
}
