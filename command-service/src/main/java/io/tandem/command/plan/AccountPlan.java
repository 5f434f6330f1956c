package io.tandem.command.plan;

import static io.tandem.plan.error.PlanRejectedException.invalid;
import static io.tandem.plan.error.PlanRejectedException.missing;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.command.AddItem;
import io.tandem.plan.command.AddTeamMember;
import io.tandem.plan.command.UpdateTeamMember;
import io.tandem.plan.command.RemoveTeamMember;
import io.tandem.plan.command.AddContact;
import io.tandem.plan.command.UpdateContact;
import io.tandem.plan.command.RemoveContact;
import io.tandem.plan.command.AddMilestone;
import io.tandem.plan.command.UpdateMilestone;
import io.tandem.plan.command.RemoveMilestone;
import io.tandem.plan.command.AddWhitespace;
import io.tandem.plan.command.UpdateWhitespace;
import io.tandem.plan.command.RemoveWhitespace;
import io.tandem.plan.command.AddDeal;
import io.tandem.plan.command.UpdateDeal;
import io.tandem.plan.command.RemoveDeal;
import io.tandem.plan.command.AddActivity;
import io.tandem.plan.command.UpdateActivity;
import io.tandem.plan.command.RemoveActivity;
import io.tandem.plan.command.AddRisk;
import io.tandem.plan.command.UpdateRisk;
import io.tandem.plan.command.RemoveRisk;
import io.tandem.plan.command.RemoveTarget;
import io.tandem.plan.command.CreatePlan;
import io.tandem.plan.command.PlanCommand;
import io.tandem.plan.command.RecordReview;
import io.tandem.plan.command.RemoveItem;
import io.tandem.plan.command.SetAccountOverview;
import io.tandem.plan.command.SetCurrentState;
import io.tandem.plan.command.SetReviewCadence;
import io.tandem.plan.command.SetTarget;
import io.tandem.plan.command.SetTier;
import io.tandem.plan.command.SetValueProposition;
import io.tandem.plan.command.UpdateItem;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.event.AccountOverviewSet;
import io.tandem.plan.event.CurrentStateSet;
import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewCadenceSet;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.event.ValuePropositionSet;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.state.EventContext;
import io.tandem.plan.state.Footprint;
import io.tandem.plan.state.ItemPatch;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.state.PlanState;
import io.tandem.plan.value.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One joint account plan, event-sourced. Each command handler checks who may edit, whether the
 * edit collides with changes its author had not seen, and the plan's rules, then applies one
 * event. State is the shared fold {@link PlanState}, so snapshots hold exactly what the read
 * side computes. Handlers return the plan version after the edit.
 */
