package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.model.Criterion;
import vn.thidua.model.Mark;
import vn.thidua.model.Nomination;
import vn.thidua.model.Summary;
import vn.thidua.model.Unit;

/**
 * danh-sach-khen-thuong.xlsx: under the letterhead of the HTML list, one row per nomination, each
 * kind a section of its own ("I. TẬP THỂ", serial numbers restarting), every criterion a column,
 * eligibility with every reason against it, the entries it duplicates, and where it is in the
 * district's workbook; the legend of the criteria below the list, then the closing (recipients,
 * signature).
 */
public final class NominationXlsx {
  /** A criterion marked, as districts mark it. */
  private static final String MARKED = "x";

  /** A criterion that is not one of the nomination's kind (TC5 for an individual). */
  private static final String NOT_APPLICABLE = "—";

  private final XSSFSheet sh;
  private final XlsxStyles st;
  private final Summary s;
  private final Messages m;
  private final List<String> criteria;
  private final XlsxSheets.Widths widths = new XlsxSheets.Widths();

  /** Each column's header and width bounds, in characters. */
  private record Column(String header, int min, int max) {}

  private final List<Column> columns = new ArrayList<>();

  private NominationXlsx(XSSFSheet sh, XlsxStyles st, Summary s, Messages m) {
    this.sh = sh;
    this.st = st;
    this.s = s;
    this.m = m;
    // Every kind's criteria in one set of columns: TC1..TC5 for the 2020 campaign.
    Set<String> codes = new LinkedHashSet<>();
    s.config().criteria().values().forEach(l -> l.forEach(c -> codes.add(c.code())));
    this.criteria = List.copyOf(codes);

    column("nominate.xlsx.col.no", 4, 6);
    column("xlsx.col.unit", 6, 10);
    column("nominate.xlsx.col.unit_name", 14, 28);
    column("nominate.xlsx.col.kind", 8, 12);
    column("nominate.xlsx.col.name", 18, 32);
    column("nominate.xlsx.col.position", 14, 28);
    column("nominate.xlsx.col.action", 20, 45);
    criteria.forEach(c -> columns.add(new Column(c, 5, 6)));
    column("nominate.xlsx.col.met", 7, 10);
    column("nominate.xlsx.col.eligible", 8, 12);
    column("nominate.xlsx.col.reasons", 16, 40);
    column("nominate.xlsx.col.duplicate", 12, 24);
    // Where the entry came from wraps in narrow columns: the list prints one A4 landscape page
    // wide, at a size still read.
    column("xlsx.col.file", 10, 18);
    column("xlsx.col.trace", 10, 14);
  }

  private void column(String key, int min, int max) {
    columns.add(new Column(m.get(key), min, max));
  }

