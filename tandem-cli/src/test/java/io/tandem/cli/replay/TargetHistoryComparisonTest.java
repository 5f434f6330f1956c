package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetHistoryComparisonTest {

    /** Reads numbers as PlanApi does, so 1250000.00 keeps its scale. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The audit of the sample scenario's FY2026-H2 target: set, raised, pipeline only, raised again. */
    private static final String AUDIT = """
            [{"version": 14, "user_id": "dana.ruiz", "action": "added", "fields": [
                {"field": "revenue_target", "after": {"amount": 900000, "currency": "USD"}},
                {"field": "pipeline_target", "after": {"amount": 2700000, "currency": "USD"}}]},
             {"version": 31, "user_id": "priya.natarajan", "action": "updated", "fields": [
                {"field": "revenue_target", "before": {"amount": 900000, "currency": "USD"},
                 "after": {"amount": 1100000, "currency": "USD"}}]},
             {"version": 33, "user_id": "tom.hale", "action": "updated", "fields": [
                {"field": "pipeline_target", "before": {"amount": 2700000, "currency": "USD"},
                 "after": {"amount": 3000000, "currency": "USD"}}]},
             {"version": 38, "user_id": "priya.natarajan", "action": "updated", "fields": [
                {"field": "revenue_target", "before": {"amount": 1100000, "currency": "USD"},
                 "after": {"amount": 1250000.00, "currency": "USD"}}]}]
            """;

    @Test
    void matchingHistoryHasNoDifferences() throws Exception {
        assertThat(compare("""
                - {by: dana.ruiz, revenue_target: 900000}
                - {by: priya.natarajan, from: 900000, revenue_target: 1100000}
                - {by: tom.hale, from: 1100000, revenue_target: {amount: 1100000, currency: USD}}
                - {by: priya.natarajan, from: 1100000, revenue_target: 1250000}
                """)).isEmpty();
    }

    @Test
    void reportsExtraChangeWithEveryChangeListed() throws Exception {
        List<String> differences = compare("""
                - {by: dana.ruiz, revenue_target: 900000}
                - {by: priya.natarajan, from: 900000, revenue_target: 1100000}
                - {by: priya.natarajan, from: 1100000, revenue_target: 1250000}
                """);

        assertThat(differences.get(0)).isEqualTo("expected 3 changes, actual 4: [version 14 by dana.ruiz none"
                + " -> 900000, version 31 by priya.natarajan 900000 -> 1100000, version 33 by tom.hale 1100000"
                + " -> 1100000, version 38 by priya.natarajan 1100000 -> 1250000.00]");
        assertThat(differences).contains("change 3 (version 33 by tom.hale 1100000 -> 1100000): by: expected"
                + " priya.natarajan, actual tom.hale");
    }

    @Test
    void reportsWrongAuthorAndAmounts() throws Exception {
        List<String> differences = compare("""
                - {by: sam.okafor, from: 100, revenue_target: 950000}
                - {by: priya.natarajan, from: 900000, revenue_target: 1100000}
                - {by: tom.hale, revenue_target: 1100000}
                - {by: priya.natarajan, revenue_target: 1250000}
                """);

        assertThat(differences).containsExactly(
                "change 1 (version 14 by dana.ruiz none -> 900000): by: expected sam.okafor, actual dana.ruiz",
                "change 1 (version 14 by dana.ruiz none -> 900000): revenue_target: expected 950000, actual 900000",
                "change 1 (version 14 by dana.ruiz none -> 900000): from: expected 100, actual none");
    }

    @Test
    void followsRemovalOfTarget() throws Exception {
        JsonNode audit = JSON.readTree("""
                [{"version": 3, "user_id": "dana.ruiz", "action": "added", "fields": [
                    {"field": "revenue_target", "after": {"amount": 900000, "currency": "USD"}}]},
                 {"version": 4, "user_id": "dana.ruiz", "action": "removed", "fields": [
                    {"field": "period", "before": "FY2026-H2"}]}]
                """);

        assertThat(TargetHistoryComparison.differences(YAML.readTree("""
                - {by: dana.ruiz, revenue_target: 900000}
                - {by: dana.ruiz, from: 900000, revenue_target: null}
                """), audit)).isEmpty();
    }

    @Test
    void rejectsUnknownKeysAndMissingAuthor() throws Exception {
        List<String> differences = compare("""
                - {who: dana.ruiz, revenue_target: 900000}
                - {by: priya.natarajan, revenue_target: lots}
                - {by: tom.hale, revenue_target: 1100000}
                - {by: priya.natarajan, revenue_target: 1250000}
                """);

        assertThat(differences).containsExactly(
                "change 1: unknown key who; the keys are by, revenue_target, from",
                "change 1: the scenario gives no by",
                "change 2 (version 31 by priya.natarajan 900000 -> 1100000): revenue_target: the scenario gives"
                        + " \"lots\", not an amount");
    }

    @Test
    void rejectsHistoryThatIsNotAList() throws Exception {
        assertThat(TargetHistoryComparison.differences(YAML.readTree("by: dana.ruiz"), JSON.readTree(AUDIT)))
                .containsExactly("the scenario gives {\"by\":\"dana.ruiz\"}, not a list of changes");
    }

    private static List<String> compare(String expectedYaml) throws Exception {
        return TargetHistoryComparison.differences(YAML.readTree(expectedYaml), JSON.readTree(AUDIT));
    }
}
