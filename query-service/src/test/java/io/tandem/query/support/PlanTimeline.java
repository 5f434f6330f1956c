package io.tandem.query.support;

import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.value.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The events of one plan as the AccountPlan aggregate would store them: consecutive sequence
 * numbers from 0, the author in the metadata, and timestamps one minute apart.
 */
public final class PlanTimeline {

    public static final String AGGREGATE_TYPE = "AccountPlan";

    private final String planId;
    private final List<DomainEventMessage<PlanEvent>> events = new ArrayList<>();
    private Instant clock;
    private String userId;
    private String userName;
    private String organization;

    private PlanTimeline(String planId, Instant start) {
        this.planId = planId;
        this.clock = start;
    }

    /** Starts a plan owned by {@code ownerOrg}, created by {@code ownerUser}, at {@code start}. */
    public static PlanTimeline create(String ownerUser, String ownerOrg, String partnerOrg, Instant start) {
        PlanTimeline timeline = new PlanTimeline(UUID.randomUUID().toString(), start);
        timeline.by(ownerUser, ownerOrg);
        AccountOverview overview = new AccountOverview("Kestrel Logistics Group", "Transportation and logistics",
                "18,500 employees", usd(420000), usd(1850000), "Largest freight operator in the EMEA book");
        return timeline.then(planId -> new PlanCreated(planId, ownerOrg, ownerOrg + " Inc.", partnerOrg,
                partnerOrg + " Ltd.", 1, "USD", overview));
    }

    public static Money usd(long amount) {
        return new Money(BigDecimal.valueOf(amount), "USD");
    }

    /** Makes the following events the edits of this user. */
    public PlanTimeline by(String userId, String organization) {
        this.userId = userId;
        this.userName = userId.toUpperCase();
        this.organization = organization;
        return this;
    }

    /** Adds the next event, made from the plan id by {@code event}. */
    public PlanTimeline then(Function<String, PlanEvent> event) {
        Map<String, String> metaData = Map.of(PlanMetadata.USER_ID, userId, PlanMetadata.USER_NAME, userName,
                PlanMetadata.ORGANIZATION, organization);
        events.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, planId, events.size(), event.apply(planId),
                metaData, UUID.randomUUID().toString(), clock));
        clock = clock.plus(Duration.ofMinutes(1));
        return this;
    }

    public String planId() {
        return planId;
    }

    /** Returns the sequence number of the last event. */
    public long version() {
        return events.size() - 1;
    }

    public List<DomainEventMessage<PlanEvent>> events() {
        return List.copyOf(events);
    }

    /** Returns the events after the given version. */
    public List<DomainEventMessage<PlanEvent>> eventsAfter(long version) {
        return List.copyOf(events.subList((int) version + 1, events.size()));
    }
}
