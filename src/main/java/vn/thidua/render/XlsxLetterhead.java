package vn.thidua.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The frame of a province document on the first sheet of tong-hop.xlsx and
 * danh-sach-khen-thuong.xlsx, as the HTML has it (Nghị định 30/2020/NĐ-CP): issuing body and number
 * on the left, quốc hiệu, tiêu ngữ, place and date on the right, the title and subject across the
 * page above the body; "Nơi nhận" on the left and the signature on the right below it. Every text
 * comes from the {@link Letterhead} model the HTML template is given.
 *
 * <p>Written once the sheet's columns have their widths: the two halves are blocks of whole
 * columns, the right one wide enough for the quốc hiệu on one line (its last column is widened when
 * the table is too narrow), and each row is as tall as its wrapped text.
 */
final class XlsxLetterhead {
  /** Rows of the letterhead above the title: body and quốc hiệu, office and motto, number. */
  private static final int HEAD_ROWS = 3;

  /** Rows kept empty below the signature titles for the signature and the seal. */
  private static final int SIGN_SPACE = 4;

  /** The issuing body's share of the width, as in the HTML letterhead. */
  private static final double ISSUER_SHARE = 0.42;

  private final XSSFSheet sh;
  private final XlsxStyles.DocStyles st;
  private final Map<String, Object> doc;
  private final int columns;
  private final int split;
  private final Map<Integer, Float> heights = new HashMap<>();

  /**
   * @param doc the {@link Letterhead} model
   * @param columns the sheet's printed columns, whose widths are set
   */
  XlsxLetterhead(XSSFSheet sh, XlsxStyles st, Map<String, Object> doc, int columns) {
    this.sh = sh;
    this.st = st.doc;
    this.doc = doc;
    this.columns = Math.max(2, columns);
    this.split = split();
  }

  /** The rows the top of the frame takes, with that many notes under the subject. */
  static int rows(int notes) {
    // The letterhead, a blank row, title, subject, the notes and a blank row before the body.
    return HEAD_ROWS + 1 + 2 + notes + 1;
  }

  /**
   * The first column of the right half: where the issuing body's share of the width ends, moved
   * left while the right half is too narrow for the quốc hiệu and the left one keeps room for the
   * issuing body (two lines at most); then, if the right half is still too narrow, its last column
   * is widened.
   */
  private int split() {
    double total = Pages.width(sh, columns);
    double need = TextFit.units(text("country"), 12, true);
    double left =
        Math.max(TextFit.units(text("parent"), 12, false), TextFit.units(text("office"), 12, true))
            / 2;
    int k = 1;
    while (k < columns - 1 && Pages.width(sh, k + 1) <= total * ISSUER_SHARE) {
      k++;
    }
    while (k > 1 && total - Pages.width(sh, k) < need && Pages.width(sh, k - 1) >= left) {
      k--;
    }
    double right = total - Pages.width(sh, k);
    if (right < need) {
      int last = columns - 1;
      sh.setColumnWidth(
          last, (int) Math.ceil(sh.getColumnWidth(last) / 256.0 + need - right) * 256);
    }
    return k;
  }

  /** Writes the top, rows 0 to {@link #rows}(notes) - 1. */
  void top(String title, String subject, List<String> notes) {
    int r = 0;
    pair(r++, text("parent"), st.parent, text("country"), st.country);
    pair(r++, text("office"), st.office, text("motto"), st.motto);
    pair(r++, text("number"), st.number, text("placeDate"), st.placeDate);
    r++;
    half(r++, 0, columns - 1, title, st.title);
    half(r++, 0, columns - 1, subject, st.subject);
    for (String note : notes) {
      half(r++, 0, columns - 1, note, st.note);
    }
  }

  /**
   * Writes the closing from a row on: the recipients on the left, the signature on the right.
   *
   * @return the first row below it
   */
  int closing(int top) {
    @SuppressWarnings("unchecked")
    List<String> recipients = (List<String>) doc.get("recipients");
    int left = top;
    half(left++, 0, split - 1, text("recipientsTitle"), st.recipientsTitle);
    for (String line : recipients) {
      half(left++, 0, split - 1, line, st.recipient);
    }
    int right = top;
    half(right++, split, columns - 1, text("signFor"), st.sign);
    half(right++, split, columns - 1, text("signTitle"), st.sign);
    right += SIGN_SPACE;
    String signer = text("signer");
    if (!signer.isBlank()) {
      half(right++, split, columns - 1, signer, st.sign);
    }
    return Math.max(left, right);
  }

  /** A row of the letterhead: a text in each half. */
  private void pair(int r, String left, XSSFCellStyle ls, String right, XSSFCellStyle rs) {
    half(r, 0, split - 1, left, ls);
    half(r, split, columns - 1, right, rs);
  }

  /** A text in a block of columns of one row, merged, the row tall enough for it. */
  private void half(int r, int first, int last, String text, XSSFCellStyle style) {
    XSSFRow row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
    var cell = row.getCell(first) == null ? row.createCell(first) : row.getCell(first);
    if (text == null || text.isEmpty()) {
      cell.setBlank();
    } else {
      cell.setCellValue(text);
    }
    cell.setCellStyle(style);
    if (last > first) {
      sh.addMergedRegion(new CellRangeAddress(r, r, first, last));
    }
    double width = Pages.width(sh, last + 1) - Pages.width(sh, first);
    // Two halves share a row: the taller one decides.
    var font = style.getFont();
    int lines =
        style.getWrapText()
            ? TextFit.lines(text, font.getFontHeightInPoints(), font.getBold(), width)
            : 1;
    heights.merge(r, TextFit.height(lines, font.getFontHeightInPoints()), Math::max);
    row.setHeightInPoints(heights.get(r));
  }

  private String text(String key) {
    Object v = doc.get(key);
    return v == null ? "" : v.toString();
  }
}
