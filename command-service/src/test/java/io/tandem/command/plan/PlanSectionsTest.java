package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.OVERVIEW;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.by;
import static io.tandem.command.plan.PlanFixtures.created;
import static io.tandem.command.plan.PlanFixtures.eur;
import static io.tandem.command.plan.PlanFixtures.rejected;
import static io.tandem.command.plan.PlanFixtures.usd;

import io.tandem.plan.command.RecordReview;
import io.tandem.plan.command.RemoveTarget;
import io.tandem.plan.command.SetAccountOverview;
import io.tandem.plan.command.SetCurrentState;
import io.tandem.plan.command.SetReviewCadence;
import io.tandem.plan.command.SetTarget;
import io.tandem.plan.command.SetTier;
import io.tandem.plan.command.SetValueProposition;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.event.AccountOverviewSet;
import io.tandem.plan.event.CurrentStateSet;
import io.tandem.plan.event.ReviewCadenceSet;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.TargetRemoved;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.event.ValuePropositionSet;
import io.tandem.plan.item.Target;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.ReviewFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan as a whole (tier, reviews), the four whole sections, and targets per period. */
class PlanSectionsTest {

    private static final ValueProposition PROPOSITION = new ValueProposition("Route analytics on Meridian",
            List.of("Cut empty miles"), List.of("Certified connector"));
    private static final CurrentState CURRENT_STATE = new CurrentState(List.of("Route Insights"),
            List.of("Rotterdam pilot"), List.of("Two marketplaces"), usd(420000), usd(1850000));
    private static final ReviewCadence CADENCE = new ReviewCadence(ReviewFrequency.MONTHLY,
            LocalDate.parse("2026-07-06"), List.of("Dana and Priya", "Lena and Grace"), "Dana owns the refresh");
    private static final Target H2 = new Target("FY2026-H2", usd(900000), usd(2700000));

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    private static List<String> entries(int count) {
        return Collections.nCopies(count, "entry");
    }

    @Test
    void setsTier() {
        fixture.given(created())
                .when(new SetTier(PLAN_ID, 0L, 2), PRIYA)
                .expectEvents(new TierSet(PLAN_ID, 2))
                .expectResultMessagePayload(1L);
    }

