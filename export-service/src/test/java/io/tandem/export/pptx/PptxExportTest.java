package io.tandem.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.plan.PlanViewReader;
import io.tandem.export.support.Exports;
import io.tandem.export.support.KestrelViews;
import io.tandem.export.support.PptxContent;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Renders the Kestrel views as PPTX, parses each deck back with POI and checks it slide by slide. */
class PptxExportTest {

    private static final PlanPoint Q3 = Exports.point(KestrelViews.Q3);
    private static final List<String> TIER_1 = List.of("1. Account overview", "2. Joint value proposition",
            "3. Account team", "4. Customer key contacts", "5. Current state", "6. Joint targets and milestones",
            "7. Whitespace and expansion", "8. Open pipeline", "9. Joint motion plan", "10. Risks and mitigations",
            "11. Review cadence");

    private static PptxContent export(String user, String point, Audience audience) {
        return PptxContent.parse(Exports.pptx(KestrelViews.view(user, point), user, audience, Exports.point(point)));
    }

    private static List<String> sectionTitles(PptxContent deck) {
        Set<String> titles = new LinkedHashSet<>();
        deck.titles().subList(1, deck.titles().size())
                .forEach(title -> titles.add(title.replace(" (continued)", "")));
        return new ArrayList<>(titles);
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void tierOneHasSlidePerSection(Audience audience) {
        PptxContent deck = export(KestrelViews.DANA, KestrelViews.Q3, audience);

        assertThat(deck.titles().get(0)).isEqualTo("Joint account plan: Kestrel Logistics Group");
        assertThat(deck.titles().subList(1, deck.titles().size())).containsExactlyElementsOf(TIER_1);
        assertThat(deck.slides().get(0).text()).contains("Altura Analytics and Meridian Cloud",
                "Tier | Tier 1: the full plan", "Generated | 2026-12-16 09:00 UTC for Dana Ruiz");
    }

    @Test
    void slidesHoldThePlanAtQ3() {
        PptxContent deck = export(KestrelViews.PRIYA, KestrelViews.Q3, Audience.OWN);

        assertThat(deck.section("3. Account team").get(0).text())
                .contains("Tom Hale | Meridian Cloud | Solutions architect | Migration design");
        assertThat(deck.section("4. Customer key contacts").get(0).text())
                .contains("Marta Kowalski | Head of Procurement | Aisha Karimi | Weak | Risk contact")
                .doesNotContain("Colin");
        assertThat(deck.section("6. Joint targets and milestones").get(0).text())
                .contains("FY2026-H2 | USD 1,100,000 | USD 3,000,000");
        assertThat(deck.section("8. Open pipeline").get(0).text())
                .contains("Total (3 deals) |  | USD 1,350,000 | USD 1,140,000");
        assertThat(deck.section("10. Risks and mitigations").get(0).text())
                .contains("[Internal] r3: Our field team's quota relief for co-sell deals ends in Q4");
        assertThat(deck.section("11. Review cadence").get(0).text()).contains("Next review | 2026-07-06");
    }

    @Test
    void everySlideHasSpeakerNotes() {
        PptxContent deck = export(KestrelViews.DANA, KestrelViews.Q4, Audience.PARTNER);

        assertThat(deck.slides()).allSatisfy(slide -> assertThat(slide.notes()).as(slide.title()).isNotBlank());
        assertThat(deck.slides().get(0).notes()).contains("Audience: Altura Analytics and Meridian Cloud");
        assertThat(deck.section("8. Open pipeline").get(0).notes()).contains("Questions for the room:",
                "- Which of these deals slipped since the FY2026 Q3 QBR?",
                "Closed won: 1 deal, USD 780,000 in total, USD 780,000 credited.");
    }

    @Test
    void pipelineChartHasTwoSeriesByStage() {
        PptxContent deck = export(KestrelViews.DANA, KestrelViews.Q3, Audience.OWN);

        List<XSLFChart> charts = deck.section("8. Open pipeline").get(0).charts();
        assertThat(charts).hasSize(1);
        List<XDDFChartData> data = charts.get(0).getChartSeries();
        assertThat(data).singleElement().isInstanceOf(XDDFBarChartData.class);
        XDDFChartData bars = data.get(0);
        assertThat(bars.getSeriesCount()).isEqualTo(2);
        assertThat(seriesTitle(charts.get(0), 0)).isEqualTo("Total amount");
        assertThat(seriesTitle(charts.get(0), 1)).isEqualTo("Credited to Meridian Cloud");
        assertThat(points(bars.getSeries(0).getCategoryData()))
                .containsExactly("Qualification", "Proposal", "Negotiation");
        assertThat(points(bars.getSeries(0).getValuesData())).containsExactly(420000.0, 150000.0, 780000.0);
        assertThat(points(bars.getSeries(1).getValuesData())).containsExactly(210000.0, 150000.0, 780000.0);
    }

    @Test
    void partnerChartOmitsInternalDeal() {
        ObjectNode json = KestrelViews.json(KestrelViews.DANA, KestrelViews.Q3);
        ((ObjectNode) json.withArray("deals").get(2)).put("visibility", "internal");
        var view = PlanViewReader.read((com.fasterxml.jackson.databind.JsonNode) json);

        PptxContent own = PptxContent.parse(Exports.pptx(view, KestrelViews.DANA, Audience.OWN, Q3));
        PptxContent partner = PptxContent.parse(Exports.pptx(view, KestrelViews.DANA, Audience.PARTNER, Q3));

        XDDFChartData ownBars = own.section("8. Open pipeline").get(0).charts().get(0).getChartSeries().get(0);
        XDDFChartData partnerBars = partner.section("8. Open pipeline").get(0).charts().get(0).getChartSeries().get(0);
        assertThat(points(ownBars.getSeries(0).getCategoryData())).contains("Qualification");
        assertThat(points(partnerBars.getSeries(0).getCategoryData())).containsExactly("Proposal", "Negotiation");
        assertThat(points(partnerBars.getSeries(0).getValuesData())).containsExactly(150000.0, 780000.0);
        assertThat(partner.section("8. Open pipeline").get(0).text()).contains("Total (2 deals)")
                .doesNotContain("Warehouse retirement");
    }

    @Test
    void heatMapColoursCellsBySeverity() {
        PptxContent deck = export(KestrelViews.DANA, KestrelViews.Q3, Audience.OWN);

        XSLFTable map = deck.section("10. Risks and mitigations").get(0).tables().get(0);
        List<List<String>> rows = PptxContent.rows(map);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("Likelihood / impact", "Low impact", "Medium impact", "High impact");
        assertThat(rows.get(1))
                .containsExactly("High likelihood", "", "r1 Procurement insists on a single invoice", "");
        assertThat(rows.get(2).get(3)).startsWith("[Internal] r2 Meridian");
        assertThat(map.getCell(1, 3).getFillColor()).isEqualTo(new Color(0xF4, 0xB6, 0xB6));
        assertThat(map.getCell(2, 2).getFillColor()).isEqualTo(new Color(0xFF, 0xE6, 0x99));
        assertThat(map.getCell(3, 1).getFillColor()).isEqualTo(new Color(0xC6, 0xE0, 0xB4));
    }

    @Test
    void partnerHeatMapOmitsInternalRisk() {
        PptxContent deck = export(KestrelViews.DANA, KestrelViews.Q3, Audience.PARTNER);

        String risks = deck.section("10. Risks and mitigations").get(0).text();
        assertThat(risks).contains("r1 Procurement insists").doesNotContain("r2").doesNotContain("[Internal]");
    }

    @Test
    void longPipelineContinuesOnMoreSlides() {
        PptxContent deck = PptxContent.parse(Exports.pptx(KestrelViews.withDeals(200), KestrelViews.DANA,
                Audience.OWN, Q3));

        List<PptxContent.Slide> pipeline = deck.section("8. Open pipeline");
        assertThat(pipeline.size()).isGreaterThan(5);
        assertThat(pipeline.get(1).title()).isEqualTo("8. Open pipeline (continued)");
        List<String> deals = new ArrayList<>();
        for (PptxContent.Slide slide : pipeline) {
            for (XSLFTable table : slide.tables()) {
                List<List<String>> rows = PptxContent.rows(table);
                assertThat(rows.get(0).get(0)).isEqualTo("Deal");
                rows.subList(1, rows.size()).stream().map(row -> row.get(0))
                        .filter(name -> !name.startsWith("Total")).forEach(deals::add);
            }
        }
        assertThat(deals).hasSize(200).doesNotHaveDuplicates();
        assertThat(pipeline.get(pipeline.size() - 1).text()).contains("Total (200 deals)");
        assertThat(pipeline.get(0).text()).doesNotContain("Total (200 deals)");
        assertThat(pipeline.get(1).notes()).contains("8. Open pipeline (slide 2 of " + pipeline.size() + ")");
        assertThat(sectionTitles(deck)).containsExactlyElementsOf(TIER_1);
    }

    @Test
    void noShapeRunsOffItsSlide() {
        PptxContent deck = PptxContent.parse(Exports.pptx(KestrelViews.withDeals(200), KestrelViews.DANA,
                Audience.OWN, Q3));

        for (PptxContent.Slide slide : deck.slides()) {
            boolean titleSlide = slide == deck.slides().get(0);
            for (XSLFShape shape : slide.slide().getShapes()) {
                Rectangle2D anchor = shape.getAnchor();
                String name = slide.title() + " / " + shape.getShapeName();
                assertThat(anchor.getMinX()).as(name).isGreaterThanOrEqualTo(0);
                assertThat(anchor.getMinY()).as(name).isGreaterThanOrEqualTo(0);
                assertThat(anchor.getMaxX()).as(name).isLessThanOrEqualTo(SlideGeometry.WIDTH);
                assertThat(anchor.getMaxY()).as(name).isLessThanOrEqualTo(SlideGeometry.HEIGHT);
                boolean inBody = anchor.getMinY() >= SlideGeometry.BODY_TOP
                        && anchor.getMinY() < SlideGeometry.BODY_BOTTOM;
                if (!titleSlide && inBody && (shape instanceof XSLFTable || shape instanceof XSLFTextShape)) {
                    assertThat(anchor.getMaxY()).as(name).isLessThanOrEqualTo(SlideGeometry.BODY_BOTTOM + 0.01);
                }
            }
        }
    }

    @Test
    void tierTwoDigestFitsOneSlide() {
        PptxContent deck = export(KestrelViews.DANA, KestrelViews.Q4, Audience.OWN);

        List<PptxContent.Slide> digest = deck.section("4-7. Contacts, current state, targets and whitespace");
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).texts()).anySatisfy(text -> assertThat(text).startsWith("4. Customer key contacts")
                .contains("[Internal] Colin Baptiste, Data Platform Lead: detractor (neutral)"));
        assertThat(deck.titles()).hasSize(9).doesNotContain("5. Current state");
    }

    @Test
    void tierThreeHasThreeSectionSlides() {
        PptxContent deck = PptxContent.parse(Exports.pptx(KestrelViews.withTier(KestrelViews.PRIYA,
                KestrelViews.CURRENT, 3), KestrelViews.PRIYA, Audience.PARTNER, PlanPoint.current()));

        assertThat(deck.titles()).containsExactly("Joint account plan: Kestrel Logistics Group",
                "2. Joint value proposition", "3. Account team", "8. Open pipeline");
        assertThat(deck.section("8. Open pipeline").get(0).charts()).hasSize(1);
    }

    private static String seriesTitle(XSLFChart chart, int series) {
        return chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(series).getTx().getStrRef()
                .getStrCache().getPtArray(0).getV();
    }

    private static List<Object> points(org.apache.poi.xddf.usermodel.chart.XDDFDataSource<?> source) {
        List<Object> points = new ArrayList<>();
        for (int index = 0; index < source.getPointCount(); index++) {
            points.add(source.getPointAt(index));
        }
        return points;
    }
}
