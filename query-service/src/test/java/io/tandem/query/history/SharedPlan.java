package io.tandem.query.history;

import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.RiskUpdated;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.query.support.PlanTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A plan edited by both organizations, each with internal items of its own, with two reviews.
 * Version N happens at {@link #START} plus N minutes. Altura (the owner) cannot see versions 4 and
 * 8, Meridian (the partner) cannot see versions 2, 7 and 11.
 */
final class SharedPlan {

    static final String OWNER = "altura";
    static final String PARTNER = "meridian";
    static final String DANA = "dana.ruiz";
    static final String PRIYA = "priya.natarajan";
    static final String PERIOD = "FY2026-H2";
    static final String Q3 = "FY2026 Q3 QBR";
    static final String Q4 = "FY2026 Q4 QBR";
    static final Instant START = Instant.parse("2026-06-02T09:00:00Z");
    static final long LAST_VERSION = 12;
    static final List<Long> HIDDEN_FROM_OWNER = List.of(4L, 8L);
    static final List<Long> HIDDEN_FROM_PARTNER = List.of(2L, 7L, 11L);

    private SharedPlan() {
    }

    static PlanTimeline create() {
        return PlanTimeline.create(DANA, OWNER, PARTNER, START)
                .then(id -> new ContactAdded(id, contact("c1", "CIO"), null))
                .then(id -> new ContactAdded(id, contact("c4", "Data Platform Lead"), OWNER))
                .then(id -> new TargetSet(id, new Target(PERIOD, PlanTimeline.usd(900000), null)))
                .by(PRIYA, PARTNER)
                .then(id -> new RiskAdded(id, risk(Level.MEDIUM), PARTNER))
                .then(id -> new TargetSet(id, new Target(PERIOD, PlanTimeline.usd(1100000),
                        PlanTimeline.usd(3000000))))
                .by(DANA, OWNER)
                .then(id -> new ReviewRecorded(id, Q3, "Targets raised"))
                .then(id -> new ContactUpdated(id, contact("c4", "Head of Data"), List.of("title")))
                .by(PRIYA, PARTNER)
                .then(id -> new RiskUpdated(id, risk(Level.HIGH), List.of("likelihood")))
                .by(DANA, OWNER)
                .then(id -> new TierSet(id, 2))
                .by(PRIYA, PARTNER)
                .then(id -> new TargetSet(id, new Target(PERIOD, PlanTimeline.usd(1250000),
                        PlanTimeline.usd(3000000))))
                .by(DANA, OWNER)
                .then(id -> new ContactRemoved(id, "c4"))
                .by(PRIYA, PARTNER)
                .then(id -> new ReviewRecorded(id, Q4, "Tier lowered"));
    }

    /** Returns the time of the event that produced the version. */
    static Instant at(long version) {
        return START.plus(Duration.ofMinutes(version));
    }

    static Contact contact(String ref, String title) {
        return new Contact(ref, "Contact " + ref, title, null, RelationshipStrength.NEUTRAL, null, null);
    }

    static Risk risk(Level likelihood) {
        return new Risk("r3", "Quota relief ends in Q4", likelihood, Level.MEDIUM, "Lock deal registration early",
                "Priya Natarajan");
    }
}
