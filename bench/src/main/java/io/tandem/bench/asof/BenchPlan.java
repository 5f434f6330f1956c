package io.tandem.bench.asof;

import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.RiskAdded;
import io.tandem.plan.event.RiskUpdated;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.Contact;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.Target;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.PartnerRole;
import io.tandem.plan.value.RelationshipStrength;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The events of one long-lived plan, as command-service would store them. The plan starts with 30
 * contacts, 50 deals, 20 risks and 6 target periods, some internal to either organization. Then
 * users of both organizations edit them, with reviews spread evenly over the history. Events are
 * about ten minutes apart, each at a random second of its slot.
 */
final class BenchPlan {

    static final String OWNER = "altura";
    static final String PARTNER = "meridian";
    static final String AGGREGATE_TYPE = "AccountPlan";
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private static final Duration SLOT = Duration.ofMinutes(10);
    private static final String[][] USERS = {{"dana.ruiz", OWNER}, {"sam.okafor", OWNER},
        {"priya.natarajan", PARTNER}, {"tom.hale", PARTNER}};
    private static final DealStage[] STAGES = {DealStage.DISCOVERY, DealStage.QUALIFICATION, DealStage.PROPOSAL,
        DealStage.NEGOTIATION};
    private static final Level[] LEVELS = Level.values();

    private final String planId = UUID.randomUUID().toString();
    private final Random random;
    private final List<DomainEventMessage<PlanEvent>> events = new ArrayList<>();
    private final List<String> reviews = new ArrayList<>();
    /** Items by ref, with the organization each is internal to ("" for shared). */
    private final Map<String, String> deals = new LinkedHashMap<>();
    private final Map<String, String> contacts = new LinkedHashMap<>();
    private final Map<String, String> risks = new LinkedHashMap<>();
    private int nextDeal;

    private BenchPlan(long seed) {
        this.random = new Random(seed);
    }

    /** Builds a plan of {@code eventCount} events with {@code reviewCount} reviews among them. */
    static BenchPlan generate(int eventCount, int reviewCount, long seed) {
        BenchPlan plan = new BenchPlan(seed);
        long reviewSpacing = eventCount / reviewCount;
        // A removed deal is replaced at once, so an edit may add two events and step over a version.
        long nextReview = reviewSpacing - 1;
        plan.add(USERS[0], new PlanCreated(plan.planId, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", 1,
                "USD", new AccountOverview("Kestrel Logistics Group", "Transportation and logistics",
                "18,500 employees", usd(420000), usd(1850000), "Largest freight operator in the EMEA book")));
        plan.addItems();
        while (plan.events.size() < eventCount) {
            long version = plan.events.size();
            if (version >= nextReview && plan.reviews.size() < reviewCount) {
                nextReview += reviewSpacing;
                String name = "Review " + (plan.reviews.size() + 1);
                plan.reviews.add(name);
                plan.add(USERS[plan.random.nextInt(USERS.length)], new ReviewRecorded(plan.planId, name,
                        "Review at version " + version));
            } else {
                plan.addEdit(eventCount - version >= 2);
            }
        }
        return plan;
    }

    private void addItems() {
        for (int i = 1; i <= 30; i++) {
            String owner = internalTo(i);
            String ref = "c" + i;
            contacts.put(ref, owner);
            add(author(owner), new ContactAdded(planId, contact(ref, "Title " + i), nullIfShared(owner)));
        }
        for (int i = 1; i <= 50; i++) {
            addDeal();
        }
        for (int i = 1; i <= 20; i++) {
            String owner = internalTo(i);
            String ref = "r" + i;
            risks.put(ref, owner);
            add(author(owner), new RiskAdded(planId, risk(ref, Level.MEDIUM), nullIfShared(owner)));
        }
        for (int i = 1; i <= 6; i++) {
            add(author(""), new TargetSet(planId, target(i)));
        }
    }

