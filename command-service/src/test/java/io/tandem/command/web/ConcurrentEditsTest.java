package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static io.tandem.command.web.Users.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two users editing from the same plan version: same field conflicts, anything else merges. */
class ConcurrentEditsTest extends CommandApiTest {

    private static final String DEAL = """
            {"ref": "%s", "name": "Deal %s", "stage": "proposal", "amount": {"amount": 1000, "currency": "USD"},
             "partner_role": "co-sell"}""";

    private String plan;

    /** Creates a plan with deals d1 and d2 at version 2, and lets Priya move d1 to negotiation: version 3. */
    @BeforeEach
    void priyaMovesDealFromVersionTwo() {
        plan = createPlan();
        accepted(api.post(path(plan, "deals"), DANA, edit(0, DEAL.formatted("d1", "one"))));
        accepted(api.post(path(plan, "deals"), DANA, edit(1, DEAL.formatted("d2", "two"))));
        assertThat(accepted(api.patch(path(plan, "deals", "d1"), PRIYA, edit(2, "{\"stage\": \"negotiation\"}"))))
                .isEqualTo(3);
    }

    @Test
    void rejectsSameFieldWithConflict() {
        long before = storedEvents();

        PlanApi.Response response = api.patch(path(plan, "deals", "d1"), DANA, edit(2, "{\"stage\": \"closed lost\"}"));

        assertProblem(response, 409, "CONFLICT", "stage");
        JsonNode conflict = response.body().path("conflict");
        assertThat(conflict.path("target").asText()).isEqualTo("deals/d1/stage");
        assertThat(conflict.path("current_value").asText()).isEqualTo("negotiation");
        assertThat(conflict.path("changed_in_version").asLong()).isEqualTo(3);
        assertThat(conflict.path("changed_by").asText()).isEqualTo("priya.natarajan");
        assertThat(conflict.path("changed_by_name").asText()).isEqualTo("Priya Natarajan");
        assertThat(conflict.path("changed_by_organization").asText()).isEqualTo(Users.PARTNER);
        String storedAt = jdbc.queryForObject("SELECT time_stamp FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 3", String.class, plan);
        assertThat(Instant.parse(conflict.path("changed_at").asText())).isEqualTo(Instant.parse(storedAt));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void acceptsEditOfOtherItem() {
        PlanApi.Response response = api.patch(path(plan, "deals", "d2"), DANA, edit(2, "{\"stage\": \"closed won\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(4);
    }

    @Test
    void mergesOtherFieldOfSameItem() {
        PlanApi.Response response = api.patch(path(plan, "deals", "d1"), DANA,
                edit(2, "{\"name\": \"Deal one, EMEA\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(4);
    }

    @Test
    void rejectsRemovalOfChangedItem() {
        PlanApi.Response response = api.delete(path(plan, "deals", "d1") + "?base_version=2", DANA);

        assertProblem(response, 409, "CONFLICT", null);
        assertThat(response.body().path("conflict").path("target").asText()).isEqualTo("deals/d1");
        assertThat(response.body().path("conflict").path("current_value").path("stage").asText())
                .isEqualTo("negotiation");
    }

    @Test
    void rejectsTargetChangedSinceBaseVersion() {
        accepted(api.put(path(plan, "targets", "FY2026-H2"), DANA, edit(3, PlanRequests.TARGET)));
        accepted(api.put(path(plan, "targets", "FY2026-H2"), PRIYA,
                edit(4, "{\"revenue_target\": {\"amount\": 1100000, \"currency\": \"USD\"}}")));

        PlanApi.Response response = api.put(path(plan, "targets", "FY2026-H2"), DANA,
                edit(4, "{\"revenue_target\": {\"amount\": 950000, \"currency\": \"USD\"}}"));

        assertProblem(response, 409, "CONFLICT", null);
        JsonNode conflict = response.body().path("conflict");
        assertThat(conflict.path("target").asText()).isEqualTo("targets/FY2026-H2");
        assertThat(conflict.path("current_value").path("revenue_target").path("amount").asLong()).isEqualTo(1100000);
        assertThat(conflict.path("changed_in_version").asLong()).isEqualTo(5);
        assertThat(conflict.path("changed_by").asText()).isEqualTo("priya.natarajan");
    }

    @Test
    void acceptsTierOnOlderBaseVersion() {
        assertThat(accepted(api.put(path(plan, "tier"), DANA, edit(0, "{\"tier\": 2}")))).isEqualTo(4);
    }

    /**
     * More simultaneous edits of one plan than the database pool has connections, crossing several
     * snapshot thresholds: each is stored once, in some order, with its own version.
     */
    @Test
    void storesSimultaneousEditsInSequence() throws Exception {
        int edits = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(edits);
        try {
            List<Future<PlanApi.Response>> responses = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                String ref = "m" + i;
                String token = i % 2 == 0 ? DANA : PRIYA;
                responses.add(clients.submit(() -> {
                    start.await();
                    return api.post(path(plan, "milestones"), token,
                            edit(3, "{\"ref\": \"" + ref + "\", \"name\": \"Milestone " + ref + "\"}"));
                }));
            }
            start.countDown();
            List<Long> versions = new ArrayList<>();
            for (Future<PlanApi.Response> response : responses) {
                assertThat(response.get().status()).as("response %s", response.get()).isEqualTo(201);
                versions.add(response.get().version());
            }
            assertThat(versions).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(4, 3 + edits).boxed()
                    .toList());
        } finally {
            clients.shutdownNow();
        }
    }
}
