package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.model.Mark;
import vn.thidua.model.Summary;

/** Sheet helpers of tong-hop.xlsx: names, page setup, widths, and plain list sheets. */
final class XlsxSheets {

  private XlsxSheets() {}

  /**
   * A new sheet under a name Excel accepts (at most 31 characters, none of []:*?/\) and that no
   * other sheet has: a config may give two tables the same label.
   */
  static XSSFSheet create(XSSFWorkbook wb, String name) {
    String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "?" : name);
    String unique = base;
    for (int n = 2; wb.getSheet(unique) != null; n++) {
      String suffix = " (" + n + ")";
      unique = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return wb.createSheet(unique);
  }

  /**
   * Dates the workbook by the summary, not the clock, so two runs on the same inputs give the same
   * file, marks it as thidua's, then writes it.
   *
   * @param kind what the workbook is, for its mark
   */
  static void write(XSSFWorkbook wb, Summary s, Mark.Kind kind, String title, OutputStream out)
      throws IOException {
    wb.setActiveSheet(0);
    var props = wb.getProperties().getCoreProperties();
    Date asOf = Date.from(s.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    props.setCreated(Optional.of(asOf));
    props.setModified(Optional.of(asOf));
    props.setCreator("thidua");
    props.setTitle(title);
    props.setSubjectProperty(s.config().campaign().name());
    Marks.set(wb, new Mark(kind, s.config().campaign().code(), null));
    wb.write(out);
  }

  /**
   * Column widths from the longest text seen in each column, within bounds. autoSizeColumn would
   * measure with whatever fonts the machine has installed, so two machines would give two files.
   */
  static final class Widths {
    /** The cells' size: the reports' text is Times New Roman 11. */
    private static final int POINTS = 11;

    private final Map<Integer, Double> units = new HashMap<>();

    void see(int col, String text) {
      see(col, text, false);
    }

    /** A header's width: headers wrap, so only their longest word need fit, in bold. */
    void seeHeader(int col, String text) {
      if (text != null) {
        for (String word : text.split("\\s+")) {
          see(col, word, true);
        }
      }
    }

    private void see(int col, String text, boolean bold) {
      if (text != null) {
        for (String line : text.split("\n", -1)) {
          units.merge(col, TextFit.units(line, POINTS, bold), Math::max);
        }
      }
    }

    /** The column's width in characters: its widest text, within bounds. */
    int of(int col, int min, int max) {
      int need = (int) Math.ceil(units.getOrDefault(col, 0.0) + 0.5);
      return Math.max(min, Math.min(max, need));
    }
  }

  /** A list's header row, one cell per header, seen by the widths. */
  static XSSFRow header(XSSFSheet sh, int r, XlsxStyles st, List<String> headers, Widths widths) {
    XSSFRow head = sh.createRow(r);
    for (int c = 0; c < headers.size(); c++) {
      st.text(head.createCell(c), headers.get(c), st.header);
      widths.seeHeader(c, headers.get(c));
    }
    return head;
  }

  /**
   * A plain list sheet: a header row, one row per entry (String as text, Number as a number,
   * LocalDate as a date, null blank), an autofilter over it all and the header frozen and repeated
   * on every printed page. Columns are as wide as their longest text up to 40 characters; longer
   * texts wrap within the column and their row grows to show them.
   */
  static void list(XSSFSheet sh, XlsxStyles st, List<String> headers, List<List<Object>> rows) {
    int[] max = new int[headers.size()];
    java.util.Arrays.fill(max, 40);
    list(sh, st, headers, rows, max);
  }

  /**
   * The same, each column at most {@code max[c]} characters wide, so a list of many columns prints
   * one A4 landscape page wide at a size still read.
   */
  static void list(
      XSSFSheet sh, XlsxStyles st, List<String> headers, List<List<Object>> rows, int[] max) {
    Widths widths = new Widths();
    header(sh, 0, st, headers, widths);
    for (int r = 0; r < rows.size(); r++) {
      XSSFRow row = sh.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        var cell = row.createCell(c);
        if (v instanceof Number n) {
          boolean whole = !(n instanceof BigDecimal b) || b.stripTrailingZeros().scale() <= 0;
          st.number(cell, n, st.numberAtTop(whole ? Look.INTEGER : XlsxStyles.DECIMAL));
          widths.see(c, String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", n.doubleValue()));
        } else if (v instanceof LocalDate d) {
          st.date(cell, d);
          widths.see(c, "00/00/0000");
        } else {
          String t = v == null ? null : v.toString();
          st.text(cell, t, st.wrapped);
          widths.see(c, t);
        }
      }
    }
    for (int c = 0; c < headers.size(); c++) {
      sh.setColumnWidth(c, widths.of(c, 6, max[c]) * 256);
    }
    // Rows as tall as their wrapped texts (the header's too).
    TextFit.fitRows(sh);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
    sh.createFreezePane(0, 1);
    Pages.a4(sh, Pages.width(sh, headers.size()), new CellRangeAddress(0, 0, -1, -1));
  }
}
