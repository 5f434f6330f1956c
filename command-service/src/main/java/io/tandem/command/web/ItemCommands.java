package io.tandem.command.web;

import io.tandem.plan.command.AddActivity;
import io.tandem.plan.command.AddContact;
import io.tandem.plan.command.AddDeal;
import io.tandem.plan.command.AddItem;
import io.tandem.plan.command.AddMilestone;
import io.tandem.plan.command.AddRisk;
import io.tandem.plan.command.AddTeamMember;
import io.tandem.plan.command.AddWhitespace;
import io.tandem.plan.command.RemoveActivity;
import io.tandem.plan.command.RemoveContact;
import io.tandem.plan.command.RemoveDeal;
import io.tandem.plan.command.RemoveItem;
import io.tandem.plan.command.RemoveMilestone;
import io.tandem.plan.command.RemoveRisk;
import io.tandem.plan.command.RemoveTarget;
import io.tandem.plan.command.RemoveTeamMember;
import io.tandem.plan.command.RemoveWhitespace;
import io.tandem.plan.command.UpdateActivity;
import io.tandem.plan.command.UpdateContact;
import io.tandem.plan.command.UpdateDeal;
import io.tandem.plan.command.UpdateItem;
import io.tandem.plan.command.UpdateMilestone;
import io.tandem.plan.command.UpdateRisk;
import io.tandem.plan.command.UpdateTeamMember;
import io.tandem.plan.command.UpdateWhitespace;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.value.Visibility;
import java.util.List;

/** Builds the command of each item kind from a generic item request. */
final class ItemCommands {

    private ItemCommands() {
    }

    static AddItem add(String planId, long base, PlanItem item, Visibility visibility) {
        return switch (ItemKind.of(item)) {
            case TEAM_MEMBER -> new AddTeamMember(planId, base, (TeamMember) item, visibility);
            case CONTACT -> new AddContact(planId, base, (Contact) item, visibility);
            case MILESTONE -> new AddMilestone(planId, base, (Milestone) item, visibility);
            case WHITESPACE -> new AddWhitespace(planId, base, (Whitespace) item, visibility);
            case DEAL -> new AddDeal(planId, base, (Deal) item, visibility);
            case ACTIVITY -> new AddActivity(planId, base, (Activity) item, visibility);
            case RISK -> new AddRisk(planId, base, (Risk) item, visibility);
            case TARGET -> throw new IllegalArgumentException("Targets are set per period, not added");
        };
    }

    static UpdateItem update(String planId, long base, PlanItem changes, List<String> cleared) {
        return switch (ItemKind.of(changes)) {
            case TEAM_MEMBER -> new UpdateTeamMember(planId, base, (TeamMember) changes, cleared);
            case CONTACT -> new UpdateContact(planId, base, (Contact) changes, cleared);
            case MILESTONE -> new UpdateMilestone(planId, base, (Milestone) changes, cleared);
            case WHITESPACE -> new UpdateWhitespace(planId, base, (Whitespace) changes, cleared);
            case DEAL -> new UpdateDeal(planId, base, (Deal) changes, cleared);
            case ACTIVITY -> new UpdateActivity(planId, base, (Activity) changes, cleared);
            case RISK -> new UpdateRisk(planId, base, (Risk) changes, cleared);
            case TARGET -> throw new IllegalArgumentException("Targets are set per period, not updated");
        };
    }

    static RemoveItem remove(String planId, long base, ItemKind kind, String ref) {
        return switch (kind) {
            case TEAM_MEMBER -> new RemoveTeamMember(planId, base, ref);
            case CONTACT -> new RemoveContact(planId, base, ref);
            case MILESTONE -> new RemoveMilestone(planId, base, ref);
            case WHITESPACE -> new RemoveWhitespace(planId, base, ref);
            case DEAL -> new RemoveDeal(planId, base, ref);
            case ACTIVITY -> new RemoveActivity(planId, base, ref);
            case RISK -> new RemoveRisk(planId, base, ref);
            case TARGET -> new RemoveTarget(planId, base, ref);
        };
    }
}
