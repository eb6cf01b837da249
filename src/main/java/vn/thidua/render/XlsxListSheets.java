package vn.thidua.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Finding;
import vn.thidua.model.ListedRow;
import vn.thidua.model.Severity;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;

/**
 * The trace sheets of tong-hop.xlsx: every listed row, every finding and every source workbook, so
 * each province figure can be followed back to a district file and cell.
 */
final class XlsxListSheets {
  private XlsxListSheets() {}

  /**
   * One sheet per listed table (every road, every nomination), rows as the districts wrote them: a
   * figure read as a number is a number cell (so it sums and sorts), a date a date cell; a value
   * that could not be read stays the text written, with its reason beside it.
   */
  static void listed(XSSFWorkbook wb, XlsxStyles st, Summary s, Messages m) {
    s.listed()
        .forEach(
            (key, rows) -> {
              TableSpec t = s.config().table(key).orElse(null);
              if (t == null) {
                return;
              }
              List<String> headers = new ArrayList<>();
              List<Integer> max = new ArrayList<>(List.of(8, 14, 11));
              headers.add(m.get("xlsx.col.unit"));
              headers.add(m.get("xlsx.col.file"));
              headers.add(m.get("xlsx.col.trace"));
              t.columns().forEach(c -> headers.add(c.header()));
              t.columns().forEach(c -> max.add(maxWidth(c)));
              boolean target = t.target() != null;
              if (target) {
                headers.add(m.get("xlsx.list.meets"));
                max.add(10);
              }
              headers.add(m.get("xlsx.list.reasons"));
              max.add(36);
              List<List<Object>> out = new ArrayList<>();
              for (ListedRow r : rows) {
                List<Object> line = new ArrayList<>();
                line.add(r.unit());
                line.add(r.file());
                line.add(trace(t, r));
                for (ColumnSpec c : t.columns()) {
                  line.add(value(c, r));
                }
                if (target) {
                  line.add(m.get(r.meets() ? "figure.yes" : "figure.no"));
                }
                line.add(
                    r.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .map(m::finding)
                        .collect(Collectors.joining("; ")));
                out.add(line);
              }
              XlsxSheets.list(
                  XlsxSheets.create(wb, label(t, m)),
                  st,
                  headers,
                  out,
                  max.stream().mapToInt(Integer::intValue).toArray());
            });
  }

  /** A cell of a listed row: its figure or date when it was read as one, else as written. */
  private static Object value(ColumnSpec c, ListedRow r) {
    Object v = r.data().get(c.key());
    if ((c.type().numeric() && v instanceof BigDecimal) || v instanceof LocalDate) {
      return v;
    }
    return r.values().get(c.key());
  }

  /**
   * How wide a column of a listed table may grow, in characters: the many narrow figures and marks
   * of a road keep the sheet one A4 landscape page wide; names wrap past it.
   */
  private static int maxWidth(ColumnSpec c) {
    return switch (c.type()) {
      case YESNO -> 8;
      case INTEGER, COUNT, NUMBER, LENGTH -> 10;
      case DATE -> 11;
      case CHOICE -> 14;
      case TEXT -> c.required() ? 22 : 14;
    };
  }

  /**
   * The sheet of a listed table: what a row is, as the config's places label says it ("Con đường"),
   * else the bundle's word for the nomination list, else the table's own name.
   */
  static String label(TableSpec t, Messages m) {
    var places = t.places();
    if (places != null && places.label() != null) {
      boolean en = m.locale().getLanguage().equals("en");
      return en && places.labelEn() != null ? places.labelEn() : places.label();
    }
    return m.getOrDefault("xlsx.list." + t.key(), t.name());
  }

  /**
   * Where a row is in its workbook: the sheet and the row's first cell, "Biểu 1!B12". The row's
   * cells map has no order, so the first is taken in the config's column order.
   */
  static String trace(TableSpec t, ListedRow r) {
    return trace(t, r.sheet(), r.row(), r.cells());
  }

  /** The same for any row read from a table: its sheet, row and A1 cell of each column by key. */
  static String trace(TableSpec t, String sheet, int row, Map<String, String> cells) {
    for (ColumnSpec c : t == null ? List.<ColumnSpec>of() : t.columns()) {
      String a1 = cells.get(c.key());
      if (a1 != null) {
        return sheet + "!" + a1;
      }
    }
    return sheet + "!" + row + ":" + row;
  }

  static void findings(XSSFWorkbook wb, XlsxStyles st, Summary s, Messages m) {
    List<String> headers =
        List.of(
            m.get("xlsx.col.file"),
            m.get("xlsx.col.sheet"),
            m.get("xlsx.col.cell"),
            m.get("xlsx.col.severity"),
            m.get("xlsx.col.rule"),
            m.get("xlsx.col.value"),
            m.get("xlsx.col.message"));
    List<List<Object>> rows = new ArrayList<>();
    for (Finding f : s.findings()) {
      rows.add(
          java.util.Arrays.asList(
              f.file(),
              f.sheet(),
              f.cell(),
              m.severity(f.severity()),
              f.rule(),
              f.value(),
              m.finding(f)));
    }
    // The message wraps in a wide column; the rule id and the cell stay on one line.
    XlsxSheets.list(
        XlsxSheets.create(wb, m.get("xlsx.sheet.findings")),
        st,
        headers,
        rows,
        new int[] {22, 12, 8, 10, 28, 20, 60});
  }

  static void sources(XSSFWorkbook wb, XlsxStyles st, Summary s, Messages m) {
    List<String> headers =
        List.of(
            m.get("xlsx.col.file"),
            m.get("xlsx.col.unit"),
            m.get("xlsx.col.report_date"),
            m.get("xlsx.col.sha256"),
            m.get("xlsx.col.outcome"),
            m.get("xlsx.col.reason"),
            m.get("xlsx.col.errors"),
            m.get("xlsx.col.warnings"));
    List<List<Object>> rows = new ArrayList<>();
    for (SourceFile f : s.sources()) {
      rows.add(
          java.util.Arrays.asList(
              f.file(),
              f.unit(),
              f.reportDate(),
              f.sha256(),
              m.get("outcome." + f.outcome().id()),
              f.reason() == null ? null : m.get(f.reason().key(), f.reason().args().toArray()),
              f.errors(),
              f.warnings()));
    }
    // A SHA-256 is 64 characters without a space: its column holds it on one line.
    XlsxSheets.list(
        XlsxSheets.create(wb, m.get("xlsx.sheet.sources")),
        st,
        headers,
        rows,
        new int[] {24, 10, 12, 72, 16, 40, 8, 10});
  }
}
