package io.tandem.export.pptx;

import io.tandem.export.layout.StageChart;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The pipeline by stage as a native PowerPoint column chart with two series, the total amount and the amount
 * credited to the partner. POI writes the same numbers into the chart's embedded workbook, which PowerPoint
 * opens for "Edit data".
 */
final class PipelineChart {

    private PipelineChart() {
    }

    static void draw(XMLSlideShow deck, XSLFSlide slide, StageChart stages, double top) {
        int count = stages.stages().size();
        String[] categories = new String[count];
        Double[] amounts = new Double[count];
        Double[] credited = new Double[count];
        for (int index = 0; index < count; index++) {
            StageChart.StageTotal stage = stages.stages().get(index);
            categories[index] = stage.stage();
            amounts[index] = stage.amount().doubleValue();
            credited[index] = stage.credited().doubleValue();
        }
        XSLFChart chart = deck.createChart();
        String currency = stages.currency() == null ? "" : " (" + stages.currency() + ")";
        chart.setTitleText("Pipeline by stage" + currency);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis stageAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis amountAxis = chart.createValueAxis(AxisPosition.LEFT);
        amountAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        amountAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        amountAxis.setNumberFormat("#,##0");

        XDDFCategoryDataSource stageData = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, count, 0, 0)), 0);
        XDDFNumericalDataSource<Double> amountData = XDDFDataSourcesFactory.fromArray(amounts,
                chart.formatRange(new CellRangeAddress(1, count, 1, 1)), 1);
        XDDFNumericalDataSource<Double> creditedData = XDDFDataSourcesFactory.fromArray(credited,
                chart.formatRange(new CellRangeAddress(1, count, 2, 2)), 2);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, stageAxis, amountAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        series(chart, bars.addSeries(stageData, amountData), "Total amount", 1, SlideGeometry.AMOUNT_BAR);
        series(chart, bars.addSeries(stageData, creditedData), "Credited to " + stages.partnerName(), 2,
                SlideGeometry.CREDITED_BAR);
        chart.plot(bars);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        // Unlike the other shapes' anchors, addChart takes its rectangle in EMU, not points.
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(SlideGeometry.MARGIN),
                Units.toEMU(SlideGeometry.BODY_TOP + top), Units.toEMU(SlideGeometry.BODY_WIDTH),
                Units.toEMU(BlockSizes.CHART_HEIGHT)));
    }

    private static void series(XSLFChart chart, XDDFChartData.Series series, String title, int column, Color color) {
        series.setTitle(title, chart.setSheetTitle(title, column));
        XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties()
                : series.getShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()})));
        series.setShapeProperties(shape);
    }
}
