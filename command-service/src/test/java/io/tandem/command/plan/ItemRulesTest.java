package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.OWNER;
import static io.tandem.command.plan.PlanFixtures.PARTNER;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.by;
import static io.tandem.command.plan.PlanFixtures.created;
import static io.tandem.command.plan.PlanFixtures.eur;
import static io.tandem.command.plan.PlanFixtures.rejected;
import static io.tandem.command.plan.PlanFixtures.usd;

import io.tandem.plan.command.AddActivity;
import io.tandem.plan.command.AddDeal;
import io.tandem.plan.command.AddMilestone;
import io.tandem.plan.command.AddRisk;
import io.tandem.plan.command.AddTeamMember;
import io.tandem.plan.command.AddWhitespace;
import io.tandem.plan.command.UpdateDeal;
import io.tandem.plan.command.UpdateMilestone;
import io.tandem.plan.command.UpdateTeamMember;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.event.ActivityAdded;
import io.tandem.plan.event.DealAdded;
import io.tandem.plan.event.DealUpdated;
import io.tandem.plan.event.MilestoneAdded;
import io.tandem.plan.event.TeamMemberAdded;
import io.tandem.plan.event.TeamMemberUpdated;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Deal;
import io.tandem.plan.item.Milestone;
import io.tandem.plan.item.Risk;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.item.Whitespace;
import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.PartnerRole;
import io.tandem.plan.value.Visibility;
import io.tandem.plan.value.WorkStatus;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules and defaults that belong to one kind of item. */
class ItemRulesTest {

    private static final LocalDate CLOSE = LocalDate.parse("2026-09-30");
    private static final Deal D1 = new Deal("d1", "EMEA expansion", DealStage.PROPOSAL, usd(780000), usd(390000),
            PartnerRole.CO_SELL, CLOSE);

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    private static AddDeal addDeal(Deal deal) {
        return new AddDeal(PLAN_ID, 0L, deal, Visibility.SHARED);
    }

    private static UpdateDeal updateDeal(long base, Deal changes, String... cleared) {
        return new UpdateDeal(PLAN_ID, base, changes, List.of(cleared));
    }

    @Test
    void namesTeamMemberWithoutRefByName() {
        fixture.given(created())
                .when(new AddTeamMember(PLAN_ID, 0L, new TeamMember(null, OWNER, "Dana Ruiz", "Alliance manager",
                        null, true), Visibility.SHARED), DANA)
                .expectEvents(new TeamMemberAdded(PLAN_ID, new TeamMember("Dana Ruiz", OWNER, "Dana Ruiz",
                        "Alliance manager", null, true), null));
    }

    @Test
    void startsTeamMemberAsNoExecutiveSponsor() {
        fixture.given(created())
                .when(new AddTeamMember(PLAN_ID, 0L, new TeamMember("tom", PARTNER, "Tom Hale", null, null, null),
                        Visibility.SHARED), PRIYA)
                .expectEvents(new TeamMemberAdded(PLAN_ID, new TeamMember("tom", PARTNER, "Tom Hale", null, null,
                        false), null));
    }

    @Test
    void findsTeamMemberNamedByDefaultRef() {
        var dana = new TeamMember("Dana Ruiz", OWNER, "Dana Ruiz", null, null, false);
        fixture.given(created(), by(DANA, new TeamMemberAdded(PLAN_ID, dana, null)))
                .when(new UpdateTeamMember(PLAN_ID, 1L, new TeamMember("Dana Ruiz", null, null, "Director", null,
                        null), List.of()), PRIYA)
                .expectEvents(new TeamMemberUpdated(PLAN_ID, new TeamMember("Dana Ruiz", OWNER, "Dana Ruiz",
                        "Director", null, false), List.of("role")));
    }

    @Test
    void rejectsTeamMemberOfOrganizationOutsidePlan() {
        fixture.given(created())
                .when(new AddTeamMember(PLAN_ID, 0L, new TeamMember("x", "outsider", "Victor", null, null, null),
                        Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "side"))
                .expectNoEvents();
    }

