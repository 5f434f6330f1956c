package io.tandem.plan.event;

import io.tandem.plan.item.Contact;
import java.util.List;

public record ContactUpdated(String planId, Contact contact, List<String> changedFields) implements ItemUpdated {

    @Override
    public Contact item() {
        return contact;
    }
}
