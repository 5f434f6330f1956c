package io.tandem.plan.command;

import io.tandem.plan.item.ItemKind;

public sealed interface RemoveItem extends PlanCommand
        permits RemoveTeamMember, RemoveContact, RemoveMilestone, RemoveWhitespace, RemoveDeal, RemoveActivity,
        RemoveRisk, RemoveTarget {

    ItemKind kind();

    String ref();
}
