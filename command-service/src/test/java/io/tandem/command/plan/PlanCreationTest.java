package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.OVERVIEW;
import static io.tandem.command.plan.PlanFixtures.OWNER;
import static io.tandem.command.plan.PlanFixtures.PARTNER;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.eur;
import static io.tandem.command.plan.PlanFixtures.rejected;
import static io.tandem.command.plan.PlanFixtures.usd;

import io.tandem.plan.command.CreatePlan;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.value.Money;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanCreationTest {

    private static final AccountOverview NO_MONEY = new AccountOverview("Kestrel Logistics Group", null, null, null,
            null, null);

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    private static CreatePlan create(Integer tier, String currency, AccountOverview overview) {
        return new CreatePlan(PLAN_ID, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", tier, currency, overview);
    }

    @Test
    void createsPlanWithCurrencyOfOverview() {
        fixture.givenNoPriorActivity()
                .when(create(1, null, OVERVIEW), DANA)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanCreated(PLAN_ID, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", 1, "USD",
                        OVERVIEW));
    }

    @Test
    void createsPlanWithExplicitCurrency() {
        fixture.givenNoPriorActivity()
                .when(create(2, "EUR", NO_MONEY), DANA)
                .expectEvents(new PlanCreated(PLAN_ID, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", 2, "EUR",
                        NO_MONEY));
    }

    @Test
    void takesCurrencyFromArrWithPartner() {
        var overview = new AccountOverview("Kestrel", null, null, null, eur(100), null);
        fixture.givenNoPriorActivity()
                .when(create(1, null, overview), DANA)
                .expectEvents(new PlanCreated(PLAN_ID, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", 1, "EUR",
                        overview));
    }

    @Test
    void namesOrganizationsByIdByDefault() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN_ID, OWNER, null, PARTNER, " ", 3, "USD", NO_MONEY), DANA)
                .expectEvents(new PlanCreated(PLAN_ID, OWNER, OWNER, PARTNER, PARTNER, 3, "USD", NO_MONEY));
    }

    @Test
    void rejectsCreationForAnotherOwnerOrganization() {
        fixture.givenNoPriorActivity()
                .when(create(1, null, OVERVIEW), PRIYA)
                .expectException(rejected(ErrorCode.NOT_OWNER_ORGANIZATION, "owner_org"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingOwnerOrganization() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN_ID, null, null, PARTNER, null, 1, "USD", OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "owner_org"))
                .expectNoEvents();
    }

    @Test
    void rejectsPartnerEqualToOwner() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN_ID, OWNER, null, OWNER, null, 1, "USD", OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "partner_org"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingPartner() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN_ID, OWNER, null, null, null, 1, "USD", OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "partner_org"))
                .expectNoEvents();
    }

    @Test
    void rejectsPartnerWithSlash() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN_ID, OWNER, null, "mer/idian", null, 1, "USD", OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "partner_org"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingTier() {
        fixture.givenNoPriorActivity()
                .when(create(null, null, OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "tier"))
                .expectNoEvents();
    }

    @Test
    void rejectsTierOutsideOneToThree() {
        fixture.givenNoPriorActivity()
                .when(create(4, null, OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "tier"))
                .expectNoEvents();
    }

    @Test
    void rejectsTierZero() {
        fixture.givenNoPriorActivity()
                .when(create(0, null, OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "tier"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingCurrencyWhenOverviewHasNoAmount() {
        fixture.givenNoPriorActivity()
                .when(create(1, null, NO_MONEY), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsInvalidCurrencyCode() {
        fixture.givenNoPriorActivity()
                .when(create(1, "DOLLARS", NO_MONEY), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsInvalidCurrencyCodeInOverview() {
        var overview = new AccountOverview("Kestrel", null, null, new Money(BigDecimal.TEN, "XYZW"), null, null);
        fixture.givenNoPriorActivity()
                .when(create(1, null, overview), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "account_overview.arr_with_us.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverviewInOtherCurrency() {
        fixture.givenNoPriorActivity()
                .when(create(1, "EUR", OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "account_overview.arr_with_us.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverviewWhoseTwoAmountsDifferInCurrency() {
        var overview = new AccountOverview("Kestrel", null, null, usd(10), eur(20), null);
        fixture.givenNoPriorActivity()
                .when(create(1, null, overview), DANA)
                .expectException(rejected(ErrorCode.CURRENCY_MISMATCH, "account_overview.arr_with_partner.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverviewAmountWithoutCurrency() {
        var overview = new AccountOverview("Kestrel", null, null, new Money(BigDecimal.TEN, null), null, null);
        fixture.givenNoPriorActivity()
                .when(create(1, "USD", overview), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "account_overview.arr_with_us.currency"))
                .expectNoEvents();
    }

    @Test
    void rejectsNegativeArr() {
        var overview = new AccountOverview("Kestrel", null, null, usd(-1), null, null);
        fixture.givenNoPriorActivity()
                .when(create(1, null, overview), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "account_overview.arr_with_us.amount"))
                .expectNoEvents();
    }

    @Test
    void rejectsMissingOverview() {
        fixture.givenNoPriorActivity()
                .when(create(1, "USD", null), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "account_overview"))
                .expectNoEvents();
    }

    @Test
    void rejectsOverviewWithoutAccount() {
        var overview = new AccountOverview(" ", null, null, usd(10), null, null);
        fixture.givenNoPriorActivity()
                .when(create(1, null, overview), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "account_overview.account"))
                .expectNoEvents();
    }

    @Test
    void rejectsOrganizationNameLongerThanMaximum() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN_ID, OWNER, "A".repeat(PlanRules.MAX_NAME + 1), PARTNER, null, 1, "USD",
                        OVERVIEW), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "owner_org_name"))
                .expectNoEvents();
    }
}
