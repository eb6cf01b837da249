package vn.thidua.district;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.ValueType;
import vn.thidua.render.Messages;
import vn.thidua.render.Pages;
import vn.thidua.render.TextFit;

/**
 * One table sheet of the template, laid out as workbook.md describes: title block, one- or two-row
 * header (merged group cells over sub-headers), the column-number row, numbered empty data rows,
 * the totals row and the signature block; printable, frozen under the header, and protected so the
 * header cannot be broken while the data rows stay editable.
 */
final class TableSheet {
  /**
   * The header starts on row 7, under the title block and one blank row: a title line merged across
   * the table right above the header would be read as a group header over it.
   */
  static final int HEADER_ROW = 6;

  /** The quốc hiệu's size in the title block. */
  private static final int HEADING_POINTS = 12;

  /** The least width of the title block's left half, in characters. */
  private static final int LEFT_MIN = 24;

  /** Rows of the signature block, room for the signatures and names included. */
  private static final int SIGNATURE_ROWS = 8;

  private final Config config;
  private final Unit unit;
  private final Messages m;
  private final Styles st;
  private final InputRules rules;
  private final int dataRows;

  TableSheet(Config config, Unit unit, Messages m, Styles st, InputRules rules, int dataRows) {
    this.config = config;
    this.unit = unit;
    this.m = m;
    this.st = st;
    this.rules = rules;
    this.dataRows = dataRows;
  }

  void write(Sheet s, TableSpec t) {
    List<ColumnSpec> cols = t.columns();
    int width = cols.size() + 1;
    int headerRows = Columns.grouped(t) ? 2 : 1;
    int numbersRow = HEADER_ROW + headerRows;
    int first = numbersRow + 1;
    int last = first + dataRows - 1;

    // Widths first: the title block's halves are sized to them.
    widths(s, t);
    int split = split(s, width);
    titleBlock(s, t, width, split);
    header(s, t, headerRows);
    numbers(s, numbersRow, width);
    data(s, t, first, last);
    int end = last;
    if (!Columns.numericIndexes(t).isEmpty()) {
      end = last + 1;
      totals(s, t, end, first, last);
    }
    signature(s, end + 2, width, split);
    layout(s, numbersRow, first);
  }

  /**
   * The first column of the title block's right half, which holds the quốc hiệu on one line: the
   * border sits at the middle column, moved left while the right half is too narrow and the left
   * one keeps room for the union's name (two lines at most); then, if the right half is still too
   * narrow, the last column is widened.
   */
  private int split(Sheet s, int width) {
    double need = TextFit.units(m.get("template.motto"), HEADING_POINTS, true);
    String name = unit.name().toUpperCase(Locale.ROOT);
    double left = Math.max(LEFT_MIN, TextFit.units(name, HEADING_POINTS, true) / 2);
    int k = Math.max(1, width / 2);
    double total = Pages.width(s, width);
    while (k > 1 && total - Pages.width(s, k) < need && Pages.width(s, k - 1) >= left) {
      k--;
    }
    double right = total - Pages.width(s, k);
    if (right < need) {
      int lastCol = width - 1;
      s.setColumnWidth(
          lastCol, (int) Math.ceil(s.getColumnWidth(lastCol) / 256.0 + need - right) * 256);
    }
    return k;
  }

