package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maps steps read from YAML to write API requests; bodies are compared as the JSON that is sent. */
class EditRequestsTest {

    private static final String PLAN = "p-1";

    @Test
    void createPlanAddsOrganizationNames() throws Exception {
        Step step = step("""
                create_plan:
                  owner_org: altura
                  partner_org: meridian
                  tier: 1
                  account_overview: {account: Kestrel, arr_with_us: {amount: 420000, currency: USD}}
                """);

        EditRequest request = EditRequests.createPlan(step.fields(),
                Map.of("altura", "Altura Analytics", "meridian", "Meridian Cloud"));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/plans");
        assertThat(request.body().toString()).isEqualTo("{\"owner_org\":\"altura\",\"partner_org\":\"meridian\","
                + "\"tier\":1,\"account_overview\":{\"account\":\"Kestrel\",\"arr_with_us\":{\"amount\":420000,"
                + "\"currency\":\"USD\"}},\"owner_org_name\":\"Altura Analytics\","
                + "\"partner_org_name\":\"Meridian Cloud\"}");
    }

    @Test
    void createPlanKeepsNamesTheStepGives() throws Exception {
        Step step = step("create_plan: {owner_org: altura, owner_org_name: Altura GmbH, partner_org: meridian}");

        EditRequest request = EditRequests.createPlan(step.fields(), Map.of("altura", "Altura Analytics"));

        assertThat(request.body().get("owner_org_name").asText()).isEqualTo("Altura GmbH");
        assertThat(request.body().has("partner_org_name")).isFalse();
    }

    @Test
    void setTierPutsTierWithBaseVersion() throws Exception {
        EditRequest request = edit("set_tier: {tier: 2}", 7);

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/tier");
        assertThat(request.body().toString()).isEqualTo("{\"base_version\":7,\"tier\":2}");
    }

    @Test
    void recordReviewPostsReview() throws Exception {
        EditRequest request = edit("record_review: {name: FY2026 Q3 QBR, notes: Targets raised.}", 3);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/reviews");
        assertThat(request.body().toString())
                .isEqualTo("{\"base_version\":3,\"name\":\"FY2026 Q3 QBR\",\"notes\":\"Targets raised.\"}");
    }

    @Test
    void sectionEditsPutWholeSection() throws Exception {
        assertThat(edit("set_account_overview: {account: K}", 1).path()).isEqualTo("/api/plans/p-1/account-overview");
        assertThat(edit("set_value_proposition: {combined_value: V}", 1).path())
                .isEqualTo("/api/plans/p-1/value-proposition");
        assertThat(edit("set_current_state: {solutions_deployed: [A]}", 1).path())
                .isEqualTo("/api/plans/p-1/current-state");
        EditRequest cadence = edit("""
                set_review_cadence:
                  frequency: monthly
                  next_review: 2026-07-06
                  escalation_path: [Dana Ruiz and Priya Natarajan, Lena Brandt and Grace Lin]
                """, 27);
        assertThat(cadence.method()).isEqualTo("PUT");
        assertThat(cadence.path()).isEqualTo("/api/plans/p-1/review-cadence");
        assertThat(cadence.body().toString()).isEqualTo("{\"base_version\":27,\"frequency\":\"monthly\","
                + "\"next_review\":\"2026-07-06\",\"escalation_path\":[\"Dana Ruiz and Priya Natarajan\","
                + "\"Lena Brandt and Grace Lin\"]}");
    }

    @Test
    void setTargetMovesPeriodIntoPath() throws Exception {
        EditRequest request = edit("set_target: {period: FY2026-H2, revenue_target: {amount: 900000, currency: USD}}",
                13);

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/targets/FY2026-H2");
        assertThat(request.body().toString()).isEqualTo("{\"base_version\":13,\"revenue_target\":{\"amount\":900000,"
                + "\"currency\":\"USD\"}}");
    }

    @Test
    void removeTargetDeletesWithBaseVersionParameter() throws Exception {
        EditRequest request = edit("remove_target: {period: FY2026-H2}", 40);

        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/targets/FY2026-H2?base_version=40");
        assertThat(request.body()).isNull();
    }

    @Test
    void addItemPostsAllFieldsWithVisibility() throws Exception {
        EditRequest request = edit("""
                add_contact:
                  ref: c4
                  name: Colin Baptiste
                  reports_to: c1
                  relationship_strength: neutral
                  visibility: internal
                """, 11);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/contacts");
        assertThat(request.body().toString()).isEqualTo("{\"base_version\":11,\"ref\":\"c4\",\"name\":"
                + "\"Colin Baptiste\",\"reports_to\":\"c1\",\"relationship_strength\":\"neutral\","
                + "\"visibility\":\"internal\"}");
    }