    @Test
    void keepsVersionWhenTierIsUnchanged() {
        fixture.given(created(), by(DANA, new TierSet(PLAN_ID, 3)))
                .when(new SetTier(PLAN_ID, 1L, 3), DANA)
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsTierOutsideOneToThree() {
        fixture.given(created())
                .when(new SetTier(PLAN_ID, 0L, 5), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "tier"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingTier() {
        fixture.given(created())
                .when(new SetTier(PLAN_ID, 0L, null), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "tier"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingBaseVersion() {
        fixture.given(created())
                .when(new SetTier(PLAN_ID, null, 2), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "base_version"))
                .expectNoEvents();
    }

    @Test
    void rejectsNegativeBaseVersion() {
        fixture.given(created())
                .when(new SetTier(PLAN_ID, -1L, 2), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "base_version"))
                .expectNoEvents();
    }

    @Test
    void rejectsBaseVersionAheadOfPlan() {
        fixture.given(created())
                .when(new SetTier(PLAN_ID, 3L, 2), DANA)
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void recordsReviewUnderStrippedName() {
        fixture.given(created())
                .when(new RecordReview(PLAN_ID, 0L, "  FY2026 Q3 QBR ", "Targets raised"), DANA)
                .expectEvents(new ReviewRecorded(PLAN_ID, "FY2026 Q3 QBR", "Targets raised"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsReviewNameUsedBeforeInOtherCase() {
        fixture.given(created(), by(DANA, new ReviewRecorded(PLAN_ID, "FY2026 Q3 QBR", null)))
                .when(new RecordReview(PLAN_ID, 1L, "fy2026 q3 qbr", null), PRIYA)
                .expectException(rejected(ErrorCode.DUPLICATE_REVIEW, "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsReviewWithoutName() {
        fixture.given(created())
                .when(new RecordReview(PLAN_ID, 0L, "  ", "notes"), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsReviewNotesLongerThanMaximum() {
        fixture.given(created())
                .when(new RecordReview(PLAN_ID, 0L, "QBR", "n".repeat(PlanRules.MAX_TEXT + 1)), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "notes"))
                .expectNoEvents();
    }

    @Test
    void setsAccountOverview() {
        var overview = new AccountOverview("Kestrel", "Logistics", null, usd(500000), null, null);
        fixture.given(created())
                .when(new SetAccountOverview(PLAN_ID, 0L, overview), DANA)
                .expectEvents(new AccountOverviewSet(PLAN_ID, overview))
                .expectResultMessagePayload(1L);
    }

    @Test
    void keepsVersionWhenOverviewIsUnchanged() {
        fixture.given(created())
                .when(new SetAccountOverview(PLAN_ID, 0L, OVERVIEW), DANA)
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void rejectsOverviewWithoutAccount() {
        var overview = new AccountOverview(null, "Logistics", null, null, null, null);
        fixture.given(created())
                .when(new SetAccountOverview(PLAN_ID, 0L, overview), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "account"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverviewInOtherCurrencyThanPlan() {
        var overview = new AccountOverview("Kestrel", null, null, null, eur(10), null);
        fixture.given(created())
                .when(new SetAccountOverview(PLAN_ID, 0L, overview), DANA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "arr_with_partner.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverviewIndustryLongerThanMaximum() {
        var overview = new AccountOverview("Kestrel", "i".repeat(PlanRules.MAX_NAME + 1), null, null, null, null);
        fixture.given(created())
                .when(new SetAccountOverview(PLAN_ID, 0L, overview), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "industry"))
                .expectNoEvents();
    }

    @Test
    void setsValueProposition() {
        fixture.given(created())
                .when(new SetValueProposition(PLAN_ID, 0L, PROPOSITION), PRIYA)
                .expectEvents(new ValuePropositionSet(PLAN_ID, PROPOSITION))
                .expectResultMessagePayload(1L);
    }

    @Test
    void keepsVersionWhenValuePropositionIsUnchanged() {
        fixture.given(created(), by(DANA, new ValuePropositionSet(PLAN_ID, PROPOSITION)))
                .when(new SetValueProposition(PLAN_ID, 1L, PROPOSITION), PRIYA)
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsValuePropositionWithoutCombinedValue() {
        fixture.given(created())
                .when(new SetValueProposition(PLAN_ID, 0L, new ValueProposition(null, List.of("x"), null)), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "combined_value"))
                .expectNoEvents();
    }

    @Test
    void rejectsValuePropositionWithTooManyOutcomes() {
        var proposition = new ValueProposition("Value", entries(PlanRules.MAX_LIST + 1), null);
        fixture.given(created())
                .when(new SetValueProposition(PLAN_ID, 0L, proposition), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "customer_outcomes"))
                .expectNoEvents();
    }

    @Test
    void rejectsBlankDifferentiator() {
        var proposition = new ValueProposition("Value", null, List.of("Connector", " "));
        fixture.given(created())
                .when(new SetValueProposition(PLAN_ID, 0L, proposition), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "differentiators[1]"))
                .expectNoEvents();
    }

    @Test
    void setsCurrentState() {
        fixture.given(created())
                .when(new SetCurrentState(PLAN_ID, 0L, CURRENT_STATE), DANA)
                .expectEvents(new CurrentStateSet(PLAN_ID, CURRENT_STATE))
                .expectResultMessagePayload(1L);
    }

    @Test
    void setsEmptyCurrentState() {
        var empty = new CurrentState(null, null, null, null, null);
        fixture.given(created())
                .when(new SetCurrentState(PLAN_ID, 0L, empty), DANA)
                .expectEvents(new CurrentStateSet(PLAN_ID, empty));
    }

    @Test
    void rejectsCurrentStateWithTooManySolutions() {
        var state = new CurrentState(entries(PlanRules.MAX_LIST + 1), null, null, null, null);
        fixture.given(created())
                .when(new SetCurrentState(PLAN_ID, 0L, state), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "solutions_deployed"))
                .expectNoEvents();
    }

    @Test
    void rejectsCurrentStateSpendInOtherCurrency() {
        var state = new CurrentState(null, null, null, usd(1), eur(2));
        fixture.given(created())
                .when(new SetCurrentState(PLAN_ID, 0L, state), DANA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "spend_with_partner.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsSpendWithMoreThanTwoDecimals() {
        var state = new CurrentState(null, null, null, new Money(new BigDecimal("1.005"), "USD"), null);
        fixture.given(created())
                .when(new SetCurrentState(PLAN_ID, 0L, state), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "spend_with_us.amount"))
                .expectNoEvents();
    }

    @Test
    void rejectsSpendWithoutAmount() {
        var state = new CurrentState(null, null, null, new Money(null, "USD"), null);
        fixture.given(created())
                .when(new SetCurrentState(PLAN_ID, 0L, state), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "spend_with_us.amount"))
                .expectNoEvents();
    }

    @Test
    void setsReviewCadence() {
        fixture.given(created())
                .when(new SetReviewCadence(PLAN_ID, 0L, CADENCE), DANA)
                .expectEvents(new ReviewCadenceSet(PLAN_ID, CADENCE))
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsReviewCadenceWithoutFrequency() {
        var cadence = new ReviewCadence(null, LocalDate.parse("2026-07-06"), null, null);
        fixture.given(created())
                .when(new SetReviewCadence(PLAN_ID, 0L, cadence), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "frequency"))
                .expectNoEvents();
    }

    @Test
    void rejectsEscalationPathWithTooManySteps() {
        var cadence = new ReviewCadence(ReviewFrequency.QUARTERLY, null, entries(PlanRules.MAX_LIST + 1), null);
        fixture.given(created())
                .when(new SetReviewCadence(PLAN_ID, 0L, cadence), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "escalation_path"))
                .expectNoEvents();
    }

    @Test
    void rejectsAccountabilitiesLongerThanMaximum() {
        var cadence = new ReviewCadence(ReviewFrequency.QUARTERLY, null, null, "a".repeat(PlanRules.MAX_TEXT + 1));
        fixture.given(created())
                .when(new SetReviewCadence(PLAN_ID, 0L, cadence), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "accountabilities"))
                .expectNoEvents();
    }

    @Test
    void setsTarget() {
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, H2), DANA)
                .expectEvents(new TargetSet(PLAN_ID, H2))
                .expectResultMessagePayload(1L);
    }

    @Test
    void setsTargetWithPipelineOnly() {
        var target = new Target("FY2027", null, usd(100));
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, target), DANA)
                .expectEvents(new TargetSet(PLAN_ID, target));
    }

    @Test
    void replacesTargetOfSamePeriod() {
        var raised = new Target("FY2026-H2", usd(1100000), usd(3000000));
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(new SetTarget(PLAN_ID, 1L, raised), PRIYA)
                .expectEvents(new TargetSet(PLAN_ID, raised))
                .expectResultMessagePayload(2L);
    }

    @Test
    void keepsVersionWhenTargetIsUnchanged() {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(new SetTarget(PLAN_ID, 1L, H2), PRIYA)
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsTargetPeriodWithInvalidCharacters() {
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, new Target("FY2026#H2", usd(1), null)), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "period"))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetPeriodLongerThanForty() {
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, new Target("F".repeat(41), usd(1), null)), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "period"))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetWithoutPeriod() {
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, new Target(null, usd(1), null)), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "period"))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetWithoutAmounts() {
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, new Target("FY2026-H2", null, null)), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "revenue_target"))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetInOtherCurrency() {
        fixture.given(created())
                .when(new SetTarget(PLAN_ID, 0L, new Target("FY2026-H2", usd(1), eur(2))), DANA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "pipeline_target.currency"))
                .expectNoEvents();
    }

    @Test
    void removesTarget() {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(new RemoveTarget(PLAN_ID, 1L, "FY2026-H2"), PRIYA)
                .expectEvents(new TargetRemoved(PLAN_ID, "FY2026-H2"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsRemovingUnknownTarget() {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(new RemoveTarget(PLAN_ID, 1L, "FY2027"), DANA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "period"))
                .expectNoEvents();
    }

    @Test
    void rejectsRemovingTargetRemovedBefore() {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)),
                        by(DANA, new TargetRemoved(PLAN_ID, "FY2026-H2")))
                .when(new RemoveTarget(PLAN_ID, 2L, "FY2026-H2"), DANA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "period"))
                .expectNoEvents();
    }
}
