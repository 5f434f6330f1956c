package io.tandem.plan.event;

import io.tandem.plan.item.TeamMember;

public record TeamMemberAdded(String planId, TeamMember member, String internalTo) implements ItemAdded {

    @Override
    public TeamMember item() {
        return member;
    }
}
