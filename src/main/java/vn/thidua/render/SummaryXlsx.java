package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.model.Mark;
import vn.thidua.model.Summary;

/**
 * tong-hop.xlsx: the summary figures with live totals and a chart, then every listed row, finding
 * and source workbook, so the province officer can keep editing it and trace every figure.
 */
public final class SummaryXlsx {
  private SummaryXlsx() {}

  public static void write(Summary s, Messages m, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles st = new XlsxStyles(wb);
      XSSFSheet summary = XlsxSheets.create(wb, m.get("xlsx.sheet.summary"));
      XlsxSummarySheet.Layout layout = XlsxSummarySheet.write(summary, st, s, m);
      int end = XlsxChart.write(summary, layout, m);
      layout.letterhead().closing(end);
      TextFit.fitRows(summary);
      XlsxListSheets.listed(wb, st, s, m);
      XlsxListSheets.findings(wb, st, s, m);
      XlsxListSheets.sources(wb, st, s, m);
      XlsxSheets.write(wb, s, Mark.Kind.REPORT, m.get("report.title"), out);
    }
  }
}
