package vn.thidua.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.thidua.model.Duplicate;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.ValueType;

/**
 * The summary sheet: the letterhead of the HTML report, then each campaign part as a table (unit
 * code, name, status, every figure) whose totals row adds up the unit rows with formulas, so a
 * figure the province officer corrects flows into the totals; below them the units late, undated,
 * missing or invalid by name, the duplicates, and the closing (recipients, signature).
 */
final class XlsxSummarySheet {
  /** Unit code, unit name, status come before the figures. */
  static final int FIXED = 3;

  /**
   * Where a section landed.
   *
   * @param firstUnit 0-based row of the first unit
   * @param lastUnit 0-based row of the last unit
   * @param totals 0-based row of the totals
   */
  record Placed(Figures.Section section, int firstUnit, int lastUnit, int totals) {
    int column(Figures.Column c) {
      return FIXED + section.columns().indexOf(c);
    }

    /**
     * The row holding a column's own label: the sub-header row under a group, else the first header
     * row (merged down over the second when the section has groups).
     */
    int headerRow(Figures.Column c) {
      boolean grouped = section.columns().stream().anyMatch(x -> x.group() != null);
      return grouped && c.group() == null ? firstUnit - 2 : firstUnit - 1;
    }
  }

  /**
   * The sections placed, the first free row below everything written, and the letterhead whose
   * closing goes below what comes next (the chart).
   */
  record Layout(List<Placed> sections, int end, int width, XlsxLetterhead letterhead) {}

  private final XSSFSheet sh;
  private final XlsxStyles st;
  private final Messages m;
  private final XlsxSheets.Widths widths = new XlsxSheets.Widths();
  private final List<XSSFCell> uncached = new ArrayList<>();

  /** Rows holding one line of text across the page, merged and wrapped once widths are known. */
  private final List<Integer> paragraphs = new ArrayList<>();

  private XlsxSummarySheet(XSSFSheet sh, XlsxStyles st, Messages m) {
    this.sh = sh;
    this.st = st;
    this.m = m;
  }

  static Layout write(XSSFSheet sh, XlsxStyles st, Summary s, Messages m) {
    return new XlsxSummarySheet(sh, st, m).write(s);
  }

