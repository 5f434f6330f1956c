package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.HeatColors;
import io.tandem.export.layout.RiskMatrix;
import io.tandem.export.layout.TableBlock;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCellProperties;

/** PowerPoint tables: item tables, labelled facts and the risk heat map, with row heights from {@link BlockSizes}. */
final class SlideTables {

    /** Three quarters of a point, in EMU. */
    private static final int BORDER_WIDTH_EMU = 9525;
    private static final byte[] BORDER_RGB = {(byte) SlideGeometry.BORDER.getRed(),
            (byte) SlideGeometry.BORDER.getGreen(), (byte) SlideGeometry.BORDER.getBlue()};

    private SlideTables() {
    }

    static void items(XSLFSlide slide, TableBlock block, double top) {
        XSLFTable table = slide.createTable();
        double[] widths = BlockSizes.columnWidths(block.widths(), SlideGeometry.BODY_WIDTH);
        double height = BlockSizes.tableHeader(block);
        row(table, block.headers(), true, SlideGeometry.ACCENT, SlideGeometry.HEADER_TEXT, BlockSizes.TABLE_FONT,
                height);
        for (TableBlock.Row row : block.rows()) {
            double rowHeight = BlockSizes.tableRow(row.cells(), block.widths(), false, BlockSizes.TABLE_FONT);
            row(table, row.cells(), false, row.internal() ? SlideGeometry.INTERNAL_FILL : null, Color.BLACK,
                    BlockSizes.TABLE_FONT, rowHeight);
            height += rowHeight;
        }
        if (block.totals() != null) {
            double rowHeight = BlockSizes.tableRow(block.totals().cells(), block.widths(), true, BlockSizes.TABLE_FONT);
            row(table, block.totals().cells(), true, SlideGeometry.TOTALS_FILL, Color.BLACK, BlockSizes.TABLE_FONT,
                    rowHeight);
            height += rowHeight;
        }
        place(table, widths, top, height);
    }

    static void facts(XSLFSlide slide, Block.Facts facts, double top) {
        XSLFTable table = slide.createTable();
        double[] widths = BlockSizes.columnWidths(BlockSizes.FACT_WIDTHS, SlideGeometry.BODY_WIDTH);
        double height = 0;
        for (Block.Fact fact : facts.facts()) {
            double rowHeight = BlockSizes.tableRow(List.of(fact.label(), fact.value()), BlockSizes.FACT_WIDTHS, false,
                    BlockSizes.FACT_FONT);
            XSLFTableRow row = row(table, List.of(fact.label(), fact.value()), false, null, Color.BLACK,
                    BlockSizes.FACT_FONT, rowHeight);
            row.getCells().get(0).setFillColor(SlideGeometry.LABEL_FILL);
            row.getCells().get(0).getTextParagraphs().get(0).getTextRuns().get(0).setBold(true);
            height += rowHeight;
        }
        place(table, widths, top, height);
    }

    /** Draws the heat map with high likelihood at the top and high impact on the right, as risk maps are read. */
    static void heatMap(XSLFSlide slide, RiskMatrix matrix, double top) {
        XSLFTable table = slide.createTable();
        double cellWidth = (SlideGeometry.BODY_WIDTH - BlockSizes.HEAT_LABEL_WIDTH) / 3;
        double[] widths = {BlockSizes.HEAT_LABEL_WIDTH, cellWidth, cellWidth, cellWidth};
        List<String> header = new ArrayList<>(List.of("Likelihood / impact"));
        RiskMatrix.LEVELS.forEach(level -> header.add(level + " impact"));
        row(table, header, true, SlideGeometry.ACCENT, SlideGeometry.HEADER_TEXT, BlockSizes.TABLE_FONT,
                BlockSizes.HEAT_HEADER_HEIGHT);
        double height = BlockSizes.HEAT_HEADER_HEIGHT;
        for (int likelihood = 2; likelihood >= 0; likelihood--) {
            double rowHeight = BlockSizes.heatRow(matrix, likelihood);
            XSLFTableRow row = table.addRow();
            row.setHeight(rowHeight);
            cell(row, List.of(RiskMatrix.LEVELS.get(likelihood) + " likelihood"), true, SlideGeometry.LABEL_FILL,
                    Color.BLACK, BlockSizes.TABLE_FONT);
            for (int impact = 0; impact < 3; impact++) {
                List<String> labels = BlockSizes.heatLabels(matrix.cell(likelihood, impact));
                Color fill = SlideGeometry.rgb(HeatColors.fill(RiskMatrix.severity(likelihood, impact)));
                XSLFTableCell cell = cell(row, labels.isEmpty() ? List.of("") : labels, false, fill, Color.BLACK,
                        BlockSizes.HEAT_FONT);
                cell.setVerticalAlignment(VerticalAlignment.TOP);
            }
            height += rowHeight;
        }
        place(table, widths, top, height);
    }

    private static XSLFTableRow row(XSLFTable table, List<String> cells, boolean bold, Color fill, Color color,
                                    double font, double height) {
        XSLFTableRow row = table.addRow();
        row.setHeight(height);
        for (String text : cells) {
            cell(row, List.of(BlockSizes.cellText(text)), bold, fill, color, font);
        }
        return row;
    }

    private static XSLFTableCell cell(XSLFTableRow row, List<String> lines, boolean bold, Color fill, Color color,
                                      double font) {
        XSLFTableCell cell = row.addCell();
        cell.clearText();
        for (String line : lines) {
            XSLFTextParagraph paragraph = cell.addNewTextParagraph();
            SlideText.Style style = SlideText.Style.of(font, color);
            SlideText.run(paragraph, line, bold ? style.bolded() : style);
        }
        cell.setLeftInset(BlockSizes.CELL_INSET_X);
        cell.setRightInset(BlockSizes.CELL_INSET_X);
        cell.setTopInset(BlockSizes.CELL_INSET_Y);
        cell.setBottomInset(BlockSizes.CELL_INSET_Y);
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        if (fill != null) {
            cell.setFillColor(fill);
        }
        borders(cell);
        return cell;
    }

    /**
     * Gives the cell thin grey borders on all four edges. This writes the line properties directly:
     * XSLFTableCell.setBorderColor resolves the theme and fills in every line default on each call, which
     * took a sixth of the time of a 200-deal deck. A new cell already has lines without fill, which are reused.
     */
    private static void borders(XSLFTableCell cell) {
        CTTableCell xml = (CTTableCell) cell.getXmlObject();
        CTTableCellProperties properties = xml.isSetTcPr() ? xml.getTcPr() : xml.addNewTcPr();
        border(properties.isSetLnL() ? properties.getLnL() : properties.addNewLnL());
        border(properties.isSetLnR() ? properties.getLnR() : properties.addNewLnR());
        border(properties.isSetLnT() ? properties.getLnT() : properties.addNewLnT());
        border(properties.isSetLnB() ? properties.getLnB() : properties.addNewLnB());
    }

    private static void border(CTLineProperties line) {
        if (line.isSetNoFill()) {
            line.unsetNoFill();
        }
        line.setW(BORDER_WIDTH_EMU);
        line.addNewSolidFill().addNewSrgbClr().setVal(BORDER_RGB);
    }

    private static void place(XSLFTable table, double[] widths, double top, double height) {
        for (int column = 0; column < widths.length; column++) {
            table.setColumnWidth(column, widths[column]);
        }
        table.setAnchor(new Rectangle2D.Double(SlideGeometry.MARGIN, SlideGeometry.BODY_TOP + top,
                SlideGeometry.BODY_WIDTH, height));
    }
}
