package io.tandem.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.export.plan.Audience;
import io.tandem.export.plan.PlanPoint;
import io.tandem.export.support.DocxContent;
import io.tandem.export.support.Exports;
import io.tandem.export.support.KestrelViews;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Renders the Kestrel views as DOCX, parses each file back with POI and checks it section by section. */
class DocxExportTest {

    private static final PlanPoint Q3 = Exports.point(KestrelViews.Q3);
    private static final PlanPoint Q4 = Exports.point(KestrelViews.Q4);

    private static DocxContent export(String user, String point, Audience audience) {
        return DocxContent.parse(Exports.docx(KestrelViews.view(user, point), user, audience, Exports.point(point)));
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void tierOneHasElevenSections(Audience audience) {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q3, audience);

        List<String> expected = new ArrayList<>(List.of("title"));
        expected.addAll(List.of("1. Account overview", "2. Joint value proposition", "3. Account team",
                "4. Customer key contacts", "5. Current state", "6. Joint targets and milestones",
                "7. Whitespace and expansion", "8. Open pipeline", "9. Joint motion plan", "10. Risks and mitigations",
                "11. Review cadence"));
        assertThat(docx.headings()).containsExactlyElementsOf(expected);
    }

    @Test
    void titleBlockNamesEveryFact() {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q3, Audience.OWN);

