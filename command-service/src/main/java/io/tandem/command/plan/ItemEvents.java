package io.tandem.command.plan;

import io.tandem.plan.event.ActivityAdded;
import io.tandem.plan.event.ActivityRemoved;
import io.tandem.plan.event.ActivityUpdated;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.ItemEvent;
import io.tandem.plan.event.MilestoneAdded;
import io.tandem.plan.event.MilestoneRemoved;
import io.tandem.plan.event.MilestoneUpdated;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.RiskRemoved;
import io.tandem.plan.event.RiskUpdated;
import io.tandem.plan.event.TargetRemoved;
import io.tandem.plan.event.TeamMemberAdded;
import io.tandem.plan.event.TeamMemberRemoved;
import io.tandem.plan.event.TeamMemberUpdated;
import io.tandem.plan.event.WhitespaceAdded;
import io.tandem.plan.event.WhitespaceRemoved;
import io.tandem.plan.event.WhitespaceUpdated;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.value.WorkStatus;
import java.util.List;

/** Builds the event of each item kind, and fills the defaults of a newly added item. */
final class ItemEvents {

    private ItemEvents() {
    }

    /** Names a team member without a ref by name, and starts milestones and activities open. */
    static PlanItem withDefaults(PlanItem item) {
        if (item instanceof TeamMember m) {
            return new TeamMember(m.ref() == null ? m.name() : m.ref(), m.side(), m.name(), m.role(),
                    m.accountableFor(), m.executiveSponsor() == null ? Boolean.FALSE : m.executiveSponsor());
        }
        if (item instanceof Milestone m && m.status() == null) {
            return new Milestone(m.ref(), m.name(), m.owner(), m.due(), WorkStatus.OPEN);
        }
        if (item instanceof Activity a && a.status() == null) {
            return new Activity(a.ref(), a.activity(), a.owner(), a.due(), WorkStatus.OPEN);
        }
        return item;
    }

    static ItemEvent added(String planId, PlanItem item, String internalTo) {
        return switch (ItemKind.of(item)) {
            case TEAM_MEMBER -> new TeamMemberAdded(planId, (TeamMember) item, internalTo);
            case CONTACT -> new ContactAdded(planId, (Contact) item, internalTo);
            case MILESTONE -> new MilestoneAdded(planId, (Milestone) item, internalTo);
            case WHITESPACE -> new WhitespaceAdded(planId, (Whitespace) item, internalTo);
            case DEAL -> new DealAdded(planId, (Deal) item, internalTo);
            case ACTIVITY -> new ActivityAdded(planId, (Activity) item, internalTo);
            case RISK -> new RiskAdded(planId, (Risk) item, internalTo);
            case TARGET -> throw new IllegalArgumentException("Targets are set, not added");
        };
    }

    static ItemEvent updated(String planId, PlanItem item, List<String> changedFields) {
        return switch (ItemKind.of(item)) {
            case TEAM_MEMBER -> new TeamMemberUpdated(planId, (TeamMember) item, changedFields);
            case CONTACT -> new ContactUpdated(planId, (Contact) item, changedFields);
            case MILESTONE -> new MilestoneUpdated(planId, (Milestone) item, changedFields);
            case WHITESPACE -> new WhitespaceUpdated(planId, (Whitespace) item, changedFields);
            case DEAL -> new DealUpdated(planId, (Deal) item, changedFields);
            case ACTIVITY -> new ActivityUpdated(planId, (Activity) item, changedFields);
            case RISK -> new RiskUpdated(planId, (Risk) item, changedFields);
            case TARGET -> throw new IllegalArgumentException("Targets are set, not updated");
        };
    }

    static ItemEvent removed(String planId, ItemKind kind, String ref) {
        return switch (kind) {
            case TEAM_MEMBER -> new TeamMemberRemoved(planId, ref);
            case CONTACT -> new ContactRemoved(planId, ref);
            case MILESTONE -> new MilestoneRemoved(planId, ref);
            case WHITESPACE -> new WhitespaceRemoved(planId, ref);
            case DEAL -> new DealRemoved(planId, ref);
            case ACTIVITY -> new ActivityRemoved(planId, ref);
            case RISK -> new RiskRemoved(planId, ref);
            case TARGET -> new TargetRemoved(planId, ref);
        };
    }
}
