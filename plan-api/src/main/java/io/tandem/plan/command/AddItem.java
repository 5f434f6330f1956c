package io.tandem.plan.command;

import io.tandem.plan.item.PlanItem;
import io.tandem.plan.value.Visibility;

/** Adds one list item; an internal item is visible only to its author's organization. */
public sealed interface AddItem extends PlanCommand
        permits AddTeamMember, AddContact, AddMilestone, AddWhitespace, AddDeal, AddActivity, AddRisk {

    PlanItem item();

    Visibility visibility();
}
