package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.model.Mark;
import vn.thidua.model.Summary;

/** Sheet helpers of tong-hop.xlsx: names, page setup, widths, and plain list sheets. */
final class XlsxSheets {
  private static final float LINE_POINTS = 15f;

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
   * The title block atop a report sheet: the title, the campaign in bold, then each note in
   * italics, one a row from the top.
   *
   * @return the first row below the block and one blank row
   */
  static int titleBlock(
      XSSFSheet sh, XlsxStyles st, String title, String subtitle, String... notes) {
    int r = 0;
    st.text(sh.createRow(r++).createCell(0), title, st.title);
    st.text(sh.createRow(r++).createCell(0), subtitle, st.subtitle);
    for (String note : notes) {
      st.text(sh.createRow(r++).createCell(0), note, st.note);
    }
    return r + 1;
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
   * A4 landscape, one page wide and as many tall as needed, page numbers in the footer.
   *
   * @param repeat the rows printed atop every page, or null
   */
  static void print(XSSFSheet sh, CellRangeAddress repeat) {
    PrintSetup ps = sh.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    sh.setFitToPage(true);
    sh.setAutobreaks(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sh.setMargin(PageMargin.LEFT, 0.5);
    sh.setMargin(PageMargin.RIGHT, 0.5);
    sh.setMargin(PageMargin.TOP, 0.6);
    sh.setMargin(PageMargin.BOTTOM, 0.6);
    sh.setMargin(PageMargin.HEADER, 0.3);
    sh.setMargin(PageMargin.FOOTER, 0.3);
    sh.setHorizontallyCenter(true);
    // &P and &N are Excel's header/footer codes for the page number and the page count.
    sh.getFooter().setCenter("&P/&N");
    if (repeat != null) {
      sh.setRepeatingRows(repeat);
    }
  }

  /**
   * Column widths from the longest text seen in each column, within bounds. autoSizeColumn would
   * measure with whatever fonts the machine has installed, so two machines would give two files.
   */
  static final class Widths {
    private final Map<Integer, Integer> chars = new HashMap<>();

    void see(int col, String text) {
      if (text != null) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
          longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        chars.merge(col, longest, Math::max);
      }
    }

    /** A header's width: headers wrap, so only their longest word need fit. */
    void seeHeader(int col, String text) {
      if (text != null) {
        for (String word : text.split("\\s+")) {
          see(col, word);
        }
      }
    }

    int of(int col, int min, int max) {
      return Math.max(min, Math.min(max, chars.getOrDefault(col, 0) + 2));
    }

    void apply(XSSFSheet sh, int columns, int min, int max) {
      for (int c = 0; c < columns; c++) {
        sh.setColumnWidth(c, of(c, min, max) * 256);
      }
    }
  }

  /** A row tall enough for each of its cells' text to wrap within its column. */
  static void fitHeight(XSSFRow row, List<String> texts, int firstCol) {
    XSSFSheet sh = row.getSheet();
    int lines = 1;
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null) {
        continue;
      }
      int width = Math.max(1, sh.getColumnWidth(firstCol + i) / 256 - 1);
      int need = 0;
      for (String line : t.split("\n", -1)) {
        need += Math.max(1, (line.length() + width - 1) / width);
      }
      lines = Math.max(lines, need);
    }
    row.setHeightInPoints(lines * LINE_POINTS);
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
   * A plain list sheet: a header row, one row per entry (String as text, Number as an integer,
   * LocalDate as a date, null blank), an autofilter over it all and the header frozen and repeated
   * on every printed page.
   */
  static void list(XSSFSheet sh, XlsxStyles st, List<String> headers, List<List<Object>> rows) {
    Widths widths = new Widths();
    XSSFRow head = header(sh, 0, st, headers, widths);
    for (int r = 0; r < rows.size(); r++) {
      XSSFRow row = sh.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        var cell = row.createCell(c);
        if (v instanceof Number n) {
          st.number(cell, n, st.number(XlsxStyles.INTEGER));
          widths.see(c, String.format("%,d", n.longValue()));
        } else if (v instanceof LocalDate d) {
          st.date(cell, d);
          widths.see(c, "00/00/0000");
        } else {
          st.text(cell, v == null ? null : v.toString(), st.text);
          widths.see(c, v == null ? null : v.toString());
        }
      }
    }
    widths.apply(sh, headers.size(), 6, 60);
    fitHeight(head, headers, 0);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
    sh.createFreezePane(0, 1);
    print(sh, new CellRangeAddress(0, 0, -1, -1));
  }
}
