package io.tandem.plan.command;

import io.tandem.plan.item.PlanItem;
import java.util.List;

/**
 * Changes some fields of one list item, with JSON merge patch semantics: {@code changes} carries
 * the new values and null for every field left as it is, and {@code cleared} names the optional
 * fields to empty.
 */
public sealed interface UpdateItem extends PlanCommand
        permits UpdateTeamMember, UpdateContact, UpdateMilestone, UpdateWhitespace, UpdateDeal, UpdateActivity,
        UpdateRisk {

    PlanItem changes();

    List<String> cleared();
}
