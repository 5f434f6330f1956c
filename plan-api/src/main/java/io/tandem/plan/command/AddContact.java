package io.tandem.plan.command;

import io.tandem.plan.item.Contact;
import io.tandem.plan.value.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddContact(@TargetAggregateIdentifier String planId, @TargetAggregateVersion Long baseVersion,
                      Contact contact, Visibility visibility) implements AddItem {

    @Override
    public Contact item() {
        return contact;
    }
}
