package io.tandem.plan.event;

import io.tandem.plan.item.Whitespace;

public record WhitespaceAdded(String planId, Whitespace whitespace, String internalTo) implements ItemAdded {

    @Override
    public Whitespace item() {
        return whitespace;
    }
}
