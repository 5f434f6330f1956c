package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewComparisonTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String VIEW = """
            {"plan_id": "p-1", "version": 39, "tier": 2, "currency": "USD",
             "value_proposition": {"combined_value": "One solution", "customer_outcomes": ["A", "B"]},
             "team_members": [{"ref": "Dana Ruiz", "name": "Dana Ruiz", "side": "altura", "visibility": "shared"}],
             "contacts": [{"ref": "c1", "visibility": "shared"}, {"ref": "c2", "visibility": "shared"},
                          {"ref": "c4", "visibility": "internal"}],
             "targets": [{"period": "FY2026-H2", "revenue_target": {"amount": 1250000.00, "currency": "USD"},
                          "pipeline_target": {"amount": 3000000, "currency": "USD"}}],
             "milestones": [{"ref": "m1", "status": "done", "due": "2026-07-15"}, {"ref": "m2", "status": "open"}],
             "deals": [{"ref": "d1", "stage": "closed won", "amount": {"amount": 780000, "currency": "USD"}}],
             "risks": [{"ref": "r1", "likelihood": "medium"}, {"ref": "r2", "likelihood": "medium"}],
             "whitespace": []}
            """;

    @Test
    void matchingEntryHasNoDifferences() throws Exception {
        List<String> differences = compare("""
                tier: 2
                targets: {FY2026-H2: {revenue_target: 1250000, pipeline_target: 3000000}}
                deals: {d1: {stage: closed won}}
                contacts: [c4, c2, c1]
                risks: [r1, r2]
                milestones: {m1: {status: done, due: 2026-07-15}, m2: {status: open}}
                risk_fields: {r1: {likelihood: medium}}
                whitespace: []
                """);

        assertThat(differences).isEmpty();
    }

    @Test
    void reportsScalarDifference() throws Exception {
        assertThat(compare("tier: 3")).containsExactly("tier: expected 3, actual 2");
    }

    @Test
    void reportsScalarAbsentFromView() throws Exception {
        assertThat(compare("review_cadence: {frequency: monthly}"))
                .containsExactly("review_cadence: expected {\"frequency\":\"monthly\"}, actual absent");
    }

    @Test
    void refListMustMatchExactly() throws Exception {
        assertThat(compare("contacts: [c1, c2, c3]"))
                .containsExactly("contacts: expected [c1, c2, c3], actual [c1, c2, c4]; missing [c3]; unexpected [c4]");
    }

    @Test
    void refListIgnoresOrder() throws Exception {
        assertThat(compare("risks: [r2, r1]")).isEmpty();
    }

    @Test
    void refListOfAbsentCollectionIsEmpty() throws Exception {
        assertThat(compare("activities: []")).isEmpty();
        assertThat(compare("activities: [a1]"))
                .containsExactly("activities: expected [a1], actual []; missing [a1]");
    }

    @Test
    void itemFieldsAreComparedByRef() throws Exception {
        assertThat(compare("deals: {d1: {stage: negotiation}}"))
                .containsExactly("deals d1 stage: expected negotiation, actual closed won");
    }

    @Test
    void missingItemIsReported() throws Exception {
        assertThat(compare("deals: {d9: {stage: proposal}}")).containsExactly("deals d9: missing; the view has [d1]");
    }

    @Test
    void fieldsKeyComparesCollection() throws Exception {
        assertThat(compare("risk_fields: {r1: {likelihood: high}}"))
                .containsExactly("risks r1 likelihood: expected high, actual medium");
    }

    @Test
    void targetAmountsCompareNumerically() throws Exception {
        assertThat(compare("targets: {FY2026-H2: {revenue_target: 1250000.0}}")).isEmpty();
        assertThat(compare("targets: {FY2026-H2: {revenue_target: 1100000, pipeline_target: 3000000}}"))
                .containsExactly("targets FY2026-H2 revenue_target: expected 1100000, actual 1250000.00");
    }

    @Test
    void moneyCompareAmountAndCurrency() throws Exception {
        assertThat(compare("deals: {d1: {amount: {amount: 780000, currency: EUR}}}"))
                .containsExactly("deals d1 amount.currency: expected EUR, actual USD");
    }

    @Test
    void sectionFieldsAndListsCompare() throws Exception {
        assertThat(compare("value_proposition: {customer_outcomes: [A, B]}")).isEmpty();
        assertThat(compare("value_proposition: {customer_outcomes: [A, C]}"))
                .containsExactly("value_proposition.customer_outcomes[1]: expected C, actual B");
    }

    @Test
    void scenarioNamesMapToViewNames() throws Exception {
        assertThat(compare("team members: [Dana Ruiz]")).isEmpty();
        assertThat(compare("team_member_fields: {Dana Ruiz: {side: altura}}")).isEmpty();
        assertThat(compare("contact: [c1, c2, c4]")).isEmpty();
    }

    @Test
    void expectedNullMeansAbsent() throws Exception {
        assertThat(compare("milestones: {m2: {due: null}}")).isEmpty();
        assertThat(compare("milestones: {m1: {due: null}}"))
                .containsExactly("milestones m1 due: expected null, actual 2026-07-15");
    }

    @Test
    void reportsEveryDifference() throws Exception {
        assertThat(compare("tier: 1\ncontacts: [c1]\ndeals: {d1: {stage: proposal}}")).hasSize(3);
    }

    private static List<String> compare(String expectedYaml) throws Exception {
        ObjectNode expected = (ObjectNode) YAML.readTree(expectedYaml);
        JsonNode view = JSON.readTree(VIEW);
        return ViewComparison.differences(expected, view);
    }
}
