package io.tandem.command.plan;

import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.OVERVIEW;
import static io.tandem.command.plan.PlanFixtures.OWNER;
import static io.tandem.command.plan.PlanFixtures.PLAN_ID;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.SAM;
import static io.tandem.command.plan.PlanFixtures.VICTOR;
import static io.tandem.command.plan.PlanFixtures.by;
import static io.tandem.command.plan.PlanFixtures.created;
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
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.item.Target;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.ReviewFrequency;
import io.tandem.plan.value.Visibility;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may edit what: members only, and internal items only by their author's organization. */
class PlanVisibilityTest {

    private static final Target H2 = new Target("FY2026-H2", usd(900000), null);

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    static List<ItemCase> kinds() {
        return ItemCase.all().toList();
    }

    /** Every command that edits an existing plan, as a function of its base version. */
    static Stream<Arguments> edits() {
        Stream<Arguments> planEdits = Stream.of(
                edit("set tier", base -> new SetTier(PLAN_ID, base, 2)),
                edit("record review", base -> new RecordReview(PLAN_ID, base, "QBR", null)),
                edit("set account overview", base -> new SetAccountOverview(PLAN_ID, base, OVERVIEW)),
                edit("set value proposition", base -> new SetValueProposition(PLAN_ID, base,
                        new ValueProposition("Value", null, null))),
                edit("set current state", base -> new SetCurrentState(PLAN_ID, base,
                        new CurrentState(null, null, null, null, null))),
                edit("set review cadence", base -> new SetReviewCadence(PLAN_ID, base,
                        new ReviewCadence(ReviewFrequency.MONTHLY, null, null, null))),
                edit("set target", base -> new SetTarget(PLAN_ID, base, H2)),
                edit("remove target", base -> new RemoveTarget(PLAN_ID, base, H2.period())));
        Stream<Arguments> itemEdits = ItemCase.all().flatMap(kind -> Stream.of(
                edit("add " + kind, base -> kind.messages().add(base, kind.sample(), Visibility.SHARED)),
                edit("update " + kind, base -> kind.messages().update(base, kind.change(), List.of())),
                edit("remove " + kind, base -> kind.messages().remove(base, kind.ref()))));
        return Stream.concat(planEdits, itemEdits);
    }

    private static Arguments edit(String name, Function<Long, Object> command) {
        return Arguments.of(name, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void hidesPlanFromNonMember(String name, Function<Long, Object> command) {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(command.apply(1L), VICTOR)
                .expectException(rejected(ErrorCode.PLAN_NOT_FOUND, null))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void hidesPlanFromNonMemberOnOlderBaseVersion(String name, Function<Long, Object> command) {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(command.apply(0L), VICTOR)
                .expectException(rejected(ErrorCode.PLAN_NOT_FOUND, null))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void rejectsEditWithoutBaseVersion(String name, Function<Long, Object> command) {
        fixture.given(created(), by(DANA, new TargetSet(PLAN_ID, H2)))
                .when(command.apply(null), PRIYA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "base_version"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void hidesInternalItemFromUpdateByOtherOrganization(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.messages().added(kind.sample(), OWNER)))
                .when(kind.messages().update(1L, kind.change(), List.of()), PRIYA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void hidesInternalItemFromRemovalByOtherOrganization(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.messages().added(kind.sample(), OWNER)))
                .when(kind.messages().remove(1L, kind.ref()), PRIYA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void letsAuthorsOrganizationUpdateInternalItem(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.messages().added(kind.sample(), OWNER)))
                .when(kind.messages().update(1L, kind.change(), List.of()), SAM)
                .expectEvents(kind.messages().updated(kind.changed(), List.of(kind.changedField())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void letsAuthorsOrganizationRemoveInternalItem(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.messages().added(kind.sample(), OWNER)))
                .when(kind.messages().remove(1L, kind.ref()), SAM)
                .expectEvents(kind.messages().removed(kind.ref()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void keepsItemInternalAfterUpdate(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.messages().added(kind.sample(), OWNER)),
                        by(SAM, kind.messages().updated(kind.changed(), List.of(kind.changedField()))))
                .when(kind.messages().remove(2L, kind.ref()), PRIYA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void sharesItemAddedAgainAfterInternalOneWasRemoved(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.messages().added(kind.sample(), OWNER)),
                        by(DANA, kind.messages().removed(kind.ref())), by(DANA, kind.added()))
                .when(kind.messages().update(3L, kind.change(), List.of()), PRIYA)
                .expectEvents(kind.messages().updated(kind.changed(), List.of(kind.changedField())));
    }
}
