package io.tandem.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CREATED = """
            {"plan_id": "p1", "version": 0, "previous_version": -1, "section": "plan", "action": "created",
             "item": {"owner_org": "altura", "partner_org": "meridian", "tier": 1, "currency": "USD"}}""";
    private static final String DEAL_ADDED = """
            {"plan_id": "p1", "version": 1, "previous_version": 0, "section": "pipeline", "collection": "deals",
             "ref": "d1", "action": "added", "item": {"ref": "d1", "stage": "proposal", "visibility": "shared"}}""";
    private static final String TIER_SET = """
            {"plan_id": "p1", "version": 2, "previous_version": 1, "section": "plan", "action": "set",
             "item": {"tier": 2}}""";
    private static final String DEAL_REMOVED = """
            {"plan_id": "p1", "version": 3, "previous_version": 2, "section": "pipeline", "collection": "deals",
             "ref": "d1", "action": "removed"}""";
    private static final String TARGET_SET = """
            {"plan_id": "p1", "version": 4, "previous_version": 3, "section": "targets_and_milestones",
             "collection": "targets", "ref": "FY26", "action": "added",
             "item": {"period": "FY26", "revenue_target": {"amount": 1.50, "currency": "USD"},
                      "visibility": "shared"}}""";

    @Test
    void matchingFramesHaveNoDifferences() throws Exception {
        FoldedFrames folded = fold(CREATED, DEAL_ADDED, TIER_SET, DEAL_REMOVED, TARGET_SET);

        List<String> differences = folded.differences(json("""
                {"owner_org": "altura", "partner_org": "meridian", "tier": 2, "currency": "USD", "deals": [],
                 "targets": [{"period": "FY26", "revenue_target": {"amount": 1.50, "currency": "USD"},
                              "visibility": "shared"}]}"""));

        assertThat(differences).isEmpty();
        assertThat(folded.frameCount()).isEqualTo(5);
    }

    @Test
    void itemMissingFromViewIsListed() throws Exception {
        List<String> differences = fold(CREATED, DEAL_ADDED).differences(json("""
                {"owner_org": "altura", "partner_org": "meridian", "tier": 1, "currency": "USD", "deals": []}"""));

        assertThat(differences).containsExactly("deals d1: in the frames, but not in the view");
    }

    @Test
    void itemMissingFromFramesIsListed() throws Exception {
        List<String> differences = fold(CREATED).differences(json("""
                {"owner_org": "altura", "partner_org": "meridian", "tier": 1, "currency": "USD",
                 "risks": [{"ref": "r2", "visibility": "internal"}]}"""));

        assertThat(differences).containsExactly("risks r2: in the view, but no frame added it");
    }

    @Test
    void differentFieldIsListed() throws Exception {
        List<String> differences = fold(CREATED, DEAL_ADDED, TIER_SET).differences(json("""
                {"owner_org": "altura", "partner_org": "meridian", "tier": 3, "currency": "USD",
                 "deals": [{"ref": "d1", "stage": "negotiation", "visibility": "shared"}]}"""));

        assertThat(differences).hasSize(2);
        assertThat(differences.get(0)).isEqualTo("tier: frames give 2, the view 3");
        assertThat(differences.get(1)).startsWith("deals d1: frames give");
    }

    @Test
    void duplicateFrameIsListed() throws Exception {
        List<String> differences = fold(CREATED, DEAL_ADDED, DEAL_ADDED).differences(json("""
                {"owner_org": "altura", "partner_org": "meridian", "tier": 1, "currency": "USD",
                 "deals": [{"ref": "d1", "stage": "proposal", "visibility": "shared"}]}"""));

        assertThat(differences).containsExactly("frame of version 1 came after version 1");
    }

    @Test
    void gapInPreviousVersionsIsListed() throws Exception {
        List<String> differences = fold(CREATED, TIER_SET).differences(json("""
                {"owner_org": "altura", "partner_org": "meridian", "tier": 2, "currency": "USD"}"""));

        assertThat(differences)
                .containsExactly("frame of version 2 names previous_version 1, but the frame before was version 0");
    }

    private static FoldedFrames fold(String... frames) throws JsonProcessingException {
        List<JsonNode> parsed = new ArrayList<>();
        for (String frame : frames) {
            parsed.add(json(frame));
        }
        return FoldedFrames.of(-1, parsed);
    }

    private static JsonNode json(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }
}