  public static void write(Summary s, Messages m, boolean eligibleOnly, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles st = new XlsxStyles(wb);
      XSSFSheet sh = XlsxSheets.create(wb, m.get("nominate.xlsx.sheet"));
      new NominationXlsx(sh, st, s, m).write(eligibleOnly);
      XlsxSheets.write(wb, s, Mark.Kind.NOMINATIONS, title(m, eligibleOnly), out);
    }
  }

  /** The full list, with every refusal, says in its title that it is the office's own. */
  private static String title(Messages m, boolean eligibleOnly) {
    return m.get(eligibleOnly ? "nominate.xlsx.title" : "nominate.xlsx.title.working");
  }

  private void write(boolean eligibleOnly) {
    // The HTML list's own model: the same frame, title, subject and scope, in the same words.
    Map<String, Object> html = NominationHtml.model(s, m, eligibleOnly);
    long eligible = s.nominations().stream().filter(Nomination::eligible).count();
    List<String> notes = new ArrayList<>();
    notes.add((String) html.get("scope"));
    notes.add(m.get("report.asof", s.asOf()));
    notes.add(
        m.get(
            "cli.nominate.overview",
            s.nominations().size(),
            eligible,
            s.nominations().size() - eligible));
    int header = XlsxLetterhead.rows(notes.size());

    List<String> headers = columns.stream().map(Column::header).toList();
    XlsxSheets.header(sh, header, st, headers, widths);

    int r = header + 1;
    int section = 0;
    int no = 0;
    String kind = null;
    for (Nomination n : NominationReports.listed(s, eligibleOnly)) {
      String k = n.kind() != null && s.config().criteria().containsKey(n.kind()) ? n.kind() : null;
      if (section == 0 || !Objects.equals(k, kind)) {
        kind = k;
        section++;
        no = 0;
        band(sh.createRow(r++), roman(section) + ". " + kindLabel(k).toUpperCase(m.locale()));
      }
      nomination(sh.createRow(r++), ++no, n);
    }
    int last = r - 1;

    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      sh.setColumnWidth(c, widths.of(c, col.min(), col.max()) * 256);
    }
    sh.setAutoFilter(new CellRangeAddress(header, last, 0, columns.size() - 1));
    sh.createFreezePane(0, header + 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) html.get("doc");
    XlsxLetterhead letterhead = new XlsxLetterhead(sh, st, doc, columns.size());
    letterhead.top((String) html.get("title"), (String) html.get("subject"), notes);
    int end = legend(last + 2);
    letterhead.closing(end + 1);
    TextFit.fitRows(sh);
    Pages.a4(sh, Pages.width(sh, columns.size()), new CellRangeAddress(header, header, -1, -1));
  }

  /** A section's band across the whole list. */
  private void band(XSSFRow row, String title) {
    for (int c = 0; c < columns.size(); c++) {
      st.text(row.createCell(c), c == 0 ? title : null, st.band);
    }
  }

  /** Writes a nomination's row; its height is fitted to the wrapped texts once all is written. */
  private void nomination(XSSFRow row, int no, Nomination n) {
    int c = 0;
    st.number(row.createCell(c++), no, st.centered);
    c = text(row, c, n.unit(), st.wrapped);
    String unitName = s.config().unit(n.unit()).map(Unit::name).orElse(null);
    c = text(row, c, unitName, st.wrapped);
    c = text(row, c, n.kindName(), st.wrapped);
    c = text(row, c, n.name(), st.wrapped);
    c = text(row, c, n.position(), st.wrapped);
    c = text(row, c, n.action(), st.wrapped);
    for (String code : criteria) {
      Boolean marked = n.criteria().get(code);
      if (marked == null) {
        c = text(row, c, NOT_APPLICABLE, st.notApplicable);
      } else {
        c = text(row, c, marked ? MARKED : null, st.centered);
      }
    }
    c =
        n.criteriaTotal() == 0
            ? text(row, c, NOT_APPLICABLE, st.notApplicable)
            : text(row, c, n.criteriaMet() + "/" + n.criteriaTotal(), st.centered);
    c =
        text(
            row,
            c,
            m.get(n.eligible() ? "xlsx.yes" : "xlsx.no"),
            n.eligible() ? st.centered : st.bad);
    c = text(row, c, String.join("; ", n.reasons().stream().map(m::reason).toList()), st.wrapped);
    List<String> refs = new ArrayList<>();
    for (Nomination.Ref ref : n.duplicateOf()) {
      refs.add(m.get("nominate.xlsx.ref", ref.unit(), ref.sheet(), String.valueOf(ref.row())));
    }
    c = text(row, c, String.join("; ", refs), refs.isEmpty() ? st.wrapped : st.flagged);
    c = text(row, c, n.file(), st.wrapped);
    text(row, c, trace(n), st.wrapped);
  }

  private int text(XSSFRow row, int c, String value, XSSFCellStyle style) {
    st.text(row.createCell(c), value, style);
    widths.see(c, value);
    return c + 1;
  }

  /** The nomination's name cell, "Biểu 4!C10", else the first cell read of its row. */
  private String trace(Nomination n) {
    var spec = s.config().nomination();
    String name = spec == null ? null : n.cells().get(spec.name());
    if (name != null) {
      return n.sheet() + "!" + name;
    }
    var table = spec == null ? null : s.config().table(spec.table()).orElse(null);
    return XlsxListSheets.trace(table, n.sheet(), n.row(), n.cells());
  }

  /** A kind as this language calls it: the bundle's word, else the config's, else its code. */
  private String kindLabel(String kind) {
    if (kind == null) {
      return m.get("nominate.xlsx.kind.unknown");
    }
    return m.getOrDefault(
        "nominate.xlsx.kind." + kind, s.config().kindNames().getOrDefault(kind, kind));
  }

  /**
   * The criteria of each kind, below the list: what TC1..TC5 mean, and what the marks mean.
   *
   * @return the first row below it
   */
  private int legend(int top) {
    int r = top;
    st.text(sh.createRow(r++).createCell(0), m.get("nominate.xlsx.legend"), st.section);
    line(r++, 0, m.get("nominate.xlsx.legend.marks"), st.note);
    for (Map.Entry<String, List<Criterion>> kind : s.config().criteria().entrySet()) {
      st.text(sh.createRow(r++).createCell(0), kindLabel(kind.getKey()), st.subtitle);
      for (Criterion c : kind.getValue()) {
        // From column B: the list's narrow serial number column would push the text off.
        line(r++, 1, c.code() + ": " + c.text(), st.plain);
      }
    }
    return r;
  }

  /** A line of the legend, merged to the list's right edge, wrapped, its row tall enough. */
  private void line(int r, int first, String text, XSSFCellStyle style) {
    XSSFRow row = sh.createRow(r);
    st.text(row.createCell(first), text, style);
    sh.addMergedRegion(new CellRangeAddress(r, r, first, columns.size() - 1));
    double width = Pages.width(sh, columns.size()) - Pages.width(sh, first);
    row.setHeightInPoints(TextFit.height(text, 11, false, width));
  }

  /** I, II, III, IV… for the sections, as Vietnamese documents number them. */
  static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int left = n;
    for (int i = 0; i < values.length; i++) {
      while (left >= values[i]) {
        out.append(digits[i]);
        left -= values[i];
      }
    }
    return out.toString();
  }
}
