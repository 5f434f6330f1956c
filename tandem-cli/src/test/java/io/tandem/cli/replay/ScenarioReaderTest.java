package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static final String HEADER = """
            organizations:
              - {id: altura, name: Altura Analytics}
              - {id: meridian, name: Meridian Cloud}
            users:
              - {id: dana, org: altura, name: Dana Ruiz}
              - {id: priya, org: meridian, name: Priya Natarajan}
            timeline:
              - step: 1
                by: dana
                create_plan: {owner_org: altura, partner_org: meridian, tier: 1}
            """;

    @Test
    void readsKestrelScenario() throws Exception {
        Scenario scenario = ScenarioReader.read(Path.of("../scenarios/kestrel-logistics.yaml"));

        assertThat(scenario.organizationNames()).containsEntry("altura", "Altura Analytics")
                .containsEntry("meridian", "Meridian Cloud");
        assertThat(scenario.users()).hasSize(7);
        assertThat(scenario.user("victor.mendes").organization()).isEqualTo("outsider");
        assertThat(scenario.steps()).hasSize(41);
        Step conflicting = scenario.steps().get(31);
        assertThat(conflicting.number()).isEqualTo(32);
        assertThat(conflicting.edit()).isEqualTo("set_target");
        assertThat(conflicting.basedOnStep()).isEqualTo(30);
        assertThat(conflicting.expected()).isEqualTo(Outcome.CONFLICT);
        assertThat(scenario.steps().get(35).expected()).isEqualTo(Outcome.FORBIDDEN);
        assertThat(scenario.expectations()).hasSize(5);
        assertThat(scenario.targetHistory()).isNotNull();
    }

    @Test
    void keepsDatesAndFoldedTextAsText() throws Exception {
        Scenario scenario = ScenarioReader.read(Path.of("../scenarios/kestrel-logistics.yaml"));

        Step milestone = scenario.steps().get(14);
        assertThat(milestone.fields().get("due").isTextual()).isTrue();
        assertThat(milestone.fields().get("due").asText()).isEqualTo("2026-07-15");
        var overview = scenario.steps().get(0).fields().get("account_overview");
        assertThat(overview.get("strategic_importance").asText())
                .startsWith("Largest freight operator in our EMEA book; its move")
                .doesNotContain("\n");
        assertThat(scenario.steps().get(27).fields().get("next_review").asText()).isEqualTo("2026-07-06");
    }

    @Test
    void readsExpectedEntries() throws Exception {
        Scenario scenario = ScenarioReader.read(Path.of("../scenarios/kestrel-logistics.yaml"));

        ViewExpectation dana = scenario.expectations().get(0);
        assertThat(dana.isFinal()).isTrue();
        assertThat(dana.fields().has("as")).isFalse();
        assertThat(dana.fields().get("tier").asInt()).isEqualTo(2);
        ViewExpectation victor = scenario.expectations().get(2);
        assertThat(victor.seesNothing()).isTrue();
        ViewExpectation review = scenario.expectations().get(3);
        assertThat(review.isAtReview()).isTrue();
        assertThat(review.reviewName()).isEqualTo("FY2026 Q3 QBR");
    }

    @Test
    void readsYesAndNoAsWords() throws Exception {
        Scenario scenario = ScenarioReader.read(HEADER + """
                  - step: 2
                    by: dana
                    add_risk: {ref: r1, risk: no, likelihood: high}
                """);

        assertThat(scenario.steps().get(1).fields().get("risk").isTextual()).isTrue();
    }

    @Test
    void rejectsUnknownEdit() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    rename_plan: {name: Kestrel}
                """, "step 2: unknown edit 'rename_plan'");
    }

    @Test
    void rejectsStepWithTwoEdits() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    set_tier: {tier: 2}
                    add_deal: {ref: d1}
                """, "step 2 must contain exactly one edit, but contains set_tier, add_deal");
    }

    @Test
    void rejectsStepWithoutEdit() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                """, "step 2 must contain exactly one edit, but contains none");
    }

    @Test
    void rejectsUnknownUser() {
        assertRejected(HEADER + """
                  - step: 2
                    by: nobody
                    set_tier: {tier: 2}
                """, "step 2 is by nobody, who is not listed under users");
    }

    @Test
    void rejectsBaseStepThatIsNotEarlier() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    based_on_step: 3
                    set_tier: {tier: 2}
                """, "step 2 is based on step 3, which is not an earlier step");
    }

    @Test
    void rejectsUnknownExpectation() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    set_tier: {tier: 2}
                    expect: rejected
                """, "step 2 expects 'rejected'; use accepted, conflict, forbidden or invalid");
    }

    @Test
    void rejectsItemUpdateWithoutRef() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    update_deal: {stage: proposal}
                """, "step 2: update_deal needs a ref");
    }

    @Test
    void rejectsTargetWithoutPeriod() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    set_target: {revenue_target: {amount: 1, currency: USD}}
                """, "step 2: set_target needs a period");
    }

    @Test
    void rejectsEditBeforePlanCreation() {
        assertRejected("""
                users:
                  - {id: dana, org: altura}
                timeline:
                  - step: 1
                    by: dana
                    set_tier: {tier: 2}
                """, "step 1 edits a plan before any create_plan");
    }

    @Test
    void acceptsRejectedCreationBeforePlan() throws Exception {
        Scenario scenario = ScenarioReader.read("""
                users:
                  - {id: dana, org: altura}
                timeline:
                  - by: dana
                    create_plan: {owner_org: meridian, partner_org: altura, tier: 1}
                    expect: forbidden
                  - by: dana
                    create_plan: {owner_org: altura, partner_org: meridian, tier: 1}
                """);

        assertThat(scenario.steps()).extracting(Step::number).containsExactly(1, 2);
    }

    @Test
    void rejectsSecondAcceptedCreation() {
        assertRejected(HEADER + """
                  - step: 2
                    by: dana
                    create_plan: {owner_org: altura, partner_org: meridian, tier: 1}
                """, "step 2 creates a second plan");
    }

    @Test
    void rejectsDuplicateStepNumber() {
        assertRejected(HEADER + """
                  - step: 1
                    by: dana
                    set_tier: {tier: 2}
                """, "step 1 appears twice in the timeline");
    }

    @Test
    void rejectsUnknownTopLevelKey() {
        assertRejected(HEADER + """
                expectations:
                  - {as: dana, at: final, tier: 1}
                """, "unknown top-level key 'expectations'");
    }

    @Test
    void rejectsUnknownPointInTime() {
        assertRejected(HEADER + """
                expected:
                  - {as: dana, at: yesterday, tier: 1}
                """, "has at: yesterday; use final, review NAME or an ISO-8601 instant");
    }

    @Test
    void rejectsSeesOtherThanNothing() {
        assertRejected(HEADER + """
                expected:
                  - {as: priya, at: final, sees: everything}
                """, "sees: everything; the only value is nothing");
    }

    @Test
    void rejectsInvalidYaml() {
        assertRejected("users: [unclosed", "not valid YAML");
    }

    @Test
    void rejectsMissingFile() {
        assertThatThrownBy(() -> ScenarioReader.read(Path.of("no-such-scenario.yaml")))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("file not found: no-such-scenario.yaml");
    }

    private static void assertRejected(String yaml, String message) {
        assertThatThrownBy(() -> ScenarioReader.read(yaml))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(message);
    }
}
