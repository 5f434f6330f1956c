package io.tandem.plan.event;

import io.tandem.plan.item.TeamMember;
import java.util.List;

public record TeamMemberUpdated(String planId, TeamMember member, List<String> changedFields) implements ItemUpdated {

    @Override
    public TeamMember item() {
        return member;
    }
}
