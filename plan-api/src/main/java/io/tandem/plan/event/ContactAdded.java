package io.tandem.plan.event;

import io.tandem.plan.item.Contact;

public record ContactAdded(String planId, Contact contact, String internalTo) implements ItemAdded {

    @Override
    public Contact item() {
        return contact;
    }
}
