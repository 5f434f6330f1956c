package io.tandem.command.plan;

import io.tandem.plan.error.Conflict;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanConflictException;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.event.PlanCreated;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.state.PlanMetadata;
import io.tandem.plan.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Shared setup of the AccountPlan fixture tests: a plan between Altura (owner) and Meridian
 * (partner), the users who edit it, and a matcher for rejections by code and field.
 */
final class PlanFixtures {

    static final String PLAN_ID = "plan-1";
    static final String OWNER = "altura";
    static final String PARTNER = "meridian";
    static final String OUTSIDER = "outsider";
    static final Instant NOW = Instant.parse("2026-06-02T09:00:00Z");

    static final Map<String, String> DANA = author("dana.ruiz", "Dana Ruiz", OWNER);
    static final Map<String, String> SAM = author("sam.okafor", "Sam Okafor", OWNER);
    static final Map<String, String> PRIYA = author("priya.natarajan", "Priya Natarajan", PARTNER);
    static final Map<String, String> VICTOR = author("victor.mendes", "Victor Mendes", OUTSIDER);

    static final AccountOverview OVERVIEW = new AccountOverview("Kestrel Logistics Group",
            "Transportation and logistics", "18,500 employees", usd(420000), usd(1850000), "Largest freight operator");

    private PlanFixtures() {
    }

    /** Returns a fixture whose given events are stamped with {@link #NOW}. */
    static AggregateTestFixture<AccountPlan> fixture() {
        AggregateTestFixture<AccountPlan> fixture = new AggregateTestFixture<>(AccountPlan.class);
        fixture.givenCurrentTime(NOW);
        return fixture;
    }

    static Map<String, String> author(String userId, String userName, String organization) {
        return Map.of(PlanMetadata.USER_ID, userId, PlanMetadata.USER_NAME, userName,
                PlanMetadata.ORGANIZATION, organization);
    }

    /** Returns a given event as the author stored it, so the fold and conflicts see who made it. */
    static EventMessage<?> by(Map<String, String> author, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(author);
    }

    /** The creation event of the plan, made by Dana of the owner organization: version 0. */
    static EventMessage<?> created() {
        return by(DANA, new PlanCreated(PLAN_ID, OWNER, "Altura Analytics", PARTNER, "Meridian Cloud", 1, "USD",
                OVERVIEW));
    }

    static Money usd(long amount) {
        return new Money(BigDecimal.valueOf(amount), "USD");
    }

    static Money eur(long amount) {
        return new Money(BigDecimal.valueOf(amount), "EUR");
    }

    /** Matches a {@link PlanConflictException} on the field that describes exactly this conflict. */
    static Matcher<PlanConflictException> conflicted(String field, Conflict expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PlanConflictException conflict) {
                return conflict.code() == ErrorCode.CONFLICT && Objects.equals(conflict.field(), field)
                        && expected.equals(conflict.conflict());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a conflict on field " + field + ": " + expected);
            }

            @Override
            protected void describeMismatchSafely(PlanConflictException conflict, Description description) {
                description.appendText("was a conflict on field " + conflict.field() + ": " + conflict.conflict());
            }
        };
    }

    /** Matches a {@link PlanRejectedException} with the code and field. */
    static Matcher<PlanRejectedException> rejected(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PlanRejectedException rejection) {
                return rejection.code() == code && Objects.equals(rejection.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection with code " + code + " and field " + field);
            }

            @Override
            protected void describeMismatchSafely(PlanRejectedException rejection, Description description) {
                description.appendText("was code " + rejection.code() + " and field " + rejection.field()
                        + ": " + rejection.getMessage());
            }
        };
    }
}
