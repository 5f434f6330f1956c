package io.tandem.plan.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.tandem.plan.event.AccountOverviewSet;
import io.tandem.plan.event.CurrentStateSet;
import io.tandem.plan.event.ItemAdded;
import io.tandem.plan.event.ItemRemoved;
import io.tandem.plan.event.ItemUpdated;
import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewCadenceSet;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.event.ValuePropositionSet;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.Review;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole plan as its events built it: the one fold from events to state. The aggregate, the
 * current-plan projection and as-of replay all call {@link #apply}, so they cannot disagree.
 * Items keep the order in which they were added. The state contains every organization's internal
 * items, and {@link #visibleTo} returns the copy one organization may read.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class PlanState {

    private String planId;
    private String ownerOrg;
    private String ownerOrgName;
    private String partnerOrg;
    private String partnerOrgName;
    private String currency;
    private int tier;
    private long version = -1;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private AccountOverview accountOverview;
    private ValueProposition valueProposition;
    private CurrentState currentState;
    private ReviewCadence reviewCadence;
    private LinkedHashMap<String, TeamMember> teamMembers = new LinkedHashMap<>();
    private LinkedHashMap<String, Contact> contacts = new LinkedHashMap<>();
    private LinkedHashMap<String, Target> targets = new LinkedHashMap<>();
    private LinkedHashMap<String, Milestone> milestones = new LinkedHashMap<>();
    private LinkedHashMap<String, Whitespace> whitespace = new LinkedHashMap<>();
    private LinkedHashMap<String, Deal> deals = new LinkedHashMap<>();
    private LinkedHashMap<String, Activity> activities = new LinkedHashMap<>();
    private LinkedHashMap<String, Risk> risks = new LinkedHashMap<>();
    /** Internal items by {@link Footprint#item} key, each with the organization that may see it. */
    private LinkedHashMap<String, String> internalItems = new LinkedHashMap<>();
    private List<Review> reviews = new ArrayList<>();

    /** Applies one event of this plan; events must come in version order. */
    public PlanState apply(PlanEvent event, EventContext context) {
        if (event instanceof PlanCreated created) {
            planId = created.planId();
            ownerOrg = created.ownerOrg();
            ownerOrgName = created.ownerOrgName();
            partnerOrg = created.partnerOrg();
            partnerOrgName = created.partnerOrgName();
            currency = created.currency();
            tier = created.tier();
            accountOverview = created.accountOverview();
            createdAt = context.timestamp();
            createdBy = context.userId();
        } else if (event instanceof TierSet set) {
            tier = set.tier();
        } else if (event instanceof ReviewRecorded review) {
            reviews.add(new Review(review.name(), review.notes(), context.version(), context.timestamp(),
                    context.userId()));
        } else if (event instanceof AccountOverviewSet set) {
            accountOverview = set.accountOverview();
        } else if (event instanceof ValuePropositionSet set) {
            valueProposition = set.valueProposition();
        } else if (event instanceof CurrentStateSet set) {
            currentState = set.currentState();
        } else if (event instanceof ReviewCadenceSet set) {
            reviewCadence = set.reviewCadence();
        } else if (event instanceof TargetSet set) {
            targets.put(set.target().period(), set.target());
        } else if (event instanceof ItemAdded added) {
            mutableItems(added.kind()).put(added.ref(), added.item());
            if (added.internalTo() != null) {
                internalItems.put(Footprint.item(added.kind(), added.ref()), added.internalTo());
            }
        } else if (event instanceof ItemUpdated updated) {
            mutableItems(updated.kind()).put(updated.ref(), updated.item());
        } else if (event instanceof ItemRemoved removed) {
            mutableItems(removed.kind()).remove(removed.ref());
            internalItems.remove(Footprint.item(removed.kind(), removed.ref()));
        } else {
            throw new IllegalArgumentException("No fold for event " + event.getClass().getName());
        }
        version = context.version();
        updatedAt = context.timestamp();
        return this;
    }

    @SuppressWarnings("unchecked")
    private Map<String, PlanItem> mutableItems(ItemKind kind) {
        return (Map<String, PlanItem>) (Map<String, ? extends PlanItem>) switch (kind) {
            case TEAM_MEMBER -> teamMembers;
            case CONTACT -> contacts;
            case TARGET -> targets;
            case MILESTONE -> milestones;
            case WHITESPACE -> whitespace;
            case DEAL -> deals;
            case ACTIVITY -> activities;
            case RISK -> risks;
        };
    }

    /** Returns the items of one kind, by ref, in the order they were added. */
    public Map<String, PlanItem> items(ItemKind kind) {
        return Collections.unmodifiableMap(mutableItems(kind));
    }

    public Optional<PlanItem> item(ItemKind kind, String ref) {
        return Optional.ofNullable(mutableItems(kind).get(ref));
    }

    /** Returns the organization an item is internal to, or null for a shared item. */
    public String internalTo(ItemKind kind, String ref) {
        return internalItems.get(Footprint.item(kind, ref));
    }

    public boolean isVisibleTo(ItemKind kind, String ref, String organization) {
        String owner = internalTo(kind, ref);
        return owner == null || owner.equals(organization);
    }

    /** Returns whether users of the organization may read and edit this plan at all. */
    public boolean isMember(String organization) {
        return organization != null && (organization.equals(ownerOrg) || organization.equals(partnerOrg));
    }

    /** Returns a copy without the items that are internal to any other organization. */
    public PlanState visibleTo(String organization) {
        PlanState copy = copy();
        for (ItemKind kind : ItemKind.values()) {
            copy.mutableItems(kind).keySet().removeIf(ref -> !isVisibleTo(kind, ref, organization));
        }
        copy.internalItems.values().removeIf(owner -> !owner.equals(organization));
        return copy;
    }

    /** Returns a copy that shares the immutable items but none of the collections. */
    public PlanState copy() {
        PlanState copy = new PlanState();
        copy.planId = planId;
        copy.ownerOrg = ownerOrg;
        copy.ownerOrgName = ownerOrgName;
        copy.partnerOrg = partnerOrg;
        copy.partnerOrgName = partnerOrgName;
        copy.currency = currency;
        copy.tier = tier;
        copy.version = version;
        copy.createdAt = createdAt;
        copy.createdBy = createdBy;
        copy.updatedAt = updatedAt;
        copy.accountOverview = accountOverview;
        copy.valueProposition = valueProposition;
        copy.currentState = currentState;
        copy.reviewCadence = reviewCadence;
        for (ItemKind kind : ItemKind.values()) {
            copy.mutableItems(kind).putAll(mutableItems(kind));
        }
        copy.internalItems.putAll(internalItems);
        copy.reviews.addAll(reviews);
        return copy;
    }

    public Optional<Review> review(String name) {
        return reviews.stream().filter(r -> r.name().trim().equalsIgnoreCase(name.trim())).findFirst();
    }

    public String planId() {
        return planId;
    }

    public String ownerOrg() {
        return ownerOrg;
    }

    public String ownerOrgName() {
        return ownerOrgName;
    }

    public String partnerOrg() {
        return partnerOrg;
    }

    public String partnerOrgName() {
        return partnerOrgName;
    }

    public String currency() {
        return currency;
    }

    public int tier() {
        return tier;
    }

    /** Returns the sequence number of the last applied event, or -1 before creation. */
    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public AccountOverview accountOverview() {
        return accountOverview;
    }

    public ValueProposition valueProposition() {
        return valueProposition;
    }

    public CurrentState currentState() {
        return currentState;
    }

    public ReviewCadence reviewCadence() {
        return reviewCadence;
    }

    public Map<String, String> internalItems() {
        return Collections.unmodifiableMap(internalItems);
    }

    public List<Review> reviews() {
        return Collections.unmodifiableList(reviews);
    }
}