  private Layout write(Summary s) {
    // The HTML report's own model: the same frame, title and subject, in the same words.
    Map<String, Object> html = SummaryHtml.model(s, m);
    List<String> notes = List.of(m.get("report.asof", s.asOf()));
    int r = XlsxLetterhead.rows(notes.size());

    List<Placed> placed = new ArrayList<>();
    int width = FIXED;
    for (Figures.Section sec : Figures.of(s, m)) {
      Placed p = section(sec, r);
      placed.add(p);
      width = Math.max(width, FIXED + sec.columns().size());
      r = p.totals() + 2;
    }
    r = footer(s, r);

    widths.see(0, m.get("xlsx.col.code"));
    widths.see(2, m.get("report.status"));
    for (int c = 0; c < width; c++) {
      int w = c == 1 ? widths.of(c, 20, 45) : widths.of(c, 8, 18);
      sh.setColumnWidth(c, w * 256);
    }
    // Totals whose figure the summary does not hold get the value the formula gives.
    XSSFFormulaEvaluator eval = sh.getWorkbook().getCreationHelper().createFormulaEvaluator();
    uncached.forEach(eval::evaluateFormulaCell);

    // The unit columns stay in view while scrolling sideways; rows are not frozen, or the
    // letterhead would take the screen.
    sh.createFreezePane(2, 0);
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) html.get("doc");
    XlsxLetterhead letterhead = new XlsxLetterhead(sh, st, doc, width);
    letterhead.top((String) html.get("title"), (String) html.get("subject"), notes);
    double across = Pages.width(sh, width);
    for (int p : paragraphs) {
      XSSFRow row = sh.getRow(p);
      sh.addMergedRegion(new CellRangeAddress(p, p, 0, width - 1));
      row.setHeightInPoints(TextFit.height(row.getCell(0).getStringCellValue(), 11, false, across));
    }
    // Every part carries its own header, so no rows are repeated on printed pages.
    Pages.a4(sh, across, null);
    return new Layout(placed, r, width, letterhead);
  }

  private Placed section(Figures.Section sec, int top) {
    int r = top;
    int last = FIXED + sec.columns().size() - 1;
    st.text(sh.createRow(r++).createCell(0), sec.title(), st.section);

    boolean grouped = sec.columns().stream().anyMatch(c -> c.group() != null);
    XSSFRow h1 = sh.createRow(r++);
    XSSFRow h2 = grouped ? sh.createRow(r++) : h1;
    String[] fixed = {m.get("xlsx.col.code"), m.get("report.unit"), m.get("report.status")};
    for (int c = 0; c <= last; c++) {
      st.text(h1.createCell(c), null, st.header);
      st.text(h2.getCell(c) == null ? h2.createCell(c) : h2.getCell(c), null, st.header);
    }
    for (int c = 0; c < FIXED; c++) {
      header(h1, c, fixed[c]);
      if (grouped) {
        sh.addMergedRegion(new CellRangeAddress(h1.getRowNum(), h2.getRowNum(), c, c));
      }
    }
    List<Figures.Column> cols = sec.columns();
    for (int i = 0; i < cols.size(); i++) {
      Figures.Column col = cols.get(i);
      int c = FIXED + i;
      if (col.group() == null) {
        header(h1, c, col.label());
        if (grouped) {
          sh.addMergedRegion(new CellRangeAddress(h1.getRowNum(), h2.getRowNum(), c, c));
        }
        continue;
      }
      if (i == 0 || !Objects.equals(cols.get(i - 1).group(), col.group())) {
        int j = i;
        while (j + 1 < cols.size() && Objects.equals(cols.get(j + 1).group(), col.group())) {
          j++;
        }
        st.text(h1.getCell(c), col.group(), st.header);
        if (j > i) {
          sh.addMergedRegion(new CellRangeAddress(h1.getRowNum(), h1.getRowNum(), c, FIXED + j));
        }
      }
      header(h2, c, col.label());
    }

    List<String> formats = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      formats.add(format(sec, i));
    }
    int firstUnit = r;
    for (Figures.Line line : sec.units()) {
      XSSFRow row = sh.createRow(r++);
      var u = line.unit();
      String status = m.get("status." + u.status().id());
      st.text(row.createCell(0), u.unit().code(), st.text);
      // A long name or status wraps in its column rather than being cut by the figures beside it.
      st.text(row.createCell(1), u.unit().name(), st.wrapped);
      st.text(row.createCell(2), status, st.wrapped);
      widths.see(0, u.unit().code());
      widths.see(1, u.unit().name());
      widths.see(2, m.get("status." + u.status().id()));
      for (int i = 0; i < cols.size(); i++) {
        value(row.createCell(FIXED + i), line.values().get(i), st.number(formats.get(i)), st.text);
      }
    }
    int lastUnit = r - 1;
    XSSFRow total = sh.createRow(r);
    st.text(total.createCell(0), null, st.totalText);
    st.text(total.createCell(1), m.get("report.total"), st.totalText);
    st.text(total.createCell(2), null, st.totalText);
    Placed p = new Placed(sec, firstUnit, lastUnit, r);
    for (int i = 0; i < cols.size(); i++) {
      total(p, i, total.createCell(FIXED + i), formats.get(i));
    }
    return p;
  }

  private void header(XSSFRow row, int c, String text) {
    st.text(row.getCell(c), text, st.header);
    widths.seeHeader(c, text);
  }

  private void value(XSSFCell cell, Object v, XSSFCellStyle number, XSSFCellStyle text) {
    if (v instanceof Number n) {
      st.number(cell, n, number);
      widths.see(cell.getColumnIndex(), shown(n));
    } else if (v instanceof Boolean b) {
      st.text(cell, m.figure(b), text);
      widths.see(cell.getColumnIndex(), m.figure(b));
    } else if (v == null) {
      st.number(cell, null, number);
    } else {
      st.text(cell, v.toString(), text);
      widths.see(cell.getColumnIndex(), v.toString());
    }
  }

  /**
   * The totals cell of a figure: a SUM over the unit rows, a ratio of two totals, or (for a yes/no
   * figure) the summary's text. Formulas carry the summary's figure as their cached result, so a
   * reader that does not recalculate shows the same numbers as tong-hop.json.
   */
  private void total(Placed p, int i, XSSFCell cell, String format) {
    Figures.Column col = p.section().columns().get(i);
    Object v = p.section().totals().values().get(i);
    MeasureSpec ms = measure(p.section().table(), col);
    XSSFCellStyle style = st.total(format);
    if (ms != null && ms.of() == MeasureKind.RATIO) {
      Figures.Column num = sibling(p.section(), col, ms.numerator());
      Figures.Column den = sibling(p.section(), col, ms.denominator());
      if (num != null && den != null) {
        String n = ref(p.totals(), p.column(num));
        String d = ref(p.totals(), p.column(den));
        int decimals = ms.decimals() == null ? 4 : ms.decimals();
        cell.setCellFormula("IF(" + d + "=0,\"\",ROUND(" + n + "/" + d + "," + decimals + "))");
        cell.setCellStyle(style);
        if (v instanceof Number x) {
          cell.setCellValue(x.doubleValue());
        } else {
          cell.setCellValue("");
        }
        return;
      }
    }
    if (!col.numeric() || p.lastUnit() < p.firstUnit()) {
      value(cell, v, style, st.totalText);
      return;
    }
    int c = cell.getColumnIndex();
    cell.setCellFormula(
        "SUM(" + new CellRangeAddress(p.firstUnit(), p.lastUnit(), c, c).formatAsString() + ")");
    cell.setCellStyle(style);
    if (v instanceof Number x) {
      cell.setCellValue(x.doubleValue());
      widths.see(c, shown(x));
    } else {
      uncached.add(cell);
    }
  }

  /** The column of another figure of the same group, by measure name. */
  private static Figures.Column sibling(Figures.Section sec, Figures.Column col, String name) {
    if (name == null) {
      return null;
    }
    List<String> path = new ArrayList<>(col.path().subList(0, col.path().size() - 1));
    path.add(name);
    return sec.columns().stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
  }

  private static String ref(int row, int col) {
    return new CellReference(row, col).formatAsString();
  }

  /**
   * The measure a column shows: its path names the measure under the table's summary, and a count
   * by type adds the type's name after it.
   */
  static MeasureSpec measure(TableSpec t, Figures.Column col) {
    List<MeasureSpec> level = t.summary().measures();
    for (String name : col.path().subList(1, col.path().size())) {
      MeasureSpec found =
          level.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (found == null || !found.group()) {
        return found;
      }
      level = found.measures();
    }
    return null;
  }

  /**
   * A column's number format: ratios as percentages; sums of decimal columns, or any figure with a
   * fraction, with decimals; other figures as whole numbers.
   */
  private static String format(Figures.Section sec, int i) {
    MeasureSpec ms = measure(sec.table(), sec.columns().get(i));
    if (ms != null && ms.of() == MeasureKind.RATIO) {
      return XlsxStyles.RATIO;
    }
    if (ms != null && ms.of() == MeasureKind.SUM) {
      var col = sec.table().column(ms.column());
      if (col.isPresent() && col.get().type() == ValueType.NUMBER) {
        return XlsxStyles.DECIMAL;
      }
    }
    List<Object> values = new ArrayList<>();
    sec.units().forEach(l -> values.add(l.values().get(i)));
    values.add(sec.totals().values().get(i));
    for (Object v : values) {
      if (v instanceof BigDecimal b && b.stripTrailingZeros().scale() > 0) {
        return XlsxStyles.DECIMAL;
      }
    }
    return Look.INTEGER;
  }

  private static String shown(Number n) {
    return String.format(java.util.Locale.ROOT, "%,.2f", n.doubleValue());
  }

  /**
   * Late, undated, missing and invalid units, the rows reconciliation, nominations made twice and
   * rows that units may both have reported.
   */
  private int footer(Summary s, int top) {
    int r = top;
    st.text(sh.createRow(r++).createCell(0), m.get("report.timeliness"), st.section);
    for (UnitStatus status : UnitStatus.listed()) {
      // Units by name, as the HTML lists them: a reader of the printed page has no codes.
      List<String> names =
          s.byStatus().getOrDefault(status, List.of()).stream().map(c -> unitName(s, c)).toList();
      String line =
          m.get("status." + status.id())
              + ": "
              + (names.isEmpty() ? "—" : String.join(", ", names));
      paragraph(r++, line);
    }
    String rows = m.get("report.rows", s.rows().read(), s.rows().used(), s.rows().rejected());
    paragraph(r++, rows);
    if (!s.duplicates().isEmpty()) {
      r++;
      st.text(sh.createRow(r++).createCell(0), m.get("report.duplicates"), st.section);
      for (List<Duplicate> group : s.duplicates()) {
        List<String> parts = new ArrayList<>();
        for (Duplicate d : group) {
          parts.add(
              d.name()
                  + " ("
                  + unitName(s, d.unit())
                  + ", "
                  + d.sheet()
                  + " "
                  + m.get("cli.row", d.row())
                  + ")");
        }
        paragraph(r++, String.join("; ", parts));
      }
    }
    for (PlaceGroups.Section p : PlaceGroups.of(s, m)) {
      r++;
      st.text(sh.createRow(r++).createCell(0), p.title(), st.section);
      paragraph(r++, p.note());
      // One line per row, "1. Hội LHPN huyện Sơn Động, Bieu 1, dòng 18: Đường … — Xã An Lập,
      // Thôn Thủy Sơn", across the page like the notes above: the figure columns are narrow.
      int no = 0;
      for (List<PlaceGroups.Line> group : p.groups()) {
        no++;
        for (PlaceGroups.Line l : group) {
          String line =
              no
                  + ". "
                  + l.unit()
                  + ", "
                  + l.at()
                  + ": "
                  + l.name()
                  + " — "
                  + String.join(", ", l.places());
          paragraph(r++, line);
        }
      }
    }
    return r + 1;
  }

  /** A line of text across the page; merged and sized in {@link #write(Summary)}. */
  private void paragraph(int r, String text) {
    st.text(sh.createRow(r).createCell(0), text, st.doc.paragraph);
    paragraphs.add(r);
  }

  private static String unitName(Summary s, String code) {
    return s.config().unit(code).map(Unit::name).orElse(code);
  }
}