@Aggregate(snapshotTriggerDefinition = "planSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class AccountPlan {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    @AggregateIdentifier
    private String planId;
    private PlanState state = new PlanState();

    protected AccountPlan() {
    }

    @CommandHandler
    public AccountPlan(CreatePlan command, MetaData metaData) {
        String organization = (String) metaData.get(PlanMetadata.ORGANIZATION);
        if (command.ownerOrg() == null || command.ownerOrg().isBlank()) {
            throw missing("owner_org");
        }
        if (!command.ownerOrg().equals(organization)) {
            throw new PlanRejectedException(ErrorCode.NOT_OWNER_ORGANIZATION, "owner_org",
                    "A plan is created by its owner organization: you act for '" + organization
                            + "', not '" + command.ownerOrg() + "'");
        }
        PlanRules.checkRef(command.ownerOrg(), "owner_org");
        PlanRules.checkRef(command.partnerOrg(), "partner_org");
        if (command.partnerOrg().equals(command.ownerOrg())) {
            throw invalid("partner_org", "partner_org must differ from owner_org");
        }
        PlanRules.optionalText(command.ownerOrgName(), "owner_org_name", PlanRules.MAX_NAME);
        PlanRules.optionalText(command.partnerOrgName(), "partner_org_name", PlanRules.MAX_NAME);
        PlanRules.checkTier(command.tier(), "tier");
        String currency = planCurrency(command);
        PlanRules.checkOverview(command.accountOverview(), "account_overview.", currency);
        apply(new PlanCreated(command.planId(), command.ownerOrg(), nameOr(command.ownerOrgName(), command.ownerOrg()),
                command.partnerOrg(), nameOr(command.partnerOrgName(), command.partnerOrg()), command.tier(),
                currency, command.accountOverview()));
    }

    /** Returns the plan's one currency: the one named explicitly, or that of the overview's first amount. */
    private static String planCurrency(CreatePlan command) {
        if (command.currency() != null) {
            return PlanRules.checkCurrencyCode(command.currency(), "currency");
        }
        AccountOverview overview = command.accountOverview();
        if (overview != null && overview.arrWithUs() != null && overview.arrWithUs().currency() != null) {
            return PlanRules.checkCurrencyCode(overview.arrWithUs().currency(), "account_overview.arr_with_us.currency");
        }
        if (overview != null && overview.arrWithPartner() != null && overview.arrWithPartner().currency() != null) {
            return PlanRules.checkCurrencyCode(overview.arrWithPartner().currency(),
                    "account_overview.arr_with_partner.currency");
        }
        throw new PlanRejectedException(ErrorCode.MISSING_FIELD, "currency",
                "currency is required when the account overview names no amount");
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    @CommandHandler
    public long handle(SetTier command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        PlanConflicts.check(conflicts, state, Set.of(Footprint.tier()));
        PlanRules.checkTier(command.tier(), "tier");
        if (command.tier() != state.tier()) {
            apply(new TierSet(planId, command.tier()));
        }
        return state.version();
    }

    @CommandHandler
    public long handle(RecordReview command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        PlanConflicts.acceptAll(conflicts);
        String name = PlanRules.requireText(command.name(), "name", PlanRules.MAX_NAME).strip();
        PlanRules.optionalText(command.notes(), "notes", PlanRules.MAX_TEXT);
        if (state.review(name).isPresent()) {
            throw new PlanRejectedException(ErrorCode.DUPLICATE_REVIEW, "name",
                    "A review named '" + name + "' is already recorded for this plan");
        }
        apply(new ReviewRecorded(planId, name, command.notes()));
        return state.version();
    }

    @CommandHandler
    public long handle(SetAccountOverview command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        PlanEvent event = new AccountOverviewSet(planId, command.accountOverview());
        PlanConflicts.check(conflicts, state, Footprint.of(event));
        PlanRules.checkOverview(command.accountOverview(), "", state.currency());
        return applyIfChanged(event, sameJson(command.accountOverview(), state.accountOverview()));
    }

    @CommandHandler
    public long handle(SetValueProposition command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        PlanEvent event = new ValuePropositionSet(planId, command.valueProposition());
        PlanConflicts.check(conflicts, state, Footprint.of(event));
        requireSection(command.valueProposition());
        PlanRules.checkValueProposition(command.valueProposition());
        return applyIfChanged(event, sameJson(command.valueProposition(), state.valueProposition()));
    }

    @CommandHandler
    public long handle(SetCurrentState command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        PlanEvent event = new CurrentStateSet(planId, command.currentState());
        PlanConflicts.check(conflicts, state, Footprint.of(event));
        requireSection(command.currentState());
        PlanRules.checkCurrentState(command.currentState(), state.currency());
        return applyIfChanged(event, sameJson(command.currentState(), state.currentState()));
    }

    @CommandHandler
    public long handle(SetReviewCadence command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        PlanEvent event = new ReviewCadenceSet(planId, command.reviewCadence());
        PlanConflicts.check(conflicts, state, Footprint.of(event));
        requireSection(command.reviewCadence());
        PlanRules.checkReviewCadence(command.reviewCadence());
        return applyIfChanged(event, sameJson(command.reviewCadence(), state.reviewCadence()));
    }

    private static void requireSection(Object content) {
        if (content == null) {
            throw new PlanRejectedException(ErrorCode.MALFORMED_JSON, null, "The request body must be a JSON object");
        }
    }

    @CommandHandler
    public long handle(SetTarget command, MetaData metaData, ConflictResolver conflicts) {
        authorize(command, metaData);
        if (command.target() == null || command.target().period() == null) {
            throw missing("period");
        }
        TargetSet event = new TargetSet(planId, command.target());
        PlanConflicts.check(conflicts, state, Footprint.of(event));
        PlanRules.checkTarget(command.target(), state.currency());
        var current = state.item(ItemKind.TARGET, command.target().period());
        return applyIfChanged(event, current.isPresent() && sameJson(current.get(), command.target()));
    }

    // Axon routes a command by its class name, so each item command needs a handler of its own.
    // The handlers share one implementation per kind of edit.

    @CommandHandler
    public long handle(AddTeamMember command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateTeamMember command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveTeamMember command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(AddContact command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateContact command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveContact command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(AddMilestone command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateMilestone command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveMilestone command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(AddWhitespace command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateWhitespace command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveWhitespace command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(AddDeal command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateDeal command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveDeal command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(AddActivity command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateActivity command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveActivity command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(AddRisk command, MetaData metaData, ConflictResolver conflicts) {
        return add(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(UpdateRisk command, MetaData metaData, ConflictResolver conflicts) {
        return update(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveRisk command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    @CommandHandler
    public long handle(RemoveTarget command, MetaData metaData, ConflictResolver conflicts) {
        return remove(command, metaData, conflicts);
    }

    private long add(AddItem command, MetaData metaData, ConflictResolver conflicts) {
        String organization = authorize(command, metaData);
        PlanItem item = ItemEvents.withDefaults(command.item());
        PlanConflicts.acceptAll(conflicts);
        if (command.visibility() == null) {
            throw missing("visibility");
        }
        PlanRules.checkItem(item, state.currency(), organizations());
        ItemKind kind = ItemKind.of(item);
        if (state.item(kind, item.ref()).isPresent()) {
            throw new PlanRejectedException(ErrorCode.DUPLICATE_REF, "ref",
                    "ref '" + item.ref() + "' is already in use in " + kind.collection());
        }
        String internalTo = command.visibility() == Visibility.INTERNAL ? organization : null;
        ContactRules.check(state, item, internalTo, organization);
        apply(ItemEvents.added(planId, item, internalTo));
        return state.version();
    }

    private long update(UpdateItem command, MetaData metaData, ConflictResolver conflicts) {
        String organization = authorize(command, metaData);
        ItemKind kind = ItemKind.of(command.changes());
        String ref = command.changes().ref();
        PlanItem current = visibleItem(kind, ref, organization);
        List<String> cleared = command.cleared() == null ? List.of() : command.cleared();
        List<String> fields = ItemPatch.fieldsNamed(command.changes(), cleared);
        if (fields.isEmpty()) {
            throw new PlanRejectedException(ErrorCode.NOTHING_TO_CHANGE, null,
                    "The update names no field to change");
        }
        PlanConflicts.check(conflicts, state, fields.stream().map(field -> Footprint.field(kind, ref, field)).toList());
        PlanItem updated = ItemPatch.apply(current, command.changes(), cleared);
        PlanRules.checkItem(updated, state.currency(), organizations());
        ContactRules.check(state, updated, state.internalTo(kind, ref), organization);
        List<String> changed = ItemPatch.changedFields(current, updated);
        if (!changed.isEmpty()) {
            apply(ItemEvents.updated(planId, updated, changed));
        }
        return state.version();
    }

    private long remove(RemoveItem command, MetaData metaData, ConflictResolver conflicts) {
        String organization = authorize(command, metaData);
        visibleItem(command.kind(), command.ref(), organization);
        PlanConflicts.check(conflicts, state, Set.of(Footprint.item(command.kind(), command.ref())));
        if (command.kind() == ItemKind.CONTACT) {
            ContactRules.checkRemoval(state, command.ref(), organization);
        }
        apply(ItemEvents.removed(planId, command.kind(), command.ref()));
        return state.version();
    }

    private PlanItem visibleItem(ItemKind kind, String ref, String organization) {
        String field = kind == ItemKind.TARGET ? "period" : "ref";
        PlanRules.checkRef(ref, field);
        return state.item(kind, ref)
                .filter(item -> state.isVisibleTo(kind, ref, organization))
                .orElseThrow(() -> new PlanRejectedException(ErrorCode.ITEM_NOT_FOUND, field,
                        "No item '" + ref + "' in " + kind.collection() + " of this plan"));
    }

    /**
     * Checks that the caller's organization is a member of the plan and that the base version
     * exists; returns the caller's organization. Non-members learn nothing, because they get the
     * same response as for a plan that does not exist.
     */
    private String authorize(PlanCommand command, MetaData metaData) {
        String organization = (String) metaData.get(PlanMetadata.ORGANIZATION);
        if (!state.isMember(organization)) {
            throw new PlanRejectedException(ErrorCode.PLAN_NOT_FOUND, null, "No plan " + command.planId());
        }
        if (command.baseVersion() == null) {
            throw missing("base_version");
        }
        if (command.baseVersion() < 0) {
            throw invalid("base_version", "base_version must not be negative");
        }
        return organization;
    }

    /** Returns whether users of the organization may edit this plan. */
    public boolean isMember(String organization) {
        return state.isMember(organization);
    }

    private List<String> organizations() {
        return List.of(state.ownerOrg(), state.partnerOrg());
    }

    /** Compares on the stored JSON form, so 420000 and 420000.00 count as the same amount. */
    private static boolean sameJson(Object requested, Object current) {
        return current != null && JSON.valueToTree(requested).equals(JSON.valueToTree(current));
    }

    private long applyIfChanged(PlanEvent event, boolean unchanged) {
        if (!unchanged) {
            apply(event);
        }
        return state.version();
    }

    @EventSourcingHandler
    void on(PlanEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant timestamp, MetaData metaData) {
        if (event instanceof PlanCreated created) {
            planId = created.planId();
        }
        state.apply(event, new EventContext(sequenceNumber, timestamp, (String) metaData.get(PlanMetadata.USER_ID),
                (String) metaData.get(PlanMetadata.USER_NAME), (String) metaData.get(PlanMetadata.ORGANIZATION)));
    }
}
