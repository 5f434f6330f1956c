package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.RiskMatrix;
import io.tandem.export.layout.TableBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Font sizes, column widths and the estimated heights, in points, of blocks drawn across the slide body.
 * The pager pages on these heights and the drawing code draws with the same sizes.
 */
final class BlockSizes {

    static final double TEXT_FONT = 14;
    static final double HINT_FONT = 13;
    static final double SUBHEADING_FONT = 16;
    static final double TABLE_FONT = 11;
    static final double FACT_FONT = 12;
    static final double HEAT_FONT = 10;
    static final double LINE_SPACING = 1.2;
    static final double BOX_INSET = 4;
    static final double CELL_INSET_X = 5;
    static final double CELL_INSET_Y = 3;
    static final double BULLET_INDENT = 18;
    static final double BULLET_SPACING = 3;
    static final double SUBHEADING_HEIGHT = 26;
    static final double CHART_HEIGHT = 290;
    static final double HEAT_LABEL_WIDTH = 130;
    static final double HEAT_HEADER_HEIGHT = 24;
    static final double HEAT_MIN_ROW = 40;
    /** Risks listed in one heat map cell; the risk table below the map lists every risk. */
    static final int HEAT_CELL_RISKS = 4;
    static final List<Integer> FACT_WIDTHS = List.of(3, 8);
    /** Maximum length of a cell's text on a slide; the DOCX has the whole text. */
    static final int MAX_CELL_CHARS = 280;

    private BlockSizes() {
    }

    static double text(Block.Text text) {
        double font = text.hint() ? HINT_FONT : TEXT_FONT;
        return TextMeasure.lines(text.text(), SlideGeometry.BODY_WIDTH - 2 * BOX_INSET, font) * font * LINE_SPACING
                + 2 * BOX_INSET;
    }

    static double bullet(String item) {
        double width = SlideGeometry.BODY_WIDTH - 2 * BOX_INSET - BULLET_INDENT;
        return TextMeasure.lines(item, width, TEXT_FONT) * TEXT_FONT * LINE_SPACING + BULLET_SPACING;
    }

    static double tableRow(List<String> cells, List<Integer> weights, boolean bold, double font) {
        double[] widths = columnWidths(weights, SlideGeometry.BODY_WIDTH);
        int lines = 1;
        for (int column = 0; column < cells.size(); column++) {
            double textWidth = widths[column] - 2 * CELL_INSET_X;
            double size = bold ? font * 1.08 : font;
            lines = Math.max(lines, TextMeasure.lines(cellText(cells.get(column)), textWidth, size));
        }
        return lines * font * LINE_SPACING + 2 * CELL_INSET_Y + 2;
    }

    static double tableHeader(TableBlock table) {
        return tableRow(table.headers(), table.widths(), true, TABLE_FONT);
    }

    static double heatMap(RiskMatrix matrix) {
        double height = HEAT_HEADER_HEIGHT;
        for (int likelihood = 0; likelihood < 3; likelihood++) {
            height += heatRow(matrix, likelihood);
        }
        return height;
    }

    static double heatRow(RiskMatrix matrix, int likelihood) {
        double cellWidth = (SlideGeometry.BODY_WIDTH - HEAT_LABEL_WIDTH) / 3 - 2 * CELL_INSET_X;
        double row = HEAT_MIN_ROW;
        for (int impact = 0; impact < 3; impact++) {
            int lines = 0;
            for (String label : heatLabels(matrix.cell(likelihood, impact))) {
                lines += TextMeasure.lines(label, cellWidth, HEAT_FONT);
            }
            row = Math.max(row, lines * HEAT_FONT * LINE_SPACING + 2 * CELL_INSET_Y + 2);
        }
        return row;
    }

    /** Returns the labels shown in a heat map cell: the first risks, then how many more there are. */
    static List<String> heatLabels(List<String> risks) {
        if (risks.size() <= HEAT_CELL_RISKS) {
            return risks;
        }
        List<String> labels = new ArrayList<>(risks.subList(0, HEAT_CELL_RISKS - 1));
        labels.add("+" + (risks.size() - HEAT_CELL_RISKS + 1) + " more");
        return labels;
    }

    static String cellText(String text) {
        return text.length() <= MAX_CELL_CHARS ? text : text.substring(0, MAX_CELL_CHARS - 1) + "…";
    }

    static double[] columnWidths(List<Integer> weights, double total) {
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        double[] widths = new double[weights.size()];
        for (int index = 0; index < widths.length; index++) {
            widths[index] = total * weights.get(index) / sum;
        }
        return widths;
    }
}
