package io.tandem.plan.event;

import io.tandem.plan.item.Activity;
import java.util.List;

public record ActivityUpdated(String planId, Activity activity, List<String> changedFields) implements ItemUpdated {

    @Override
    public Activity item() {
        return activity;
    }
}
