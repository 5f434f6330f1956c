package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.NOW;
import static io.tandem.command.plan.PlanFixtures.PARTNER;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.SAM;
import static io.tandem.command.plan.PlanFixtures.by;
import static io.tandem.command.plan.PlanFixtures.conflicted;
import static io.tandem.command.plan.PlanFixtures.created;
import static io.tandem.command.plan.PlanFixtures.rejected;
import static io.tandem.command.plan.PlanFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.tandem.plan.command.RecordReview;
import io.tandem.plan.command.RemoveDeal;
import io.tandem.plan.command.SetTarget;
import io.tandem.plan.command.SetTier;
import io.tandem.plan.command.SetValueProposition;
import io.tandem.plan.command.UpdateDeal;
import io.tandem.plan.error.Conflict;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealRemoved;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.event.ValuePropositionSet;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Target;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.PartnerRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.eventsourcing.conflictresolution.DefaultConflictResolver;
import org.axonframework.eventsourcing.conflictresolution.NoConflictResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edits based on an older plan version. The fixture numbers its given events 0, 1, 2, ..., so an
 * edit whose base version is below the last given event reaches the aggregate with Axon's
 * {@link ConflictResolver} holding the events its author had not seen.
 */
class PlanConflictsTest {

    private static final LocalDate CLOSE = LocalDate.parse("2026-09-30");
    private static final Deal D1 = new Deal("d1", "EMEA expansion", DealStage.PROPOSAL, usd(780000), usd(390000),
            PartnerRole.CO_SELL, CLOSE);
    private static final Deal D1_NEGOTIATION = new Deal("d1", "EMEA expansion", DealStage.NEGOTIATION, usd(780000),
            usd(390000), PartnerRole.CO_SELL, CLOSE);
    private static final Deal D2 = new Deal("d2", "Telematics pilot", DealStage.DISCOVERY, usd(150000), null,
            PartnerRole.SOURCED, null);

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    /** Versions 0 to 3: creation, two deals added by Dana, then Priya moves d1 to negotiation. */
    private static List<EventMessage<?>> dealMovedByPriya() {
        return List.of(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)),
                by(DANA, new DealAdded(PLAN_ID, D2, null)),
                by(PRIYA, new DealUpdated(PLAN_ID, D1_NEGOTIATION, List.of("stage"))));
    }

    private static Conflict conflict(String target, Object currentValue, long version, String userId, String userName,
                                     String organization) {
        return new Conflict(target, currentValue, version, NOW, userId, userName, organization);
    }

    @Test
    void rejectsUpdateOfFieldChangedAfterBaseVersion() {
        fixture.given(dealMovedByPriya())
                .when(new UpdateDeal(PLAN_ID, 2L, new Deal("d1", null, DealStage.CLOSED_WON, null, null, null, null),
                        List.of()), DANA)
                .expectException(conflicted("stage", conflict("deals/d1/stage", new TextNode("negotiation"), 3,
                        "priya.natarajan", "Priya Natarajan", PARTNER)))
                .expectNoEvents();
    }

    @Test
    void rejectsClearingFieldChangedAfterBaseVersion() {
        var repriced = new Deal("d1", "EMEA expansion", DealStage.PROPOSAL, usd(780000), usd(400000),
                PartnerRole.CO_SELL, CLOSE);
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)),
                        by(PRIYA, new DealUpdated(PLAN_ID, repriced, List.of("credited_amount"))))
                .when(new UpdateDeal(PLAN_ID, 1L, new Deal("d1", null, null, null, null, null, null),
                        List.of("credited_amount")), DANA)
                .expectException(rejected(ErrorCode.CONFLICT, "credited_amount"))
                .expectNoEvents();
    }

    @Test
    void namesLatestChangeOfConflictingField() {
        var won = new Deal("d1", "EMEA expansion", DealStage.CLOSED_WON, usd(780000), usd(390000),
                PartnerRole.CO_SELL, CLOSE);
        fixture.given(dealMovedByPriya())
                .andGiven(by(SAM, new DealUpdated(PLAN_ID, won, List.of("stage"))))
                .when(new UpdateDeal(PLAN_ID, 2L, new Deal("d1", null, DealStage.CLOSED_LOST, null, null, null, null),
                        List.of()), DANA)
                .expectException(conflicted("stage", conflict("deals/d1/stage", new TextNode("closed won"), 4,
                        "sam.okafor", "Sam Okafor", "altura")))
                .expectNoEvents();
    }

    @Test
    void mergesUpdateOfOtherFieldOfSameItem() {
        fixture.given(dealMovedByPriya())
                .when(new UpdateDeal(PLAN_ID, 2L, new Deal("d1", "EMEA-wide expansion", null, null, null, null, null),
                        List.of()), DANA)
                .expectEvents(new DealUpdated(PLAN_ID, new Deal("d1", "EMEA-wide expansion", DealStage.NEGOTIATION,
                        usd(780000), usd(390000), PartnerRole.CO_SELL, CLOSE), List.of("name")))
                .expectResultMessagePayload(4L);
    }

    @Test
    void acceptsUpdateOfOtherItem() {
        fixture.given(dealMovedByPriya())
                .when(new UpdateDeal(PLAN_ID, 2L, new Deal("d2", null, DealStage.PROPOSAL, null, null, null, null),
                        List.of()), DANA)
                .expectEvents(new DealUpdated(PLAN_ID, new Deal("d2", "Telematics pilot", DealStage.PROPOSAL,
                        usd(150000), null, PartnerRole.SOURCED, null), List.of("stage")))
                .expectResultMessagePayload(4L);
    }

    @Test
    void acceptsUpdateOnCurrentVersion() {
        fixture.given(dealMovedByPriya())
                .when(new UpdateDeal(PLAN_ID, 3L, new Deal("d1", null, DealStage.CLOSED_WON, null, null, null, null),
                        List.of()), DANA)
                .expectEvents(new DealUpdated(PLAN_ID, new Deal("d1", "EMEA expansion", DealStage.CLOSED_WON,
                        usd(780000), usd(390000), PartnerRole.CO_SELL, CLOSE), List.of("stage")));
    }

    @Test
    void rejectsRemovalOfItemChangedAfterBaseVersion() {
        fixture.given(dealMovedByPriya())
                .when(new RemoveDeal(PLAN_ID, 2L, "d1"), DANA)
                .expectException(conflicted(null, conflict("deals/d1", D1_NEGOTIATION, 3, "priya.natarajan",
                        "Priya Natarajan", PARTNER)))
                .expectNoEvents();
    }

    @Test
    void acceptsRemovalOfItemUnchangedSinceBaseVersion() {
        fixture.given(dealMovedByPriya())
                .when(new RemoveDeal(PLAN_ID, 2L, "d2"), DANA)
                .expectEvents(new DealRemoved(PLAN_ID, "d2"));
    }

    @Test
    void reportsMissingItemWhenRemovedAfterBaseVersion() {
        fixture.given(dealMovedByPriya())
                .andGiven(by(PRIYA, new DealRemoved(PLAN_ID, "d1")))
                .when(new UpdateDeal(PLAN_ID, 3L, new Deal("d1", "Renamed", null, null, null, null, null), List.of()),
                        DANA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }

    @Test
    void rejectsTierChangedAfterBaseVersion() {
        fixture.given(created(), by(PRIYA, new TierSet(PLAN_ID, 2)))
                .when(new SetTier(PLAN_ID, 0L, 3), DANA)
                .expectException(conflicted(null, conflict("tier", 2, 1, "priya.natarajan", "Priya Natarajan",
                        PARTNER)))
                .expectNoEvents();
    }

    @Test
    void acceptsTierAfterUnrelatedChange() {
        fixture.given(created(), by(PRIYA, new DealAdded(PLAN_ID, D2, null)))
                .when(new SetTier(PLAN_ID, 0L, 3), DANA)
                .expectEvents(new TierSet(PLAN_ID, 3))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsSectionReplacedAfterBaseVersion() {
        var theirs = new ValueProposition("Theirs", null, null);
        fixture.given(created(), by(PRIYA, new ValuePropositionSet(PLAN_ID, theirs)))
                .when(new SetValueProposition(PLAN_ID, 0L, new ValueProposition("Ours", null, null)), DANA)
                .expectException(rejected(ErrorCode.CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetOfPeriodSetAfterBaseVersion() {
        var raised = new Target("FY2026-H2", usd(1100000), usd(3000000));
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, new Target("FY2026-H2", usd(900000), null))),
                        by(PRIYA, new TargetSet(PLAN_ID, raised)))
                .when(new SetTarget(PLAN_ID, 1L, new Target("FY2026-H2", usd(950000), usd(2700000))), DANA)
                .expectException(conflicted(null, conflict("targets/FY2026-H2", raised, 2, "priya.natarajan",
                        "Priya Natarajan", PARTNER)))
                .expectNoEvents();
    }

    @Test
    void acceptsTargetOfOtherPeriod() {
        var h2 = new Target("FY2026-H2", usd(900000), null);
        var fy27 = new Target("FY2027", usd(2000000), null);
        fixture.given(created(), by(PRIYA, new TargetSet(PLAN_ID, h2)))
                .when(new SetTarget(PLAN_ID, 0L, fy27), DANA)
                .expectEvents(new TargetSet(PLAN_ID, fy27));
    }

    @Test
    void acceptsReviewOnOlderBaseVersion() {
        fixture.given(created(), by(PRIYA, new ReviewRecorded(PLAN_ID, "FY2026 Q3 QBR", null)))
                .when(new RecordReview(PLAN_ID, 0L, "FY2026 Q4 QBR", null), DANA)
                .expectEvents(new ReviewRecorded(PLAN_ID, "FY2026 Q4 QBR", null));
    }

    @Test
    void receivesUnseenEventsFromAxonsConflictResolver() {
        List<ConflictResolver> resolvers = new ArrayList<>();
        fixture.registerCommandHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } finally {
                resolvers.add(ConflictResolution.getConflictResolver());
            }
        });
        fixture.given(dealMovedByPriya())
                .when(new UpdateDeal(PLAN_ID, 2L, new Deal("d1", null, DealStage.CLOSED_WON, null, null, null, null),
                        List.of()), DANA)
                .expectException(rejected(ErrorCode.CONFLICT, "stage"));
        fixture.given(dealMovedByPriya())
                .when(new UpdateDeal(PLAN_ID, 3L, new Deal("d1", null, DealStage.CLOSED_WON, null, null, null, null),
                        List.of()), DANA)
                .expectSuccessfulHandlerExecution();

        assertThat(resolvers).hasSize(2);
        assertThat(resolvers.get(0)).isInstanceOf(DefaultConflictResolver.class);
        assertThat(resolvers.get(1)).isSameAs(NoConflictResolver.INSTANCE);
    }
}
