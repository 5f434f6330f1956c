package io.tandem.export.layout;

import io.tandem.export.plan.Listed;
import io.tandem.export.plan.PlanView;
import io.tandem.plan.item.Activity;
import io.tandem.plan.item.Risk;
import io.tandem.plan.value.Level;
import io.tandem.plan.value.Section;
import java.util.ArrayList;
import java.util.List;

/** The 90-day joint motion plan, and the risks with their heat map. */
final class ExecutionSections {

    /** Maximum length of a risk's text in a heat map cell; the risk table below the map has the full text. */
    private static final int HEAT_MAP_LABEL_LENGTH = 48;

    private ExecutionSections() {
    }

    static List<Block> motionPlan(PlanView plan) {
        if (plan.activities().isEmpty()) {
            return SectionTemplate.empty(Section.MOTION_PLAN, "No joint activities have been planned yet.");
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (Listed<Activity> listed : plan.activities()) {
            Activity activity = listed.item();
            rows.add(new TableBlock.Row(List.of(
                    Marks.internal(Formats.orEmpty(activity.activity()), listed.internal()),
                    Formats.orEmpty(activity.owner()), Formats.date(activity.due()),
                    Formats.capitalized(Formats.label(activity.status()))), listed.internal()));
        }
        return List.of(new TableBlock(List.of("Activity", "Owner", "Due", "Status"), List.of(7, 3, 2, 2), rows,
                null));
    }

    static List<Block> risks(PlanView plan) {
        if (plan.risks().isEmpty()) {
            return SectionTemplate.empty(Section.RISKS, "No risks have been recorded yet.");
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (Listed<Risk> listed : plan.risks()) {
            Risk risk = listed.item();
            rows.add(new TableBlock.Row(List.of(
                    Marks.internal(risk.ref() + ": " + Formats.orEmpty(risk.risk()), listed.internal()),
                    Formats.capitalized(Formats.label(risk.likelihood())),
                    Formats.capitalized(Formats.label(risk.impact())),
                    Formats.orEmpty(risk.mitigation()), Formats.orEmpty(risk.mitigationOwner())), listed.internal()));
        }
        return List.of(riskMatrix(plan),
                new TableBlock(List.of("Risk", "Likelihood", "Impact", "Mitigation", "Mitigation owner"),
                        List.of(6, 3, 2, 6, 3), rows, null));
    }

    /** Places each risk that has both a likelihood and an impact in its cell of the heat map. */
    static RiskMatrix riskMatrix(PlanView plan) {
        List<List<List<String>>> cells = new ArrayList<>();
        for (int likelihood = 0; likelihood < 3; likelihood++) {
            List<List<String>> row = new ArrayList<>();
            for (int impact = 0; impact < 3; impact++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        for (Listed<Risk> listed : plan.risks()) {
            Risk risk = listed.item();
            if (risk.likelihood() == null || risk.impact() == null) {
                continue;
            }
            String text = risk.ref() + " " + shortened(Formats.orEmpty(risk.risk()));
            String label = Marks.internal(text, listed.internal());
            cells.get(index(risk.likelihood())).get(index(risk.impact())).add(label);
        }
        return new RiskMatrix(cells);
    }

    private static int index(Level level) {
        return level.ordinal();
    }

    private static String shortened(String text) {
        return text.length() <= HEAT_MAP_LABEL_LENGTH ? text : text.substring(0, HEAT_MAP_LABEL_LENGTH - 1) + "…";
    }
}
