package io.tandem.plan.event;

import io.tandem.plan.item.Whitespace;
import java.util.List;

public record WhitespaceUpdated(String planId, Whitespace whitespace, List<String> changedFields) implements ItemUpdated {

    @Override
    public Whitespace item() {
        return whitespace;
    }
}