        DocxContent.Section title = docx.section("title");
        assertThat(title.paragraphs()).startsWith("Joint account plan: Kestrel Logistics Group",
                "Altura Analytics and Meridian Cloud");
        List<List<String>> facts = title.tables().get(0);
        assertThat(facts).contains(List.of("Account", "Kestrel Logistics Group"),
                List.of("Owner organization", "Altura Analytics"), List.of("Partner organization", "Meridian Cloud"),
                List.of("Tier", "Tier 1: the full plan"), List.of("Generated", "2026-12-16 09:00 UTC for Dana Ruiz"));
        assertThat(facts.get(4).get(1)).startsWith("Review FY2026 Q3 QBR (version 32");
        assertThat(facts.get(5).get(1)).startsWith("Altura Analytics only (own audience)");
        assertThat(title.paragraphs()).anySatisfy(text -> assertThat(text).startsWith(
                "Contains items internal to Altura Analytics, marked [Internal]."));
        assertThat(docx.document().getProperties().getCoreProperties().getTitle())
                .isEqualTo("Joint account plan: Kestrel Logistics Group");
    }

    @Test
    void sectionsHoldThePlanAtQ3() {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q3, Audience.OWN);

        assertThat(docx.section("1. Account overview").table("Account"))
                .contains(List.of("ARR with Altura Analytics", "USD 420,000"),
                        List.of("ARR with Meridian Cloud", "USD 1,850,000"));
        assertThat(docx.section("2. Joint value proposition").paragraphs())
                .contains("Cut empty-mile ratio from 14% to under 10% within 12 months", "Differentiators");
        assertThat(docx.section("3. Account team").table("Name")).hasSize(7)
                .contains(List.of("Grace Lin", "Meridian Cloud", "Executive sponsor", "Industry alignment", "Yes"));
        assertThat(docx.section("4. Customer key contacts").table("Name")).contains(
                List.of("Name", "Title", "Reports to", "Relationship", "Role", "Note"),
                List.of("Jonas Weber", "VP Network Operations", "Aisha Karimi", "Strong", "Champion", ""));
        assertThat(docx.section("5. Current state").paragraphs())
                .contains("Pilot invoicing went through two marketplaces and confused procurement");
        DocxContent.Section targets = docx.section("6. Joint targets and milestones");
        assertThat(targets.table("Period")).contains(List.of("FY2026-H2", "USD 1,100,000", "USD 3,000,000"));
        assertThat(targets.table("Milestone")).contains(
                List.of("Joint architecture workshop held", "Tom Hale", "2026-07-15", "Done"));
        assertThat(docx.section("7. Whitespace and expansion").table("Opportunity")).hasSize(4)
                .contains(List.of("Total", "", "USD 950,000"));
        DocxContent.Section pipeline = docx.section("8. Open pipeline");
        assertThat(pipeline.table("Stage")).contains(List.of("Negotiation", "1", "USD 780,000", "USD 780,000"));
        assertThat(pipeline.table("Deal")).contains(
                List.of("Route Insights EMEA-wide expansion", "Negotiation", "USD 780,000", "USD 780,000", "Co-sell",
                        "2026-09-30"),
                List.of("Total (3 deals)", "", "USD 1,350,000", "USD 1,140,000", "", ""));
        assertThat(docx.section("9. Joint motion plan").table("Activity")).hasSize(4);
        assertThat(docx.section("11. Review cadence").table("Refresh"))
                .contains(List.of("Escalation, level 2", "Lena Brandt and Grace Lin"));
        assertThat(docx.section("11. Review cadence").table("Review")).hasSize(2);
    }

    @Test
    void heatMapPlacesRisksAndColoursBySeverity() {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q3, Audience.OWN);

        DocxContent.Section risks = docx.section("10. Risks and mitigations");
        List<List<String>> map = risks.table("Likelihood / impact");
        assertThat(map.get(0)).containsExactly("Likelihood / impact", "Low impact", "Medium impact", "High impact");
        assertThat(map).extracting(row -> row.get(0)).containsExactly("Likelihood / impact", "High", "Medium", "Low");
        assertThat(map.get(1).get(2)).isEqualTo("r1 Procurement insists on a single invoice");
        assertThat(map.get(2).get(3)).startsWith("[Internal] r2 Meridian");
        List<List<String>> fills = risks.fills().get(0);
        assertThat(fills.get(1)).containsExactly(DocxTables.LABEL_FILL, "FFE699", "F4B6B6", "F4B6B6");
        assertThat(fills.get(3)).containsExactly(DocxTables.LABEL_FILL, "C6E0B4", "C6E0B4", "FFE699");
    }

    @Test
    void ownExportMarksInternalItems() {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q3, Audience.OWN);

        DocxContent.Section contacts = docx.section("4. Customer key contacts");
        List<List<String>> rows = contacts.table("Name");
        assertThat(rows.get(4)).containsExactly("[Internal] Colin Baptiste", "Data Platform Lead", "Aisha Karimi",
                "Neutral", "Detractor",
                "Sponsors the incumbent warehouse vendor; expect pushback on retirement dates.");
        assertThat(contacts.fills().get(0).get(4)).containsOnly(DocxTables.INTERNAL_FILL);
        assertThat(docx.section("10. Risks and mitigations").table("Risk").get(2).get(0))
                .startsWith("[Internal] r2: Meridian's own analytics service");
    }

    @Test
    void partnerExportLeavesInternalItemsOut() {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q3, Audience.PARTNER);

        assertThat(docx.section("4. Customer key contacts").table("Name")).hasSize(4)
                .noneMatch(row -> row.get(0).contains("Colin"));
        assertThat(docx.section("10. Risks and mitigations").table("Risk")).hasSize(2);
        assertThat(docx.section("title").paragraphs()).noneMatch(text -> text.contains("[Internal]"));
    }

    @Test
    void partnerSideSeesOwnInternalRisk() {
        DocxContent own = export(KestrelViews.PRIYA, KestrelViews.Q3, Audience.OWN);
        DocxContent partner = export(KestrelViews.PRIYA, KestrelViews.Q3, Audience.PARTNER);

        assertThat(own.section("10. Risks and mitigations").text())
                .contains("[Internal] r3: Our field team's quota relief").doesNotContain("r2");
        assertThat(partner.section("10. Risks and mitigations").text()).doesNotContain("r3").doesNotContain("quota");
        assertThat(own.section("4. Customer key contacts").table("Name")).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void everySectionHasReviewerNotes(Audience audience) {
        DocxContent docx = export(KestrelViews.PRIYA, KestrelViews.Q4, audience);

        for (String heading : docx.headings().subList(1, docx.headings().size())) {
            assertThat(docx.section(heading).notes()).as(heading).hasSizeBetween(1, 3);
        }
        assertThat(docx.section("8. Open pipeline").notes())
                .contains("Which of these deals slipped since the FY2026 Q3 QBR?");
    }

    @Test
    void tierTwoSummaryHasPageOfItsOwn() {
        DocxContent docx = export(KestrelViews.DANA, KestrelViews.Q4, Audience.OWN);

        assertThat(docx.headings()).containsExactly("title", "1. Account overview", "2. Joint value proposition",
                "3. Account team", "4-7. Contacts, current state, targets and whitespace", "8. Open pipeline",
                "9. Joint motion plan", "10. Risks and mitigations", "11. Review cadence");
        DocxContent.Section summary = docx.section("4-7. Contacts, current state, targets and whitespace");
        assertThat(summary.pageBreakBefore()).isTrue();
        assertThat(docx.section("8. Open pipeline").pageBreakBefore()).isTrue();
        assertThat(summary.paragraphs()).contains("4. Customer key contacts", "5. Current state",
                "6. Targets and milestones", "7. Whitespace and expansion",
                "Aisha Karimi, CIO: economic buyer (strong)", "FY2026-H2: revenue USD 1.25M, pipeline USD 3M",
                "Fleet telematics analytics for the 2,300-truck fleet (USD 600K)");
        assertThat(summary.tables()).isEmpty();
    }

    @Test
    void tierThreeRendersThreeSections() {
        DocxContent docx = DocxContent.parse(Exports.docx(KestrelViews.withTier(KestrelViews.DANA,
                KestrelViews.CURRENT, 3), KestrelViews.DANA, Audience.PARTNER, PlanPoint.current()));

        assertThat(docx.headings()).containsExactly("title", "2. Joint value proposition", "3. Account team",
                "8. Open pipeline");
        assertThat(docx.section("title").tables().get(0))
                .contains(List.of("Tier", "Tier 3: value proposition, account team and pipeline only"));
        assertThat(docx.section("8. Open pipeline").table("Deal").get(1))
                .containsExactly("Route Insights EMEA-wide expansion", "Closed won", "USD 780,000", "USD 780,000",
                        "Co-sell", "2026-09-30");
    }

    @Test
    void emptySectionSaysSoWithTemplateHint() {
        DocxContent docx = DocxContent.parse(Exports.docx(io.tandem.export.plan.PlanViewReader.read("""
                {"plan_id": "p1", "version": 0, "owner_org": "altura", "partner_org": "meridian", "tier": 1,
                 "account_overview": {"account": "Heron Freight"}}
                """), KestrelViews.DANA, Audience.OWN, Q4));

        DocxContent.Section risks = docx.section("10. Risks and mitigations");
        assertThat(risks.paragraphs()).containsExactly("No risks have been recorded yet.");
        assertThat(risks.hints()).containsExactly("What belongs here: Risks with likelihood, impact, mitigation and "
                + "the owner of the mitigation.");
        assertThat(risks.notes()).isNotEmpty();
        assertThat(docx.section("1. Account overview").table("Account")).containsExactly(
                List.of("Account", "Heron Freight"));
    }
}
