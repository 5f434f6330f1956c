package io.tandem.command.plan;

import static io.tandem.command.plan.ItemCase.without;
import static io.tandem.command.plan.ItemCase.withRef;
import static io.tandem.command.plan.PlanFixtures.DANA;
import static io.tandem.command.plan.PlanFixtures.PARTNER;
import static io.tandem.command.plan.PlanFixtures.PRIYA;
import static io.tandem.command.plan.PlanFixtures.by;
import static io.tandem.command.plan.PlanFixtures.created;
import static io.tandem.command.plan.PlanFixtures.rejected;

import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.value.Visibility;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules that every kind of list item follows: add, update (merge patch) and remove. */
class PlanItemsTest {

    private AggregateTestFixture<AccountPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixtures.fixture();
    }

    static List<ItemCase> kinds() {
        return ItemCase.all().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addsSharedItem(ItemCase kind) {
        fixture.given(created())
                .when(kind.add(kind.sample()), DANA)
                .expectEvents(kind.added())
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addsInternalItemForAuthorsOrganization(ItemCase kind) {
        fixture.given(created())
                .when(kind.messages().add(0L, kind.sample(), Visibility.INTERNAL), PRIYA)
                .expectEvents(kind.messages().added(kind.sample(), PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addsItemOnOlderBaseVersion(ItemCase kind) {
        fixture.given(created(), by(PRIYA, ItemCase.RISK.messages().added(withRef(ItemCase.RISK.sample(), "other"),
                        null)))
                .when(kind.add(kind.sample()), DANA)
                .expectEvents(kind.added())
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsAddWithoutRequiredField(ItemCase kind) {
        fixture.given(created())
                .when(kind.add(without(kind.sample(), kind.requiredField())), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, kind.requiredField()))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsAddWithoutVisibility(ItemCase kind) {
        fixture.given(created())
                .when(kind.messages().add(0L, kind.sample(), null), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, "visibility"))
                .expectNoEvents();
    }

    /** Refs that cannot be a segment of the item's URL, with every kind of item. */
    static Stream<Arguments> invalidRefs() {
        return ItemCase.all().flatMap(kind -> Stream.of("q3/x", "a\\b", "50%", "a;b", ".", "..", " lead", "tab\tx")
                .map(ref -> Arguments.of(kind, ref)));
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @MethodSource("invalidRefs")
    void rejectsRefThatCannotBeUrlSegment(ItemCase kind, String ref) {
        fixture.given(created())
                .when(kind.add(withRef(kind.sample(), ref)), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void acceptsRefWithSpacesAndQuotes(ItemCase kind) {
        var item = withRef(kind.sample(), "Q3 \"big\" deal... {EMEA} #1?");
        fixture.given(created())
                .when(kind.add(item), DANA)
                .expectEvents(kind.messages().added(item, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsAddWithRefLongerThanHundred(ItemCase kind) {
        fixture.given(created())
                .when(kind.add(withRef(kind.sample(), "r".repeat(101))), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsDuplicateRef(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.add(kind.sample()), PRIYA)
                .expectException(rejected(ErrorCode.DUPLICATE_REF, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addsRefAgainAfterRemoval(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()), by(DANA, kind.messages().removed(kind.ref())))
                .when(kind.messages().add(2L, kind.sample(), Visibility.SHARED), PRIYA)
                .expectEvents(kind.added())
                .expectResultMessagePayload(3L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void updatesOneField(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, kind.change(), List.of()), PRIYA)
                .expectEvents(kind.messages().updated(kind.changed(), List.of(kind.changedField())))
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void keepsVersionWhenUpdateChangesNothing(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()), by(DANA, kind.messages().updated(kind.changed(),
                        List.of(kind.changedField()))))
                .when(kind.messages().update(2L, kind.change(), List.of()), PRIYA)
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsUpdateNamingNoField(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, kind.refOnly(kind.ref()), List.of()), DANA)
                .expectException(rejected(ErrorCode.NOTHING_TO_CHANGE, null))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsUpdateWithoutClearedList(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, kind.refOnly(kind.ref()), null), DANA)
                .expectException(rejected(ErrorCode.NOTHING_TO_CHANGE, null))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsClearingRequiredField(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, kind.refOnly(kind.ref()), List.of(kind.requiredField())), DANA)
                .expectException(rejected(ErrorCode.MISSING_FIELD, kind.requiredField()))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void clearsOptionalField(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, kind.refOnly(kind.ref()), List.of(kind.optionalField())), DANA)
                .expectEvents(kind.messages().updated(without(kind.sample(), kind.optionalField()),
                        List.of(kind.optionalField())))
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsUpdateOfUnknownRef(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, withRef(kind.change(), "unknown"), List.of()), DANA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsUpdateOfRefContainingSlash(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().update(1L, withRef(kind.change(), "a/b"), List.of()), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void removesItem(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().remove(1L, kind.ref()), PRIYA)
                .expectEvents(kind.messages().removed(kind.ref()))
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsRemovalOfUnknownRef(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()))
                .when(kind.messages().remove(1L, "unknown"), DANA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsRemovalOfRefContainingSlash(ItemCase kind) {
        fixture.given(created())
                .when(kind.messages().remove(0L, "a/b"), DANA)
                .expectException(rejected(ErrorCode.INVALID_FIELD, "ref"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rejectsRemovalOfItemRemovedBefore(ItemCase kind) {
        fixture.given(created(), by(DANA, kind.added()), by(DANA, kind.messages().removed(kind.ref())))
                .when(kind.messages().remove(2L, kind.ref()), PRIYA)
                .expectException(rejected(ErrorCode.ITEM_NOT_FOUND, "ref"))
                .expectNoEvents();
    }
}