  private void titleBlock(Sheet s, TableSpec t, int width, int split) {
    String province = config.campaign().province().name();
    String country = m.get("template.motto");
    text(s, 0, 0, province.toUpperCase(Locale.ROOT), st.centred());
    text(s, 1, 0, unit.name().toUpperCase(Locale.ROOT), st.heading());
    text(s, 0, split, country, st.nation());
    text(s, 1, split, m.get("template.motto.sub"), st.nation());
    for (int r = 0; r <= 1; r++) {
      merge(s, r, r, 0, split - 1);
      merge(s, r, r, split, width - 1);
    }
    // The unit's name may wrap in the left half (the right half is sized for the quốc hiệu).
    double left = Pages.width(s, split);
    row(s, 1)
        .setHeightInPoints(TextFit.height(unit.name().toUpperCase(Locale.ROOT), 12, true, left));
    String title = t.title() == null ? t.name() : t.name() + ": " + t.title();
    String attached = m.get("template.attached", config.campaign().name(), unit.name());
    text(s, 3, 0, title.toUpperCase(Locale.ROOT), st.title());
    text(s, 4, 0, attached, st.italic());
    merge(s, 3, 3, 0, width - 1);
    merge(s, 4, 4, 0, width - 1);
    double across = Pages.width(s, width);
    s.getRow(3).setHeightInPoints(TextFit.height(title.toUpperCase(Locale.ROOT), 14, true, across));
    s.getRow(4).setHeightInPoints(TextFit.height(attached, 12, false, across));
  }

  private void header(Sheet s, TableSpec t, int headerRows) {
    int top = HEADER_ROW;
    int bottom = HEADER_ROW + headerRows - 1;
    List<ColumnSpec> cols = t.columns();
    for (int r = top; r <= bottom; r++) {
      for (int j = 0; j <= cols.size(); j++) {
        cell(s, r, j).setCellStyle(st.header());
      }
      row(s, r).setHeightInPoints(headerRows == 2 ? 36 : 54);
    }
    // The reader knows the index column by these words: use its first one.
    single(s, 0, config.reading().indexHeaders().get(0), top, bottom);
    int j = 0;
    while (j < cols.size()) {
      ColumnSpec c = cols.get(j);
      String group = headerRows == 2 ? Columns.group(t, c) : null;
      if (group == null) {
        single(s, j + 1, headerRows == 2 ? Columns.shownHeader(t, c) : c.header(), top, bottom);
        j++;
        continue;
      }
      // A run of neighbouring columns under one group shares one merged group cell.
      int runEnd = j;
      while (runEnd + 1 < cols.size() && group.equals(Columns.group(t, cols.get(runEnd + 1)))) {
        runEnd++;
      }
      cell(s, top, j + 1).setCellValue(t.groups().get(group).header());
      merge(s, top, top, j + 1, runEnd + 1);
      for (int k = j; k <= runEnd; k++) {
        cell(s, bottom, k + 1).setCellValue(Columns.shownHeader(t, cols.get(k)));
      }
      j = runEnd + 1;
    }
  }

  private static void single(Sheet s, int col, String text, int top, int bottom) {
    cell(s, top, col).setCellValue(text);
    merge(s, top, bottom, col, col);
  }

  private void numbers(Sheet s, int r, int width) {
    for (int j = 0; j < width; j++) {
      Cell c = cell(s, r, j);
      c.setCellValue("(" + (j + 1) + ")");
      c.setCellStyle(st.numbers());
    }
  }

  /**
   * Empty data rows, numbered: a numbered row left empty is skipped by the reader, whereas twenty
   * blank rows in a row would end the table before the totals row.
   */
  private void data(Sheet s, TableSpec t, int first, int last) {
    List<ColumnSpec> cols = t.columns();
    for (int r = first; r <= last; r++) {
      Cell index = cell(s, r, 0);
      index.setCellValue(r - first + 1.0);
      index.setCellStyle(st.input(ValueType.INTEGER));
      for (int j = 0; j < cols.size(); j++) {
        cell(s, r, j + 1).setCellStyle(st.input(cols.get(j).type()));
      }
    }
    for (int j = 0; j < cols.size(); j++) {
      rules.column(s, t, cols.get(j), first, last, j + 1);
    }
  }

