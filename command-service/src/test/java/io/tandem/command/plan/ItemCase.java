package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.OWNER;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.usd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.command.AddActivity;
import io.tandem.plan.command.AddContact;
import io.tandem.plan.command.AddDeal;
import io.tandem.plan.command.AddMilestone;
import io.tandem.plan.command.AddRisk;
import io.tandem.plan.command.AddTeamMember;
import io.tandem.plan.command.AddWhitespace;
import io.tandem.plan.command.RemoveActivity;
import io.tandem.plan.command.RemoveContact;
import io.tandem.plan.command.RemoveDeal;
import io.tandem.plan.command.RemoveMilestone;
import io.tandem.plan.command.RemoveRisk;
import io.tandem.plan.command.RemoveTeamMember;
import io.tandem.plan.command.RemoveWhitespace;
import io.tandem.plan.command.UpdateActivity;
import io.tandem.plan.command.UpdateContact;
import io.tandem.plan.command.UpdateDeal;
import io.tandem.plan.command.UpdateMilestone;
import io.tandem.plan.command.UpdateRisk;
import io.tandem.plan.command.UpdateTeamMember;
import io.tandem.plan.command.UpdateWhitespace;
import io.tandem.plan.event.ActivityAdded;
import io.tandem.plan.event.ActivityRemoved;
import io.tandem.plan.event.ActivityUpdated;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.MilestoneAdded;
import io.tandem.plan.event.MilestoneRemoved;
import io.tandem.plan.event.MilestoneUpdated;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.RiskRemoved;
import io.tandem.plan.event.RiskUpdated;
import io.tandem.plan.event.TeamMemberAdded;
import io.tandem.plan.event.TeamMemberRemoved;
import io.tandem.plan.event.TeamMemberUpdated;
import io.tandem.plan.event.WhitespaceAdded;
import io.tandem.plan.event.WhitespaceRemoved;
import io.tandem.plan.event.WhitespaceUpdated;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.PartnerRole;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.plan.value.Visibility;
import io.tandem.plan.value.WorkStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * One kind of list item for the tests that hold for every kind: a valid sample, a change of one
 * of its fields, one required and one optional field, and the commands and events of the kind.
 * {@code change} carries only the ref and the changed field, as an update command does.
 */
