package io.tandem.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanView;
import io.tandem.export.plan.PlanViewReader;
import io.tandem.export.support.Exports;
import io.tandem.export.support.KestrelViews;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLayoutTest {

    static final List<String> TIER_1 = List.of("1. Account overview", "2. Joint value proposition",
            "3. Account team", "4. Customer key contacts", "5. Current state", "6. Joint targets and milestones",
            "7. Whitespace and expansion", "8. Open pipeline", "9. Joint motion plan", "10. Risks and mitigations",
            "11. Review cadence");
    static final List<String> TIER_2 = List.of("1. Account overview", "2. Joint value proposition",
            "3. Account team", "4-7. Contacts, current state, targets and whitespace", "8. Open pipeline",
            "9. Joint motion plan", "10. Risks and mitigations", "11. Review cadence");
    static final List<String> TIER_3 = List.of("2. Joint value proposition", "3. Account team", "8. Open pipeline");

    private static final PlanPoint Q3 = Exports.point(KestrelViews.Q3);

    @Test
    void tierOneRendersElevenSections() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3),
                KestrelViews.DANA, Audience.OWN, Q3);

        assertThat(export.sections()).extracting(SectionPage::heading).containsExactlyElementsOf(TIER_1);
    }

    @Test
    void tierTwoSumsUpSectionsFourToSeven() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.DANA, KestrelViews.Q4),
                KestrelViews.DANA, Audience.OWN, Exports.point(KestrelViews.Q4));

        assertThat(export.sections()).extracting(SectionPage::heading).containsExactlyElementsOf(TIER_2);
        SectionPage digest = export.sections().get(3);
        assertThat(digest.blocks()).singleElement().isInstanceOf(Block.Digest.class);
        Block.Digest parts = (Block.Digest) digest.blocks().get(0);
        assertThat(parts.parts()).extracting(Block.DigestPart::title).containsExactly("4. Customer key contacts",
                "5. Current state", "6. Targets and milestones", "7. Whitespace and expansion");
        assertThat(parts.parts().get(2).lines()).contains("FY2026-H2: revenue USD 1.25M, pipeline USD 3M");
    }

    @Test
    void tierThreeRendersThreeSections() {
        ExportDocument export = Exports.layOut(KestrelViews.withTier(KestrelViews.DANA, KestrelViews.CURRENT, 3),
                KestrelViews.DANA, Audience.OWN, PlanPoint.current());

        assertThat(export.sections()).extracting(SectionPage::heading).containsExactlyElementsOf(TIER_3);
    }

    @Test
    void everySectionHasOneToThreePrompts() {
        for (String point : List.of(KestrelViews.Q3, KestrelViews.Q4)) {
            ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.PRIYA, point), KestrelViews.PRIYA,
                    Audience.PARTNER, Exports.point(point));

            assertThat(export.sections()).allSatisfy(section ->
                    assertThat(section.prompts()).as(section.heading()).hasSizeBetween(1, 3));
        }
    }

    @Test
    void pipelinePromptNamesPreviousReview() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.DANA, KestrelViews.Q4),
                KestrelViews.DANA, Audience.OWN, Exports.point(KestrelViews.Q4));

        SectionPage pipeline = export.sections().get(4);
        assertThat(pipeline.prompts()).contains("Which of these deals slipped since the FY2026 Q3 QBR?");
    }

    @Test
    void emptySectionsSaySoAndKeepTemplateHint() {
        PlanView fresh = PlanViewReader.read("""
                {"plan_id": "p1", "version": 0, "owner_org": "altura", "owner_org_name": "Altura Analytics",
                 "partner_org": "meridian", "tier": 1}
                """);

        ExportDocument export = Exports.layOut(fresh, KestrelViews.DANA, Audience.OWN, PlanPoint.current());

        assertThat(export.sections()).hasSize(11).allSatisfy(section -> {
            assertThat(section.empty()).as(section.heading()).isTrue();
            assertThat(section.blocks()).as(section.heading())
                    .anySatisfy(block -> assertThat(block).isInstanceOf(Block.Text.class)
                            .extracting(text -> ((Block.Text) text).text()).asString()
                            .startsWith("What belongs here: "));
        });
        assertThat(export.sections().get(7).blocks().get(0))
                .isEqualTo(Block.Text.of("No deals are in the pipeline yet."));
        assertThat(export.titleBlock().facts()).contains(new Block.Fact("Account", "Plan p1"));
    }

    @Test
    void ownAudienceMarksInternalRowsAndWarns() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3),
                KestrelViews.DANA, Audience.OWN, Q3);

        TableBlock contacts = (TableBlock) export.sections().get(3).blocks().get(0);
        assertThat(contacts.rows()).filteredOn(TableBlock.Row::internal).singleElement()
                .satisfies(row -> assertThat(row.cells().get(0)).isEqualTo("[Internal] Colin Baptiste"));
        assertThat(export.titleBlock().warning()).contains("Altura Analytics").contains("Meridian Cloud");
    }

    @Test
    void partnerAudienceHasNoInternalRow() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3),
                KestrelViews.DANA, Audience.PARTNER, Q3);

        assertThat(export.titleBlock().warning()).isNull();
        assertThat(export.sections()).flatMap(SectionPage::blocks).filteredOn(TableBlock.class::isInstance)
                .allSatisfy(block -> assertThat(((TableBlock) block).rows()).noneMatch(TableBlock.Row::internal));
    }

    @Test
    void titleBlockNamesEveryFact() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.PRIYA, KestrelViews.Q3),
                KestrelViews.PRIYA, Audience.PARTNER, Q3);

        assertThat(export.titleBlock().facts()).extracting(Block.Fact::label).containsExactly("Account",
                "Owner organization", "Partner organization", "Tier", "As of", "Audience", "Generated");
        assertThat(export.titleBlock().facts()).extracting(Block.Fact::value).contains("Kestrel Logistics Group",
                "Altura Analytics", "Meridian Cloud", "Tier 1: the full plan",
                "2026-12-16 09:00 UTC for Priya Natarajan");
        assertThat(export.titleBlock().facts().get(4).value()).startsWith("Review FY2026 Q3 QBR (version 32, ");
        assertThat(export.titleBlock().facts().get(5).value())
                .isEqualTo("Meridian Cloud and Altura Analytics (partner audience): shareable, no internal items");
    }

    @Test
    void fileStemNamesAccountPointAndAudience() {
        PlanView view = KestrelViews.view(KestrelViews.DANA, KestrelViews.Q3);

        assertThat(Exports.layOut(view, KestrelViews.DANA, Audience.OWN, Q3).fileStem())
                .isEqualTo("kestrel-logistics-group-fy2026-q3-qbr");
        assertThat(Exports.layOut(view, KestrelViews.DANA, Audience.PARTNER, Q3).fileStem())
                .isEqualTo("kestrel-logistics-group-fy2026-q3-qbr-partner");
        assertThat(Exports.layOut(view, KestrelViews.DANA, Audience.OWN, new PlanPoint("version", "12")).fileStem())
                .isEqualTo("kestrel-logistics-group-v12");
        assertThat(Exports.layOut(view, KestrelViews.DANA, Audience.OWN,
                new PlanPoint("at", "2026-10-01T00:00:00Z")).fileStem())
                .isEqualTo("kestrel-logistics-group-2026-10-01t00-00-00z");
        assertThat(Exports.layOut(view, KestrelViews.DANA, Audience.OWN, PlanPoint.current()).fileStem())
                .isEqualTo("kestrel-logistics-group");
    }

    @Test
    void pipelineChartSumsDealsPerStage() {
        ExportDocument export = Exports.layOut(KestrelViews.view(KestrelViews.DANA, KestrelViews.CURRENT),
                KestrelViews.DANA, Audience.OWN, PlanPoint.current());

        StageChart chart = (StageChart) export.sections().get(4).blocks().get(0);
        assertThat(chart.partnerName()).isEqualTo("Meridian Cloud");
        assertThat(chart.stages()).extracting(StageChart.StageTotal::stage)
                .containsExactly("Qualification", "Proposal", "Closed won");
        assertThat(chart.stages().get(2).amount()).isEqualByComparingTo("780000");
        assertThat(chart.stages().get(0).credited()).isEqualByComparingTo("210000");
    }
}
