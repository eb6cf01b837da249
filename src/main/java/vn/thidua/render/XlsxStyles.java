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

  static final String DECIMAL = "#,##0.0#";
  static final String RATIO = "0.0%";

  final XSSFCellStyle plain;
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

  /**
   * The frame of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body
   * and the quốc hiệu above the title, the recipients and the signature below the body.
   */
  final DocStyles doc;

  /** The styles of the document frame, each with the size the decree gives its line. */
  static final class DocStyles {
    final XSSFCellStyle parent;
    final XSSFCellStyle office;

    /** The quốc hiệu: one line, never wrapped into the tiêu ngữ below it. */
    final XSSFCellStyle country;

    /** The tiêu ngữ, underlined as the decree draws a line under it. */
    final XSSFCellStyle motto;

    final XSSFCellStyle number;
    final XSSFCellStyle placeDate;
    final XSSFCellStyle title;
    final XSSFCellStyle subject;
    final XSSFCellStyle note;

    /** Text across the width of the page, wrapped: a paragraph under a table. */
    final XSSFCellStyle paragraph;

    final XSSFCellStyle recipientsTitle;
    final XSSFCellStyle recipient;
    final XSSFCellStyle sign;

    private DocStyles(XlsxStyles st) {
      parent = st.centred(st.font(false, false, 12), true);
      office = st.centred(st.font(true, false, 12), true);
      country = st.centred(st.font(true, false, 12), false);
      XSSFFont underlined = st.font(true, false, 13);
      underlined.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
      motto = st.centred(underlined, false);
      number = st.centred(st.font(false, false, 12), true);
      placeDate = st.centred(st.font(false, true, 12), true);
      title = st.centred(st.font(true, false, 14), true);
      subject = st.centred(st.font(true, false, 13), true);
      note = st.centred(st.font(false, true, 12), true);
      paragraph = st.wb.createCellStyle();
      paragraph.setFont(st.font(false, true, 11));
      paragraph.setWrapText(true);
      paragraph.setVerticalAlignment(VerticalAlignment.TOP);
      recipientsTitle = st.wb.createCellStyle();
      recipientsTitle.setFont(st.font(true, true, 12));
      recipient = st.wb.createCellStyle();
      recipient.setFont(st.font(false, false, 11));
      recipient.setWrapText(true);
      recipient.setVerticalAlignment(VerticalAlignment.TOP);
      sign = st.centred(st.font(true, false, 13), true);
    }
  }

  private final Map<String, XSSFCellStyle> numbers = new HashMap<>();
  private final Map<String, XSSFCellStyle> numbersAtTop = new HashMap<>();
  private final Map<String, XSSFCellStyle> totals = new HashMap<>();
  private final Map<Integer, XSSFCellStyle> quoted = new HashMap<>();
  private final XSSFWorkbook wb;
  private final XSSFFont bold;

  XlsxStyles(XSSFWorkbook wb) {
    this.wb = wb;
    // Vietnamese administrative documents are set in Times New Roman; the default font of cells
    // left unstyled follows, so the whole workbook reads alike.
    XSSFFont base = wb.getFontAt(0);
    base.setFontName(Look.FONT);
    base.setFontHeightInPoints((short) 11);
    // POI's default font belongs to the theme's "minor" scheme, which Excel and LibreOffice draw in
    // the theme's font (Calibri) whatever its name says: out of the scheme, it is Times New Roman.
    base.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    bold = font(true, false, 11);

    // Lines of text merged across a sheet's columns: wrapped, so nothing runs past the page.
    plain = wb.createCellStyle();
    plain.setWrapText(true);
    plain.setVerticalAlignment(VerticalAlignment.TOP);
    subtitle = wb.createCellStyle();
    subtitle.setFont(bold);
    note = wb.createCellStyle();
    note.setFont(font(false, true, 11));
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);
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
    date.setDataFormat(wb.createDataFormat().getFormat(Look.DATE));
    date.setAlignment(HorizontalAlignment.CENTER);
    date.setVerticalAlignment(VerticalAlignment.TOP);
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
    doc = new DocStyles(this);
  }

  /** Centred on both axes, wrapping or not. */
  private XSSFCellStyle centred(XSSFFont font, boolean wrap) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setAlignment(HorizontalAlignment.CENTER);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(wrap);
    return s;
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

  /** The same, at the top of its cell: in a list whose rows grow with their wrapped text. */
  XSSFCellStyle numberAtTop(String format) {
    return numbersAtTop.computeIfAbsent(
        format,
        f -> {
          XSSFCellStyle s = wb.createCellStyle();
          s.cloneStyleFrom(number(f));
          s.setVerticalAlignment(VerticalAlignment.TOP);
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
    f.setFontName(Look.FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(isBold);
    f.setItalic(italic);
    return f;
  }
}