record ItemCase(String name, PlanItem sample, PlanItem change, String changedField, PlanItem changed,
                String requiredField, String optionalField, Messages messages) {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    /** Builds the commands and events of one item kind. */
    interface Messages {
        Object add(Long base, PlanItem item, Visibility visibility);

        Object update(Long base, PlanItem changes, List<String> cleared);

        Object remove(Long base, String ref);

        Object added(PlanItem item, String internalTo);

        Object updated(PlanItem item, List<String> changedFields);

        Object removed(String ref);
    }

    @Override
    public String toString() {
        return name;
    }

    String ref() {
        return sample.ref();
    }

    Object add(PlanItem item) {
        return messages.add(0L, item, Visibility.SHARED);
    }

    Object added() {
        return messages.added(sample, null);
    }

    /** Returns the item with one JSON field left out, such as a sample without its required field. */
    static <T extends PlanItem> T without(T item, String field) {
        ObjectNode tree = JSON.valueToTree(item);
        tree.remove(field);
        @SuppressWarnings("unchecked")
        T copy = (T) JSON.convertValue(tree, item.getClass());
        return copy;
    }

    /** Returns the item with another ref. */
    static <T extends PlanItem> T withRef(T item, String ref) {
        ObjectNode tree = JSON.valueToTree(item);
        tree.put("ref", ref);
        @SuppressWarnings("unchecked")
        T copy = (T) JSON.convertValue(tree, item.getClass());
        return copy;
    }

    /** Returns an update that names the item but changes no field. */
    PlanItem refOnly(String ref) {
        ObjectNode tree = JSON.createObjectNode();
        tree.put("ref", ref);
        return JSON.convertValue(tree, sample.getClass());
    }

    static Stream<ItemCase> all() {
        return Stream.of(TEAM_MEMBER, CONTACT, MILESTONE, WHITESPACE, DEAL, ACTIVITY, RISK);
    }

    static final ItemCase TEAM_MEMBER = new ItemCase("team member",
            new TeamMember("dana", OWNER, "Dana Ruiz", "Alliance manager", "Plan owner", false),
            new TeamMember("dana", null, null, "Director", null, null), "role",
            new TeamMember("dana", OWNER, "Dana Ruiz", "Director", "Plan owner", false),
            "name", "accountable_for", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddTeamMember(PLAN_ID, base, (TeamMember) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateTeamMember(PLAN_ID, base, (TeamMember) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveTeamMember(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new TeamMemberAdded(PLAN_ID, (TeamMember) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new TeamMemberUpdated(PLAN_ID, (TeamMember) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new TeamMemberRemoved(PLAN_ID, ref);
                }
            });

    static final ItemCase CONTACT = new ItemCase("contact",
            new Contact("c1", "Aisha Karimi", "CIO", null, RelationshipStrength.STRONG, "economic buyer", "Met twice"),
            new Contact("c1", null, "CTO", null, null, null, null), "title",
            new Contact("c1", "Aisha Karimi", "CTO", null, RelationshipStrength.STRONG, "economic buyer", "Met twice"),
            "name", "note", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddContact(PLAN_ID, base, (Contact) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateContact(PLAN_ID, base, (Contact) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveContact(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new ContactAdded(PLAN_ID, (Contact) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new ContactUpdated(PLAN_ID, (Contact) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new ContactRemoved(PLAN_ID, ref);
                }
            });

    static final ItemCase MILESTONE = new ItemCase("milestone",
            new Milestone("m1", "Architecture workshop held", "Tom Hale", LocalDate.parse("2026-07-15"),
                    WorkStatus.OPEN),
            new Milestone("m1", null, null, null, WorkStatus.DONE), "status",
            new Milestone("m1", "Architecture workshop held", "Tom Hale", LocalDate.parse("2026-07-15"),
                    WorkStatus.DONE),
            "name", "owner", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddMilestone(PLAN_ID, base, (Milestone) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateMilestone(PLAN_ID, base, (Milestone) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveMilestone(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new MilestoneAdded(PLAN_ID, (Milestone) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new MilestoneUpdated(PLAN_ID, (Milestone) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new MilestoneRemoved(PLAN_ID, ref);
                }
            });

    static final ItemCase WHITESPACE = new ItemCase("whitespace",
            new Whitespace("w1", "Fleet telematics analytics", "Data already lands in storage", usd(600000)),
            new Whitespace("w1", null, "Works council agrees", null), "hypothesis",
            new Whitespace("w1", "Fleet telematics analytics", "Works council agrees", usd(600000)),
            "opportunity", "estimated_value", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddWhitespace(PLAN_ID, base, (Whitespace) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateWhitespace(PLAN_ID, base, (Whitespace) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveWhitespace(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new WhitespaceAdded(PLAN_ID, (Whitespace) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new WhitespaceUpdated(PLAN_ID, (Whitespace) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new WhitespaceRemoved(PLAN_ID, ref);
                }
            });

    static final ItemCase DEAL = new ItemCase("deal",
            new Deal("d1", "EMEA expansion", DealStage.PROPOSAL, usd(780000), usd(390000), PartnerRole.CO_SELL,
                    LocalDate.parse("2026-09-30")),
            new Deal("d1", null, DealStage.NEGOTIATION, null, null, null, null), "stage",
            new Deal("d1", "EMEA expansion", DealStage.NEGOTIATION, usd(780000), usd(390000), PartnerRole.CO_SELL,
                    LocalDate.parse("2026-09-30")),
            "name", "expected_close", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddDeal(PLAN_ID, base, (Deal) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateDeal(PLAN_ID, base, (Deal) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveDeal(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new DealAdded(PLAN_ID, (Deal) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new DealUpdated(PLAN_ID, (Deal) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new DealRemoved(PLAN_ID, ref);
                }
            });

    static final ItemCase ACTIVITY = new ItemCase("activity",
            new Activity("a1", "Executive briefing with the CIO", "Lena Brandt", LocalDate.parse("2026-07-10"),
                    WorkStatus.OPEN),
            new Activity("a1", null, null, null, WorkStatus.IN_PROGRESS), "status",
            new Activity("a1", "Executive briefing with the CIO", "Lena Brandt", LocalDate.parse("2026-07-10"),
                    WorkStatus.IN_PROGRESS),
            "activity", "due", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddActivity(PLAN_ID, base, (Activity) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateActivity(PLAN_ID, base, (Activity) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveActivity(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new ActivityAdded(PLAN_ID, (Activity) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new ActivityUpdated(PLAN_ID, (Activity) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new ActivityRemoved(PLAN_ID, ref);
                }
            });

    static final ItemCase RISK = new ItemCase("risk",
            new Risk("r1", "Procurement insists on one invoice", Level.HIGH, Level.MEDIUM, "One private offer",
                    "Sam Okafor"),
            new Risk("r1", null, Level.MEDIUM, null, null, null), "likelihood",
            new Risk("r1", "Procurement insists on one invoice", Level.MEDIUM, Level.MEDIUM, "One private offer",
                    "Sam Okafor"),
            "risk", "mitigation", new Messages() {
                @Override
                public Object add(Long base, PlanItem item, Visibility visibility) {
                    return new AddRisk(PLAN_ID, base, (Risk) item, visibility);
                }

                @Override
                public Object update(Long base, PlanItem changes, List<String> cleared) {
                    return new UpdateRisk(PLAN_ID, base, (Risk) changes, cleared);
                }

                @Override
                public Object remove(Long base, String ref) {
                    return new RemoveRisk(PLAN_ID, base, ref);
                }

                @Override
                public Object added(PlanItem item, String internalTo) {
                    return new RiskAdded(PLAN_ID, (Risk) item, internalTo);
                }

                @Override
                public Object updated(PlanItem item, List<String> changedFields) {
                    return new RiskUpdated(PLAN_ID, (Risk) item, changedFields);
                }

                @Override
                public Object removed(String ref) {
                    return new RiskRemoved(PLAN_ID, ref);
                }
            });
}
