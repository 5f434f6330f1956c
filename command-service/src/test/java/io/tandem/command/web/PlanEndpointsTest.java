package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static io.tandem.command.web.Users.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.command.web.PlanRequests.ItemRequests;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The accepted path of every endpoint family, over HTTP against PostgreSQL. */
class PlanEndpointsTest extends CommandApiTest {

    static List<ItemRequests> items() {
        return PlanRequests.ITEMS;
    }

    @Test
    void createsPlanAtVersionZero() {
        long before = storedEvents();

        PlanApi.Response response = api.post(path(), DANA, PlanRequests.CREATE_PLAN);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.contentType()).isEqualTo("application/json");
        String planId = response.body().path("plan_id").asText();
        assertThat(planId).matches("[0-9a-f-]{36}");
        assertThat(response.version()).isZero();
        assertThat(response.location()).isEqualTo("/api/plans/" + planId);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void setsTier() {
        String plan = createPlan();

        assertThat(accepted(api.put(path(plan, "tier"), PRIYA, edit(0, "{\"tier\": 2}")))).isEqualTo(1);
    }

    @Test
    void keepsVersionWhenTierIsUnchanged() {
        String plan = createPlan();
        long before = storedEvents();

        PlanApi.Response response = api.put(path(plan, "tier"), PRIYA, edit(0, "{\"tier\": 1}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isZero();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void recordsReview() {
        String plan = createPlan();

        PlanApi.Response response = api.post(path(plan, "reviews"), DANA,
                edit(0, "{\"name\": \"FY2026 Q3 QBR\", \"notes\": \"Targets raised\"}"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).isEqualTo("/api/plans/" + plan + "/as-of?review=FY2026%20Q3%20QBR");
        assertThat(response.body().path("plan_id").asText()).isEqualTo(plan);
        assertThat(response.version()).isEqualTo(1);
    }

    @Test
    void setsEachWholeSection() {
        String plan = createPlan();

        assertThat(accepted(api.put(path(plan, "account-overview"), DANA,
                edit(0, PlanRequests.ACCOUNT_OVERVIEW)))).isEqualTo(1);
        assertThat(accepted(api.put(path(plan, "value-proposition"), PRIYA,
                edit(1, PlanRequests.VALUE_PROPOSITION)))).isEqualTo(2);
        assertThat(accepted(api.put(path(plan, "current-state"), DANA,
                edit(2, PlanRequests.CURRENT_STATE)))).isEqualTo(3);
        assertThat(accepted(api.put(path(plan, "review-cadence"), PRIYA,
                edit(3, PlanRequests.REVIEW_CADENCE)))).isEqualTo(4);
    }

    @Test
    void keepsVersionWhenSectionIsUnchanged() {
        String plan = createPlan();
        accepted(api.put(path(plan, "value-proposition"), PRIYA, edit(0, PlanRequests.VALUE_PROPOSITION)));

        PlanApi.Response response = api.put(path(plan, "value-proposition"), DANA,
                edit(1, PlanRequests.VALUE_PROPOSITION));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(1);
    }

    @Test
    void setsReplacesAndRemovesTarget() {
        String plan = createPlan();

        assertThat(accepted(api.put(path(plan, "targets", "FY2026-H2"), DANA, edit(0, PlanRequests.TARGET))))
                .isEqualTo(1);
        assertThat(accepted(api.put(path(plan, "targets", "FY2026-H2"), PRIYA,
                edit(1, "{\"period\": \"FY2026-H2\", "
                        + "\"revenue_target\": {\"amount\": 1100000, \"currency\": \"USD\"}}"))))
                .isEqualTo(2);
        assertThat(accepted(api.delete(path(plan, "targets", "FY2026-H2") + "?base_version=2", DANA)))
                .isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void addsUpdatesAndRemovesItem(ItemRequests item) {
        String plan = createPlan();

        PlanApi.Response added = api.post(path(plan, item.collection()), DANA, edit(0, item.add()));
        assertThat(added.status()).as("add response %s", added).isEqualTo(201);
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.location()).isEqualTo(path(plan, item.collection(), item.ref()));

        PlanApi.Response updated = api.patch(added.location(), PRIYA, edit(1, item.update()));
        assertThat(updated.status()).as("update response %s", updated).isEqualTo(200);
        assertThat(updated.version()).isEqualTo(2);

        PlanApi.Response removed = api.delete(added.location() + "?base_version=2", PRIYA);
        assertThat(removed.status()).as("remove response %s", removed).isEqualTo(200);
        assertThat(removed.version()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void addsInternalItem(ItemRequests item) {
        String plan = createPlan();

        PlanApi.Response added = api.post(path(plan, item.collection()), PRIYA,
                edit(0, item.add().replaceFirst("\\{", "{\"visibility\": \"internal\", ")));

        assertThat(added.status()).as("add response %s", added).isEqualTo(201);
        String internalTo = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'internal_to' "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, plan);
        assertThat(internalTo).isEqualTo(Users.PARTNER);
    }

    @Test
    void namesTeamMemberWithoutRefByName() {
        String plan = createPlan();

        PlanApi.Response added = api.post(path(plan, "team-members"), DANA,
                edit(0, "{\"side\": \"altura\", \"name\": \"Dana Ruiz\", \"role\": \"Alliance manager\"}"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.location()).isEqualTo("/api/plans/" + plan + "/team-members/Dana%20Ruiz");
        assertThat(accepted(api.patch(added.location(), PRIYA, edit(1, "{\"executive_sponsor\": true}"))))
                .isEqualTo(2);
    }

    @Test
    void escapesRefInLocation() {
        String plan = createPlan();
        String ref = "Q3 \"big\" deal {EMEA} ?#ü";

        PlanApi.Response added = api.post(path(plan, "deals"), DANA, edit(0, """
                {"ref": "Q3 \\"big\\" deal {EMEA} ?#ü", "name": "EMEA", "stage": "discovery",
                 "amount": {"amount": 10, "currency": "USD"}, "partner_role": "influence"}"""));

        assertThat(added.status()).as("add response %s", added).isEqualTo(201);
        assertThat(added.location()).isEqualTo(path(plan, "deals", ref));
        assertThat(accepted(api.patch(added.location(), PRIYA, edit(1, "{\"stage\": \"proposal\"}")))).isEqualTo(2);
    }

    @Test
    void keepsVersionWhenUpdateChangesNothing() {
        String plan = createPlan();
        ItemRequests deal = PlanRequests.ITEMS.get(4);
        accepted(api.post(path(plan, "deals"), DANA, edit(0, deal.add())));

        PlanApi.Response response = api.patch(path(plan, "deals", "d1"), PRIYA, edit(1, "{\"stage\": \"proposal\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(1);
    }
}