    @Test
    void addItemKeepsNullsAndDatesAsJson() throws Exception {
        EditRequest contact = edit("add_contact: {ref: c1, name: Aisha Karimi, reports_to: null}", 8);
        EditRequest milestone = edit("add_milestone: {ref: m1, name: Workshop, owner: Tom Hale, due: 2026-07-15}", 14);

        assertThat(contact.body().toString())
                .isEqualTo("{\"base_version\":8,\"ref\":\"c1\",\"name\":\"Aisha Karimi\",\"reports_to\":null}");
        assertThat(milestone.body().get("due").isTextual()).isTrue();
        assertThat(milestone.body().get("due").asText()).isEqualTo("2026-07-15");
    }

    @Test
    void everyItemKindHasItsCollectionPath() throws Exception {
        Map<String, String> paths = Map.of("team_member", "team-members", "contact", "contacts",
                "milestone", "milestones", "whitespace", "whitespace", "deal", "deals", "activity", "activities",
                "risk", "risks");
        for (var kind : paths.entrySet()) {
            EditRequest request = edit("add_" + kind.getKey() + ": {ref: x1}", 1);
            assertThat(request.path()).as(kind.getKey()).isEqualTo("/api/plans/p-1/" + kind.getValue());
        }
    }

    @Test
    void updateItemSendsOnlyNamedFields() throws Exception {
        EditRequest request = edit("update_deal: {ref: d2, stage: proposal}", 30);

        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/deals/d2");
        assertThat(request.body().toString()).isEqualTo("{\"base_version\":30,\"stage\":\"proposal\"}");
    }

    @Test
    void updateTeamMemberWithoutRefUsesName() throws Exception {
        EditRequest request = edit("update_team_member: {name: Tom Hale, role: Lead architect}", 9);

        assertThat(request.path()).isEqualTo("/api/plans/p-1/team-members/Tom%20Hale");
        assertThat(request.body().toString()).isEqualTo("{\"base_version\":9,\"role\":\"Lead architect\"}");
    }

    @Test
    void updateTeamMemberWithRefMayRename() throws Exception {
        EditRequest request = edit("update_team_member: {ref: tom, name: Thomas Hale}", 9);

        assertThat(request.path()).isEqualTo("/api/plans/p-1/team-members/tom");
        assertThat(request.body().toString()).isEqualTo("{\"base_version\":9,\"name\":\"Thomas Hale\"}");
    }

    @Test
    void removeItemDeletesWithBaseVersionParameter() throws Exception {
        EditRequest request = edit("remove_whitespace: {ref: w2}", 37);

        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.path()).isEqualTo("/api/plans/p-1/whitespace/w2?base_version=37");
        assertThat(request.body()).isNull();
    }

    @Test
    void pathSegmentsAreEncoded() throws Exception {
        EditRequest request = edit("remove_risk: {ref: \"r/1 ?\"}", 2);

        assertThat(request.path()).isEqualTo("/api/plans/p-1/risks/r%2F1%20%3F?base_version=2");
    }

    @Test
    void editDoesNotChangeScenarioFields() throws Exception {
        Step step = step("set_target: {period: FY2026-H2, revenue_target: {amount: 1, currency: USD}}");

        EditRequests.edit(step.edit(), step.fields(), PLAN, 4);

        assertThat(step.fields().has("period")).isTrue();
        assertThat(step.fields().has("base_version")).isFalse();
    }

    private static EditRequest edit(String editYaml, long baseVersion) throws ScenarioException {
        Step step = step(editYaml);
        return EditRequests.edit(step.edit(), step.fields(), PLAN, baseVersion);
    }

    /** Reads one edit as the last step of a scenario, so the mapping starts from parsed YAML. */
    private static Step step(String editYaml) throws ScenarioException {
        String creation = editYaml.startsWith("create_plan") ? ""
                : "  - by: dana\n    create_plan: {owner_org: altura, partner_org: meridian, tier: 1}\n";
        String indented = "    " + editYaml.strip().replace("\n", "\n    ") + "\n";
        Scenario scenario = ScenarioReader.read("users:\n  - {id: dana, org: altura}\ntimeline:\n"
                + creation + "  - by: dana\n" + indented);
        return scenario.steps().get(scenario.steps().size() - 1);
    }
}
