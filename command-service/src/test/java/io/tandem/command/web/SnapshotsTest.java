package io.tandem.command.web;

import static io.tandem.command.web.PlanApi.path;
import static io.tandem.command.web.PlanRequests.edit;
import static io.tandem.command.web.Users.DANA;
import static io.tandem.command.web.Users.PRIYA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan past the snapshot threshold: Axon stores a snapshot of the aggregate, and the plan
 * loaded from it keeps its rules, its internal items and its conflict detection.
 */
class SnapshotsTest extends CommandApiTest {

    private String plan;
    private long version;

    /**
     * Versions 0 to 7: creation, Dana's internal risk r1, Priya's deal d1 and its move to
     * negotiation at version 3, then milestones until the plan is past the threshold.
     */
    @BeforeEach
    void editPastThreshold() throws InterruptedException {
        plan = createPlan();
        accepted(api.post(path(plan, "risks"), DANA, edit(0, """
                {"ref": "r1", "risk": "Channel conflict", "likelihood": "medium", "impact": "high",
                 "visibility": "internal"}""")));
        accepted(api.post(path(plan, "deals"), PRIYA, edit(1, PlanRequests.ITEMS.get(4).add())));
        accepted(api.patch(path(plan, "deals", "d1"), PRIYA, edit(2, "{\"stage\": \"negotiation\"}")));
        version = 3;
        while (version < SNAPSHOT_THRESHOLD + 2) {
            version = accepted(api.post(path(plan, "milestones"), DANA,
                    edit(version, "{\"ref\": \"m" + version + "\", \"name\": \"Milestone\"}")));
        }
        awaitSnapshot();
    }

    /** Polls until the snapshot, which Axon stores on a thread of its own after the commit, is there. */
    private void awaitSnapshot() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (snapshots().isEmpty()) {
            assertThat(Instant.now()).as("time waited for a snapshot").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private List<String> snapshots() {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, plan);
    }

    @Test
    void storesSnapshotAsReadableJson() throws Exception {
        JsonNode snapshot = new ObjectMapper().readTree(snapshots().get(0));

        assertThat(snapshot.path("plan_id").asText()).isEqualTo(plan);
        assertThat(snapshot.path("state").path("deals").path("d1").path("stage").asText()).isEqualTo("negotiation");
        assertThat(snapshot.path("state").path("internal_items").path("risks/r1").asText()).isEqualTo("altura");
    }

    @Test
    void acceptsEditAfterSnapshot() {
        PlanApi.Response response = api.patch(path(plan, "milestones", "m3"), PRIYA,
                edit(version, "{\"status\": \"done\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(version + 1);
    }

    @Test
    void detectsConflictWithChangeBeforeSnapshot() {
        PlanApi.Response response = api.patch(path(plan, "deals", "d1"), DANA, edit(2, "{\"stage\": \"closed won\"}"));

        assertProblem(response, 409, "CONFLICT", "stage");
        assertThat(response.body().path("conflict").path("changed_in_version").asLong()).isEqualTo(3);
        assertThat(response.body().path("conflict").path("changed_by").asText()).isEqualTo("priya.natarajan");
    }

    @Test
    void mergesOtherFieldOnBaseVersionBeforeSnapshot() {
        PlanApi.Response response = api.patch(path(plan, "deals", "d1"), DANA,
                edit(2, "{\"name\": \"EMEA expansion\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(version + 1);
    }

    @Test
    void keepsInternalItemHiddenAfterSnapshot() {
        PlanApi.Response other = api.patch(path(plan, "risks", "r1"), PRIYA, edit(version, "{\"impact\": \"low\"}"));
        PlanApi.Response author = api.patch(path(plan, "risks", "r1"), DANA, edit(version, "{\"impact\": \"low\"}"));

        assertProblem(other, 404, "ITEM_NOT_FOUND", "ref");
        assertThat(author.status()).isEqualTo(200);
    }

    @Test
    void keepsRefsTakenAfterSnapshot() {
        PlanApi.Response response = api.post(path(plan, "deals"), DANA, edit(version, PlanRequests.ITEMS.get(4).add()));

        assertProblem(response, 400, "DUPLICATE_REF", "ref");
    }
}
