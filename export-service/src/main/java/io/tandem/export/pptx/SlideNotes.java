package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.ExportDocument;
import io.tandem.export.layout.Formats;
import io.tandem.export.layout.SectionPage;
import io.tandem.export.layout.StageChart;
import io.tandem.export.layout.TableBlock;
import io.tandem.plan.value.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The speaker notes of each slide: what the slide shows, where it continues, what the chart's bars are worth,
 * and the questions to put to the room.
 */
final class SlideNotes {

    private SlideNotes() {
    }

    static List<String> title(ExportDocument export) {
        List<String> lines = new ArrayList<>();
        lines.add(export.summary() + ".");
        for (Block.Fact fact : export.titleBlock().facts()) {
            lines.add(fact.label() + ": " + fact.value());
        }
        if (export.titleBlock().warning() != null) {
            lines.add(export.titleBlock().warning());
        }
        List<String> headings = export.sections().stream().map(SectionPage::heading).toList();
        lines.add("Sections in this deck: " + String.join("; ", headings) + ".");
        return lines;
    }

    static List<String> section(SectionPage section, int page, List<List<SlidePager.Placed>> pages) {
        List<String> lines = new ArrayList<>();
        String part = pages.size() == 1 ? "" : " (slide " + (page + 1) + " of " + pages.size() + ")";
        lines.add(section.heading() + part + ".");
        if (section.empty()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Text text) {
                    lines.add(text.text());
                }
            }
        }
        for (SlidePager.Placed placed : pages.get(page)) {
            if (placed.block() instanceof StageChart chart) {
                lines.addAll(chart(chart));
            } else if (placed.block() instanceof TableBlock table && pages.size() > 1) {
                lines.add("This slide lists " + table.rows().size() + " row" + (table.rows().size() == 1 ? "" : "s")
                        + (table.totals() == null ? "; the totals follow on the last slide of the section." : "."));
            }
        }
        if (!section.prompts().isEmpty()) {
            lines.add("Questions for the room:");
            section.prompts().forEach(prompt -> lines.add("- " + prompt));
        }
        return lines;
    }

    private static List<String> chart(StageChart chart) {
        List<String> lines = new ArrayList<>();
        lines.add("The chart shows the pipeline by stage: total amount and the amount credited to "
                + chart.partnerName() + ".");
        for (StageChart.StageTotal stage : chart.stages()) {
            lines.add(stage.stage() + ": " + stage.deals() + (stage.deals() == 1 ? " deal, " : " deals, ")
                    + Formats.money(new Money(stage.amount(), chart.currency())) + " in total, "
                    + Formats.money(new Money(stage.credited(), chart.currency())) + " credited.");
        }
        return lines;
    }
}
