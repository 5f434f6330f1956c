package io.tandem.plan.state;

import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Risk;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.PartnerRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Small builders of events and states for the fold's tests. */
public final class PlanEvents {

    public static final String PLAN = "plan-1";
    public static final String OWNER = "altura";
    public static final String PARTNER = "meridian";

    private PlanEvents() {
    }

    public static Money usd(long amount) {
        return new Money(BigDecimal.valueOf(amount), "USD");
    }

    public static PlanCreated created() {
        return new PlanCreated(PLAN, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", 1, "USD",
                new AccountOverview("Kestrel Logistics Group", "Logistics", null, usd(420000), usd(1850000), null));
    }

    public static Deal deal(String ref, DealStage stage) {
        return new Deal(ref, "Deal " + ref, stage, usd(1000), usd(500), PartnerRole.CO_SELL, LocalDate.of(2026, 9, 30));
    }

    public static Risk risk(String ref) {
        return new Risk(ref, "Risk " + ref, Level.HIGH, Level.MEDIUM, "Mitigate " + ref, "Sam");
    }

    public static EventContext context(long version, String organization) {
        return new EventContext(version, Instant.parse("2026-06-02T09:00:00Z").plusSeconds(version * 60),
                organization + ".user", organization + " user", organization);
    }

    /** Folds the events in order, each by a user of the given organization. */
    public static PlanState fold(String organization, PlanEvent... events) {
        PlanState state = new PlanState();
        for (int i = 0; i < events.length; i++) {
            state.apply(events[i], context(i, organization));
        }
        return state;
    }
}
