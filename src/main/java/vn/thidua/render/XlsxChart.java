package vn.thidua.render;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
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
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.thidua.model.MeasureKind;

/**
 * A native Excel bar chart per table with a target: rows meeting the standard against the target,
 * per unit. It references the summary table's cells, so it follows the officer's corrections.
 */
final class XlsxChart {
  static final int HEIGHT_ROWS = 20;

  private static final byte[] MEETING = {(byte) 0x2E, (byte) 0x7D, (byte) 0x32};
  private static final byte[] TARGET = {(byte) 0xB0, (byte) 0xBE, (byte) 0xC5};

  private XlsxChart() {}

  /** Charts every placed section that has a target; returns the first free row below them. */
  static int write(XSSFSheet sh, XlsxSummarySheet.Layout layout, Messages m) {
    int top = layout.end();
    XSSFDrawing drawing = null;
    for (XlsxSummarySheet.Placed p : layout.sections()) {
      if (p.section().table().target() == null) {
        continue;
      }
      Figures.Column meeting = column(p, MeasureKind.MEETING);
      Figures.Column target = column(p, MeasureKind.TARGET);
      if (meeting == null || target == null || p.lastUnit() < p.firstUnit()) {
        continue;
      }
      if (drawing == null) {
        drawing = sh.createDrawingPatriarch();
      }
      int right = Math.max(layout.width(), 10);
      XSSFChart chart =
          drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, right, top + HEIGHT_ROWS));
      chart.setTitleText(
          m.get(
              "xlsx.chart.title",
              p.section().table().name(),
              meeting.label(),
              m.inSentence(target.label())));
      chart.setTitleOverlay(false);
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

      XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
      counts.setCrosses(AxisCrosses.AUTO_ZERO);
      counts.setCrossBetween(AxisCrossBetween.BETWEEN);

      XDDFDataSource<String> codes =
          XDDFDataSourcesFactory.fromStringCellRange(
              sh, new CellRangeAddress(p.firstUnit(), p.lastUnit(), 0, 0));
      XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, counts);
      data.setBarDirection(BarDirection.COL);
      data.setBarGrouping(BarGrouping.CLUSTERED);
      data.setVaryColors(false);
      series(sh, p, data, codes, meeting, MEETING);
      series(sh, p, data, codes, target, TARGET);
      chart.plot(data);
      top += HEIGHT_ROWS + 1;
    }
    return top;
  }

  private static void series(
      XSSFSheet sh,
      XlsxSummarySheet.Placed p,
      XDDFBarChartData data,
      XDDFDataSource<String> codes,
      Figures.Column col,
      byte[] rgb) {
    int c = p.column(col);
    XDDFNumericalDataSource<Double> values =
        XDDFDataSourcesFactory.fromNumericCellRange(
            sh, new CellRangeAddress(p.firstUnit(), p.lastUnit(), c, c));
    XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(codes, values);
    // The series is named by its header cell, so renaming the heading renames the legend.
    s.setTitle(col.label(), new CellReference(sh.getSheetName(), p.headerRow(col), c, true, true));
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    s.setShapeProperties(shape);
  }

  private static Figures.Column column(XlsxSummarySheet.Placed p, MeasureKind of) {
    for (Figures.Column c : p.section().columns()) {
      var ms = XlsxSummarySheet.measure(p.section().table(), c);
      if (ms != null && ms.of() == of) {
        return c;
      }
    }
    return null;
  }
}
