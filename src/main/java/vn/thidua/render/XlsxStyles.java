package vn.thidua.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the report workbooks, made once per workbook, and the cell writers that use
 * them.
 */
final class XlsxStyles {
  /** Excel refuses longer text in a cell. */
  static final int MAX_TEXT = 32_767;

  static final String INTEGER = "#,##0";
  static final String DECIMAL = "#,##0.0#";
  static final String RATIO = "0.0%";

  private static final String FONT = "Times New Roman";

  final XSSFCellStyle plain;
  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle note;
  final XSSFCellStyle section;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle date;
  final XSSFCellStyle totalText;

  /** A band across a list: a section of it ("I. TẬP THỂ"). */
  final XSSFCellStyle band;

  /** Text that wraps within its column, top-aligned. */
  final XSSFCellStyle wrapped;

  /** A short mark or figure, centred: "x", "4/5", a serial number. */
  final XSSFCellStyle centered;

  /** A cell that does not apply to its row: a grey "—". */
  final XSSFCellStyle notApplicable;

  /** A short mark that speaks against its row, in Excel's own light red of "Bad". */
  final XSSFCellStyle bad;

  /** Wrapping text to look at twice, in Excel's light yellow of "Neutral". */
  final XSSFCellStyle flagged;

  private final Map<String, XSSFCellStyle> numbers = new HashMap<>();
  private final Map<String, XSSFCellStyle> totals = new HashMap<>();
  private final Map<Integer, XSSFCellStyle> quoted = new HashMap<>();
  private final XSSFWorkbook wb;
  private final XSSFFont bold;

  XlsxStyles(XSSFWorkbook wb) {
    this.wb = wb;
    // Vietnamese administrative documents are set in Times New Roman; the default font of cells
    // left unstyled follows, so the whole workbook reads alike.
    XSSFFont base = wb.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints((short) 11);
    bold = font(true, false, 11);

    plain = wb.createCellStyle();
    title = wb.createCellStyle();
    title.setFont(font(true, false, 14));
    subtitle = wb.createCellStyle();
    subtitle.setFont(bold);
    note = wb.createCellStyle();
    note.setFont(font(false, true, 11));
    section = wb.createCellStyle();
    section.setFont(font(true, false, 12));

    header = bordered();
    header.setFont(bold);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    text = bordered();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    date = bordered();
    date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    date.setAlignment(HorizontalAlignment.CENTER);
    totalText = bordered();
    totalText.setFont(bold);

    band = bordered();
    band.setFont(bold);
    band.setFillForegroundColor(rgb(0xF2, 0xF2, 0xF2));
    band.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    wrapped = bordered();
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped.setWrapText(true);
    centered = bordered();
    centered.setVerticalAlignment(VerticalAlignment.TOP);
    centered.setAlignment(HorizontalAlignment.CENTER);
    notApplicable = wb.createCellStyle();
    notApplicable.cloneStyleFrom(centered);
    XSSFFont grey = font(false, false, 11);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    notApplicable.setFont(grey);
    bad = wb.createCellStyle();
    bad.cloneStyleFrom(centered);
    XSSFFont darkRed = font(false, false, 11);
    darkRed.setColor(rgb(0x9C, 0x00, 0x06));
    bad.setFont(darkRed);
    bad.setFillForegroundColor(rgb(0xFF, 0xC7, 0xCE));
    bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    flagged = wb.createCellStyle();
    flagged.cloneStyleFrom(wrapped);
    flagged.setFillForegroundColor(rgb(0xFF, 0xEB, 0x9C));
    flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
  }

  /** A bordered number style of the given format. */
  XSSFCellStyle number(String format) {
    return numbers.computeIfAbsent(
        format,
        f -> {
          XSSFCellStyle s = bordered();
          s.setDataFormat(wb.createDataFormat().getFormat(f));
          return s;
        });
  }

  /** The same, bold, for the totals row. */
  XSSFCellStyle total(String format) {
    return totals.computeIfAbsent(
        format,
        f -> {
          XSSFCellStyle s = bordered();
          s.setFont(bold);
          s.setDataFormat(wb.createDataFormat().getFormat(f));
          return s;
        });
  }

  /**
   * Writes text as a string cell: never a formula, whatever it starts with. Text that Excel would
   * take for a formula once the user edits the cell (= + - @) gets the quote-prefix flag, Excel's
   * own marker for "this is text", so editing it keeps it text.
   */
  void text(Cell cell, String value, XSSFCellStyle style) {
    if (value == null || value.isEmpty()) {
      cell.setBlank();
      cell.setCellStyle(style);
      return;
    }
    String v = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    cell.setCellValue(v);
    cell.setCellStyle("=+-@".indexOf(v.charAt(0)) >= 0 ? quoted(style) : style);
  }

  void number(Cell cell, Number value, XSSFCellStyle style) {
    if (value == null) {
      cell.setBlank();
    } else {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
  }

  void date(Cell cell, LocalDate value) {
    if (value == null) {
      cell.setBlank();
    } else {
      cell.setCellValue(value);
    }
    cell.setCellStyle(date);
  }

  private XSSFCellStyle quoted(XSSFCellStyle style) {
    return quoted.computeIfAbsent(
        (int) style.getIndex(),
        i -> {
          XSSFCellStyle s = wb.createCellStyle();
          s.cloneStyleFrom(style);
          s.setQuotePrefixed(true);
          return s;
        });
  }

  private XSSFCellStyle bordered() {
    XSSFCellStyle s = wb.createCellStyle();
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    return s;
  }

  private XSSFFont font(boolean isBold, boolean italic, int points) {
    XSSFFont f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(isBold);
    f.setItalic(italic);
    return f;
  }
}
