package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
      XlsxChart.write(summary, layout, m);
      XlsxListSheets.listed(wb, st, s, m);
      XlsxListSheets.findings(wb, st, s, m);
      XlsxListSheets.sources(wb, st, s, m);
      wb.setActiveSheet(0);

      var props = wb.getProperties().getCoreProperties();
      // Dated by the summary, not the clock, so two runs on the same inputs give the same file.
      Date asOf = Date.from(s.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
      props.setCreated(Optional.of(asOf));
      props.setModified(Optional.of(asOf));
      props.setCreator("thidua");
      props.setTitle(m.get("report.title"));
      props.setSubjectProperty(s.config().campaign().name());
      wb.write(out);
    }
  }
}