    @Test
    void rejectsTeamMemberWithoutSide() {
        fixture.given(created())
                .when(new AddTeamMember(PLAN_ID, 0L, new TeamMember("x", null, "Victor", null, null, null),
                        Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "side"))
                .expectNoEvents();
    }

    @Test
    void rejectsMovingTeamMemberToOrganizationOutsidePlan() {
        var tom = new TeamMember("tom", PARTNER, "Tom Hale", null, null, false);
        fixture.given(created(), by(PRIYA, new TeamMemberAdded(PLAN_ID, tom, null)))
                .when(new UpdateTeamMember(PLAN_ID, 1L, new TeamMember("tom", "outsider", null, null, null, null),
                        List.of()), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "side"))
                .expectNoEvents();
    }

    @Test
    void startsMilestoneOpen() {
        var milestone = new Milestone("m1", "Workshop held", "Tom Hale", LocalDate.parse("2026-07-15"), null);
        fixture.given(created())
                .when(new AddMilestone(PLAN_ID, 0L, milestone, Visibility.SHARED), DANA)
                .expectEvents(new MilestoneAdded(PLAN_ID, new Milestone("m1", "Workshop held", "Tom Hale",
                        LocalDate.parse("2026-07-15"), WorkStatus.OPEN), null));
    }

    @Test
    void rejectsClearingMilestoneStatus() {
        var milestone = new Milestone("m1", "Workshop held", null, null, WorkStatus.DONE);
        fixture.given(created(), by(DANA, new MilestoneAdded(PLAN_ID, milestone, null)))
                .when(new UpdateMilestone(PLAN_ID, 1L, new Milestone("m1", null, null, null, null),
                        List.of("status")), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "status"))
                .expectNoEvents();
    }

    @Test
    void startsActivityOpen() {
        var activity = new Activity("a1", "Executive briefing", null, null, null);
        fixture.given(created())
                .when(new AddActivity(PLAN_ID, 0L, activity, Visibility.SHARED), DANA)
                .expectEvents(new ActivityAdded(PLAN_ID, new Activity("a1", "Executive briefing", null, null,
                        WorkStatus.OPEN), null));
    }

    @Test
    void keepsExplicitActivityStatus() {
        var activity = new Activity("a1", "Executive briefing", null, null, WorkStatus.BLOCKED);
        fixture.given(created())
                .when(new AddActivity(PLAN_ID, 0L, activity, Visibility.SHARED), DANA)
                .expectEvents(new ActivityAdded(PLAN_ID, activity, null));
    }

    @Test
    void rejectsRiskWithoutLikelihood() {
        var risk = new Risk("r1", "Single invoice", null, Level.HIGH, null, null);
        fixture.given(created())
                .when(new AddRisk(PLAN_ID, 0L, risk, Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "likelihood"))
                .expectNoEvents();
    }

    @Test
    void rejectsRiskWithoutImpact() {
        var risk = new Risk("r1", "Single invoice", Level.HIGH, null, null, null);
        fixture.given(created())
                .when(new AddRisk(PLAN_ID, 0L, risk, Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "impact"))
                .expectNoEvents();
    }

    @Test
    void rejectsWhitespaceValueInOtherCurrency() {
        var whitespace = new Whitespace("w1", "Telematics", null, eur(600000));
        fixture.given(created())
                .when(new AddWhitespace(PLAN_ID, 0L, whitespace, Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "estimated_value.currency"))
                .expectNoEvents();
    }

    @Test
    void addsDealWithoutCreditedAmount() {
        var deal = new Deal("d2", "Pilot", DealStage.DISCOVERY, usd(150000), null, PartnerRole.SOURCED, null);
        fixture.given(created())
                .when(addDeal(deal), PRIYA)
                .expectEvents(new DealAdded(PLAN_ID, deal, null));
    }

    @Test
    void addsDealCreditedWithWholeAmount() {
        var deal = new Deal("d2", "Pilot", DealStage.DISCOVERY, usd(150000), usd(150000), PartnerRole.SOURCED, null);
        fixture.given(created())
                .when(addDeal(deal), PRIYA)
                .expectEvents(new DealAdded(PLAN_ID, deal, null));
    }

    @Test
    void rejectsDealCreditedAboveAmount() {
        var deal = new Deal("d2", "Pilot", DealStage.DISCOVERY, usd(150000), usd(150001), PartnerRole.SOURCED, null);
        fixture.given(created())
                .when(addDeal(deal), PRIYA)
                .expectException(rejected(ErrorCode.CREDIT_ABOVE_AMOUNT, "credited_amount"))
                .expectNoEvents();
    }

    @Test
    void rejectsCreditRaisedAboveAmount() {
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)))
                .when(updateDeal(1L, new Deal("d1", null, null, null, usd(780001), null, null)), PRIYA)
                .expectException(rejected(ErrorCode.CREDIT_ABOVE_AMOUNT, "credited_amount"))
                .expectNoEvents();
    }

    @Test
    void rejectsAmountLoweredBelowCredit() {
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)))
                .when(updateDeal(1L, new Deal("d1", null, null, usd(100000), null, null, null)), PRIYA)
                .expectException(rejected(ErrorCode.CREDIT_ABOVE_AMOUNT, "credited_amount"))
                .expectNoEvents();
    }

    @Test
    void checksCreditAgainstAmountOfEarlierUpdate() {
        var raised = new Deal("d1", "EMEA expansion", DealStage.PROPOSAL, usd(900000), usd(390000),
                PartnerRole.CO_SELL, CLOSE);
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)),
                        by(DANA, new DealUpdated(PLAN_ID, raised, List.of("amount"))))
                .when(updateDeal(2L, new Deal("d1", null, null, null, usd(850000), null, null)), PRIYA)
                .expectEvents(new DealUpdated(PLAN_ID, new Deal("d1", "EMEA expansion", DealStage.PROPOSAL,
                        usd(900000), usd(850000), PartnerRole.CO_SELL, CLOSE), List.of("credited_amount")));
    }

    @Test
    void clearsCreditedAmount() {
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)))
                .when(updateDeal(1L, new Deal("d1", null, null, null, null, null, null), "credited_amount"), PRIYA)
                .expectEvents(new DealUpdated(PLAN_ID, new Deal("d1", "EMEA expansion", DealStage.PROPOSAL,
                        usd(780000), null, PartnerRole.CO_SELL, CLOSE), List.of("credited_amount")));
    }

    @Test
    void updatesTwoFieldsOfDealAtOnce() {
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)))
                .when(updateDeal(1L, new Deal("d1", null, DealStage.CLOSED_WON, null, usd(780000), null, null)),
                        PRIYA)
                .expectEvents(new DealUpdated(PLAN_ID, new Deal("d1", "EMEA expansion", DealStage.CLOSED_WON,
                        usd(780000), usd(780000), PartnerRole.CO_SELL, CLOSE), List.of("stage", "credited_amount")));
    }

    @Test
    void rejectsClearingDealAmount() {
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)))
                .when(updateDeal(1L, new Deal("d1", null, null, null, null, null, null), "amount"), PRIYA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "amount"))
                .expectNoEvents();
    }

    @Test
    void rejectsDealWithoutStage() {
        fixture.given(created())
                .when(addDeal(new Deal("d2", "Pilot", null, usd(1), null, PartnerRole.SOURCED, null)), PRIYA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "stage"))
                .expectNoEvents();
    }

    @Test
    void rejectsDealWithoutPartnerRole() {
        fixture.given(created())
                .when(addDeal(new Deal("d2", "Pilot", DealStage.DISCOVERY, usd(1), null, null, null)), PRIYA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "partner_role"))
                .expectNoEvents();
    }

    @Test
    void rejectsDealAmountInOtherCurrency() {
        fixture.given(created())
                .when(addDeal(new Deal("d2", "Pilot", DealStage.DISCOVERY, eur(1), null, PartnerRole.SOURCED, null)),
                        PRIYA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "amount.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsCreditedAmountInOtherCurrency() {
        fixture.given(created(), by(DANA, new DealAdded(PLAN_ID, D1, null)))
                .when(updateDeal(1L, new Deal("d1", null, null, null, eur(1), null, null)), PRIYA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "credited_amount.currency"))
                .expectNoEvents();
    }
}
