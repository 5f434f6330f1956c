package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.OWNER;
import static io.tandem.command.plan.PlanFixtures.PARTNER;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.SAM;
import static io.tandem.command.plan.PlanFixtures.by;
import static io.tandem.command.plan.PlanFixtures.created;
import static io.tandem.command.plan.PlanFixtures.rejected;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.tandem.plan.command.AddContact;
import io.tandem.plan.command.RemoveContact;
import io.tandem.plan.command.UpdateContact;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.event.ContactAdded;
import io.tandem.plan.event.ContactRemoved;
import io.tandem.plan.event.ContactUpdated;
import io.tandem.plan.item.Contact;
import io.tandem.plan.value.RelationshipStrength;
import io.tandem.plan.value.Visibility;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The org chart of the customer's key contacts: who reports to whom. */
class PlanContactsTest {

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    private static Contact contact(String ref, String reportsTo) {
        return new Contact(ref, "Contact " + ref, null, reportsTo, RelationshipStrength.NEUTRAL, null, null);
    }

    private static EventMessage<?> added(String ref, String reportsTo) {
        return by(DANA, new ContactAdded(PLAN_ID, contact(ref, reportsTo), null));
    }

    private static EventMessage<?> addedInternal(String ref, String reportsTo, String organization) {
        return by(organization.equals(OWNER) ? DANA : PRIYA,
                new ContactAdded(PLAN_ID, contact(ref, reportsTo), organization));
    }

    private static AddContact add(long base, String ref, String reportsTo, Visibility visibility) {
        return new AddContact(PLAN_ID, base, contact(ref, reportsTo), visibility);
    }

    private static UpdateContact reportTo(long base, String ref, String manager) {
        return new UpdateContact(PLAN_ID, base, new Contact(ref, null, null, manager, null, null, null), List.of());
    }

    @Test
    void addsContactReportingToExistingContact() {
        fixture.given(created(), added("c1", null))
                .when(add(1, "c2", "c1", Visibility.SHARED), DANA)
                .expectEvents(new ContactAdded(PLAN_ID, contact("c2", "c1"), null));
    }

    @Test
    void rejectsReportsToUnknownContact() {
        fixture.given(created(), added("c1", null))
                .when(add(1, "c2", "c9", Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.UNKNOWN_REPORTS_TO, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsReportsToRemovedContact() {
        fixture.given(created(), added("c1", null), by(DANA, new ContactRemoved(PLAN_ID, "c1")))
                .when(add(2, "c2", "c1", Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.UNKNOWN_REPORTS_TO, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsReportsToWithSlash() {
        fixture.given(created(), added("c1", null))
                .when(add(1, "c2", "c1/x", Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsContactReportingToItself() {
        fixture.given(created())
                .when(add(0, "c1", "c1", Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.REPORTING_CYCLE, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsUpdateToReportToItself() {
        fixture.given(created(), added("c1", null))
                .when(reportTo(1, "c1", "c1"), DANA)
                .expectException(rejected(ErrorCode.REPORTING_CYCLE, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsReportingCycleOfTwo() {
        fixture.given(created(), added("c1", null), added("c2", "c1"))
                .when(reportTo(2, "c1", "c2"), PRIYA)
                .expectException(rejected(ErrorCode.REPORTING_CYCLE, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsReportingCycleOfThree() {
        fixture.given(created(), added("c1", null), added("c2", "c1"), added("c3", "c2"))
                .when(reportTo(3, "c1", "c3"), PRIYA)
                .expectException(rejected(ErrorCode.REPORTING_CYCLE, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void movesContactUnderAnotherManager() {
        fixture.given(created(), added("c1", null), added("c2", "c1"), added("c3", "c1"))
                .when(reportTo(3, "c3", "c2"), PRIYA)
                .expectEvents(new ContactUpdated(PLAN_ID, contact("c3", "c2"), List.of("reports_to")));
    }

    @Test
    void checksCycleAgainstUpdatedOrgChart() {
        fixture.given(created(), added("c1", null), added("c2", "c1"), added("c3", null),
                        by(DANA, new ContactUpdated(PLAN_ID, contact("c2", "c3"), List.of("reports_to"))))
                .when(reportTo(4, "c3", "c2"), PRIYA)
                .expectException(rejected(ErrorCode.REPORTING_CYCLE, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsSharedContactReportingToInternalContact() {
        fixture.given(created(), addedInternal("c4", null, OWNER))
                .when(add(1, "c5", "c4", Visibility.SHARED), DANA)
                .expectException(rejected(ErrorCode.REPORTS_TO_INTERNAL, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void rejectsMovingSharedContactUnderInternalContact() {
        fixture.given(created(), added("c1", null), addedInternal("c4", null, OWNER))
                .when(reportTo(2, "c1", "c4"), SAM)
                .expectException(rejected(ErrorCode.REPORTS_TO_INTERNAL, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void nestsInternalContactsOfOneOrganization() {
        fixture.given(created(), addedInternal("c4", null, OWNER))
                .when(add(1, "c5", "c4", Visibility.INTERNAL), SAM)
                .expectEvents(new ContactAdded(PLAN_ID, contact("c5", "c4"), OWNER));
    }

    @Test
    void addsInternalContactReportingToSharedContact() {
        fixture.given(created(), added("c1", null))
                .when(add(1, "c4", "c1", Visibility.INTERNAL), PRIYA)
                .expectEvents(new ContactAdded(PLAN_ID, contact("c4", "c1"), PARTNER));
    }

    @Test
    void hidesInternalContactOfOtherOrganizationAsManager() {
        fixture.given(created(), addedInternal("c4", null, OWNER))
                .when(add(1, "c5", "c4", Visibility.INTERNAL), PRIYA)
                .expectException(rejected(ErrorCode.UNKNOWN_REPORTS_TO, "reports_to"))
                .expectNoEvents();
    }

    @Test
    void clearsReportsTo() {
        fixture.given(created(), added("c1", null), added("c2", "c1"))
                .when(new UpdateContact(PLAN_ID, 2L, new Contact("c2", null, null, null, null, null, null),
                        List.of("reports_to")), PRIYA)
                .expectEvents(new ContactUpdated(PLAN_ID, contact("c2", null), List.of("reports_to")));
    }

    @Test
    void rejectsRemovingContactWithDirectReports() {
        fixture.given(created(), added("c1", null), added("c2", "c1"))
                .when(new RemoveContact(PLAN_ID, 2L, "c1"), DANA)
                .expectException(rejected(ErrorCode.CONTACT_HAS_REPORTS, "ref"))
                .expectExceptionMessage(containsString("c2"))
                .expectNoEvents();
    }

    @Test
    void keepsHiddenReportOutOfRejection() {
        fixture.given(created(), added("c1", null), addedInternal("c9", "c1", PARTNER))
                .when(new RemoveContact(PLAN_ID, 2L, "c1"), DANA)
                .expectException(rejected(ErrorCode.CONTACT_HAS_REPORTS, "ref"))
                .expectExceptionMessage(not(containsString("c9")))
                .expectNoEvents();
    }

    @Test
    void removesContactWhoseReportsMovedAway() {
        fixture.given(created(), added("c1", null), added("c2", "c1"),
                        by(DANA, new ContactUpdated(PLAN_ID, contact("c2", null), List.of("reports_to"))))
                .when(new RemoveContact(PLAN_ID, 3L, "c1"), DANA)
                .expectEvents(new ContactRemoved(PLAN_ID, "c1"));
    }
}
