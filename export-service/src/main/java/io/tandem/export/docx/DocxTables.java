package io.tandem.export.docx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.Formats;
import io.tandem.export.layout.HeatColors;
import io.tandem.export.layout.RiskMatrix;
import io.tandem.export.layout.StageChart;
import io.tandem.export.layout.TableBlock;
import io.tandem.plan.value.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Word tables for the plan's tabular blocks: item tables, labelled facts, pipeline by stage and the risk heat map. */
final class DocxTables {

    static final String HEADER_FILL = DocxStyles.ACCENT;
    static final String INTERNAL_FILL = "FCE4D6";
    static final String TOTALS_FILL = "EDEDED";
    static final String LABEL_FILL = "DEEAF6";
    private static final int CELL_FONT_SIZE = 9;

    private DocxTables() {
    }

    static void items(XWPFDocument document, TableBlock block) {
        int rowCount = 1 + block.rows().size() + (block.totals() == null ? 0 : 1);
        XWPFTable table = newTable(document, rowCount, block.widths());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int column = 0; column < block.headers().size(); column++) {
            write(header.getCell(column), List.of(block.headers().get(column)), true, "FFFFFF");
            header.getCell(column).setColor(HEADER_FILL);
        }
        int index = 1;
        for (TableBlock.Row row : block.rows()) {
            fill(table.getRow(index++), row.cells(), false, row.internal() ? INTERNAL_FILL : null);
        }
        if (block.totals() != null) {
            fill(table.getRow(index), block.totals().cells(), true, TOTALS_FILL);
        }
    }

    static void facts(XWPFDocument document, Block.Facts facts) {
        XWPFTable table = newTable(document, facts.facts().size(), List.of(3, 8));
        for (int index = 0; index < facts.facts().size(); index++) {
            Block.Fact fact = facts.facts().get(index);
            XWPFTableRow row = table.getRow(index);
            write(row.getCell(0), List.of(fact.label()), true, null);
            row.getCell(0).setColor(LABEL_FILL);
            write(row.getCell(1), List.of(fact.value()), false, null);
        }
    }

    static void stages(XWPFDocument document, StageChart chart) {
        List<String> headers = List.of("Stage", "Deals", "Amount", "Credited to " + chart.partnerName());
        List<TableBlock.Row> rows = new ArrayList<>();
        for (StageChart.StageTotal stage : chart.stages()) {
            rows.add(new TableBlock.Row(List.of(stage.stage(), String.valueOf(stage.deals()),
                    Formats.money(new Money(stage.amount(), chart.currency())),
                    Formats.money(new Money(stage.credited(), chart.currency()))), false));
        }
        items(document, new TableBlock(headers, List.of(3, 1, 3, 3), rows, null));
    }

    /** Writes the heat map with high likelihood at the top and high impact on the right, as risk maps are read. */
    static void heatMap(XWPFDocument document, RiskMatrix matrix) {
        XWPFTable table = newTable(document, 4, List.of(2, 4, 4, 4));
        XWPFTableRow header = table.getRow(0);
        write(header.getCell(0), List.of("Likelihood / impact"), true, "FFFFFF");
        header.getCell(0).setColor(HEADER_FILL);
        for (int impact = 0; impact < 3; impact++) {
            write(header.getCell(impact + 1), List.of(RiskMatrix.LEVELS.get(impact) + " impact"), true, "FFFFFF");
            header.getCell(impact + 1).setColor(HEADER_FILL);
        }
        for (int likelihood = 2; likelihood >= 0; likelihood--) {
            XWPFTableRow row = table.getRow(3 - likelihood);
            write(row.getCell(0), List.of(RiskMatrix.LEVELS.get(likelihood)), true, null);
            row.getCell(0).setColor(LABEL_FILL);
            for (int impact = 0; impact < 3; impact++) {
                List<String> risks = matrix.cell(likelihood, impact);
                XWPFTableCell cell = row.getCell(impact + 1);
                write(cell, risks.isEmpty() ? List.of("") : risks, false, null);
                cell.setColor(HeatColors.fill(RiskMatrix.severity(likelihood, impact)));
            }
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold, String fill) {
        for (int column = 0; column < cells.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            write(cell, List.of(cells.get(column)), bold, null);
            if (fill != null) {
                cell.setColor(fill);
            }
        }
    }

    /** Writes one paragraph per line into a cell, replacing the empty paragraph a new cell has. */
    private static void write(XWPFTableCell cell, List<String> lines, boolean bold, String color) {
        for (int index = 0; index < lines.size(); index++) {
            XWPFParagraph paragraph = index == 0 ? cell.getParagraphArray(0) : cell.addParagraph();
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBefore(0);
            XWPFRun run = paragraph.createRun();
            run.setText(lines.get(index));
            run.setFontSize(CELL_FONT_SIZE);
            run.setBold(bold);
            if (color != null) {
                run.setColor(color);
            }
        }
    }

    /** Creates a table across the text width with fixed columns in the given proportions. */
    private static XWPFTable newTable(XWPFDocument document, int rows, List<Integer> weights) {
        XWPFTable table = document.createTable(rows, weights.size());
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(DocxStyles.TEXT_WIDTH));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);

        table.setCellMargins(40, 80, 40, 80);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "BFBFBF");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "BFBFBF");
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "8EA9DB");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "8EA9DB");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "8EA9DB");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "8EA9DB");

        long[] widths = widths(weights);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }

        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < widths.length; column++) {
                XWPFTableCell cell = row.getCell(column);
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[column]));
            }
        }
        // Word wants a paragraph between two tables, or it merges them into one.
        document.createParagraph().setSpacingAfter(0);
        return table;
    }

    private static long[] widths(List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        long[] widths = new long[weights.size()];
        for (int index = 0; index < widths.length; index++) {
            widths[index] = DocxStyles.TEXT_WIDTH * weights.get(index) / total;
        }
        return widths;
    }
}