    /** Adds one edit; {@code roomForTwo} allows the one edit that adds two events, a deal replaced. */
    private void addEdit(boolean roomForTwo) {
        int kind = random.nextInt(100);
        if (kind < 50) {
            String ref = pick(deals);
            add(author(deals.get(ref)), new DealUpdated(planId, deal(ref, STAGES[random.nextInt(STAGES.length)],
                    10000L * (1 + random.nextInt(200))), List.of("stage", "amount")));
        } else if (kind < 65) {
            String ref = pick(contacts);
            add(author(contacts.get(ref)), new ContactUpdated(planId, contact(ref, "Title " + random.nextInt(1000)),
                    List.of("title")));
        } else if (kind < 80) {
            String ref = pick(risks);
            add(author(risks.get(ref)), new RiskUpdated(planId, risk(ref, LEVELS[random.nextInt(LEVELS.length)]),
                    List.of("likelihood")));
        } else if (kind < 92) {
            add(author(""), new TargetSet(planId, target(1 + random.nextInt(6))));
        } else if (kind < 94 || !roomForTwo) {
            add(author(""), new TierSet(planId, 1 + random.nextInt(3)));
        } else {
            String ref = pick(deals);
            add(author(deals.remove(ref)), new DealRemoved(planId, ref));
            addDeal();
        }
    }

    private void addDeal() {
        nextDeal++;
        String ref = "d" + nextDeal;
        String owner = internalTo(nextDeal);
        deals.put(ref, owner);
        add(author(owner), new DealAdded(planId, deal(ref, DealStage.DISCOVERY, 100000), nullIfShared(owner)));
    }

    /** Makes every fifth item internal to the owner and every seventh internal to the partner. */
    private static String internalTo(int number) {
        if (number % 5 == 0) {
            return OWNER;
        }
        return number % 7 == 0 ? PARTNER : "";
    }

    private static String nullIfShared(String owner) {
        return owner.isEmpty() ? null : owner;
    }

    /** Picks a user who may edit the item: one of its organization for an internal item, anyone otherwise. */
    private String[] author(String internalTo) {
        if (internalTo == null || internalTo.isEmpty()) {
            return USERS[random.nextInt(USERS.length)];
        }
        int offset = internalTo.equals(OWNER) ? 0 : 2;
        return USERS[offset + random.nextInt(2)];
    }

    private String pick(Map<String, String> items) {
        List<String> refs = new ArrayList<>(items.keySet());
        return refs.get(random.nextInt(refs.size()));
    }

    private void add(String[] user, PlanEvent event) {
        long version = events.size();
        Instant at = START.plus(SLOT.multipliedBy(version)).plusSeconds(random.nextInt((int) SLOT.toSeconds()));
        Map<String, String> metaData = Map.of(PlanMetadata.USER_ID, user[0], PlanMetadata.USER_NAME, user[0],
                PlanMetadata.ORGANIZATION, user[1]);
        events.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, planId, version, event, metaData,
                UUID.randomUUID().toString(), at));
    }

    private static Contact contact(String ref, String title) {
        return new Contact(ref, "Contact " + ref, title, null, RelationshipStrength.NEUTRAL, null, null);
    }

    private static Deal deal(String ref, DealStage stage, long amount) {
        return new Deal(ref, "Deal " + ref, stage, usd(amount), null, PartnerRole.CO_SELL,
                LocalDate.parse("2026-12-15"));
    }

    private static Risk risk(String ref, Level likelihood) {
        return new Risk(ref, "Risk " + ref, likelihood, Level.MEDIUM, "Mitigation of " + ref, "Dana Ruiz");
    }

    private Target target(int period) {
        return new Target("FY2026-P" + period, usd(100000L * (1 + random.nextInt(50))),
                usd(300000L * (1 + random.nextInt(50))));
    }

    private static Money usd(long amount) {
        return new Money(BigDecimal.valueOf(amount), "USD");
    }

    String planId() {
        return planId;
    }

    List<DomainEventMessage<PlanEvent>> events() {
        return events;
    }

    List<String> reviews() {
        return reviews;
    }

    Instant createdAt() {
        return events.get(0).getTimestamp();
    }

    Instant lastEventAt() {
        return events.get(events.size() - 1).getTimestamp();
    }
}