  private void totals(Sheet s, TableSpec t, int r, int first, int last) {
    List<ColumnSpec> cols = t.columns();
    for (int j = 0; j <= cols.size(); j++) {
      ValueType type = j == 0 ? ValueType.TEXT : cols.get(j - 1).type();
      cell(s, r, j).setCellStyle(st.total(type));
    }
    // The label goes in the first text column (in STT only when there is none), with the
    // reader's own totals word.
    int labelCol = cols.get(0).type().numeric() ? 0 : 1;
    cell(s, r, labelCol).setCellValue(config.reading().totalsWords().get(0));
    for (int i : Columns.numericIndexes(t)) {
      String letter = CellReference.convertNumToColString(i + 1);
      cell(s, r, i + 1)
          .setCellFormula("SUM(" + letter + (first + 1) + ":" + letter + (last + 1) + ")");
    }
  }

  /** Signature rows, unlocked: the preparer and the union's chair sign and date them. */
  private void signature(Sheet s, int r, int width, int split) {
    for (int k = r; k < r + SIGNATURE_ROWS; k++) {
      merge(s, k, k, 0, split - 1);
      merge(s, k, k, split, width - 1);
      cell(s, k, 0).setCellStyle(st.signature(false, false));
      cell(s, k, split).setCellStyle(st.signature(false, false));
    }
    // The first signature row must end the table for the reader: it starts with its end word.
    text(s, r, 0, config.reading().endWords().get(0), st.signature(true, false));
    text(s, r, split, m.get("template.dateline", year()), st.signature(false, true));
    text(s, r + 1, 0, m.get("template.sign.note"), st.signature(false, true));
    text(s, r + 1, split, m.get("template.sign.body"), st.signature(true, false));
    text(s, r + 2, split, m.get("template.sign.title"), st.signature(true, false));
    text(s, r + 3, split, m.get("template.sign.seal"), st.signature(false, true));
  }

  private String year() {
    var d = config.campaign().nominationDeadline();
    return String.valueOf(d != null ? d.getYear() : config.campaign().window().to().getYear());
  }

  private void widths(Sheet s, TableSpec t) {
    s.setColumnWidth(0, 6 * 256);
    for (int j = 0; j < t.columns().size(); j++) {
      s.setColumnWidth(j + 1, width(t.columns().get(j)) * 256);
    }
  }

  private void layout(Sheet s, int numbersRow, int first) {
    s.createFreezePane(0, first);
    int width = s.getRow(HEADER_ROW).getLastCellNum();
    // The header and the column numbers print atop every page, as the decree's tables do.
    Pages.a4(s, Pages.width(s, width), new CellRangeAddress(HEADER_ROW, numbersRow, -1, -1));
    TextFit.fitRows(s);
    Protection.protect(s);
  }

  /** A width in characters that shows the column's values and its header's longest word. */
  private int width(ColumnSpec c) {
    int w =
        switch (c.type()) {
          case TEXT -> c.required() ? 28 : 18;
          case INTEGER, COUNT -> 11;
          case NUMBER, LENGTH -> 12;
          case YESNO -> 10;
          case DATE -> 13;
          case CHOICE ->
              Math.min(
                  40,
                  Columns.choiceNames(config, c).stream().mapToInt(String::length).max().orElse(12)
                      + 2);
        };
    int word = 0;
    for (String part : c.header().split("\\s+")) {
      word = Math.max(word, part.length() + 2);
    }
    return Math.max(w, Math.min(word, 30));
  }

  private static void text(Sheet s, int r, int col, String text, CellStyle style) {
    Cell c = cell(s, r, col);
    c.setCellValue(text);
    c.setCellStyle(style);
  }

  static Row row(Sheet s, int r) {
    Row row = s.getRow(r);
    return row == null ? s.createRow(r) : row;
  }

  static Cell cell(Sheet s, int r, int col) {
    Row row = row(s, r);
    Cell c = row.getCell(col);
    return c == null ? row.createCell(col) : c;
  }

  /** Merges a range of at least two cells (Excel refuses one-cell merges). */
  static void merge(Sheet s, int r1, int r2, int c1, int c2) {
    if (r2 > r1 || c2 > c1) {
      s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
  }
}
