package vn.thidua.render;

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
   * One sheet per listed table (every road, every nomination), rows as the districts wrote them.
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
              headers.add(m.get("xlsx.col.unit"));
              headers.add(m.get("xlsx.col.file"));
              headers.add(m.get("xlsx.col.trace"));
              t.columns().forEach(c -> headers.add(c.header()));
              boolean target = t.target() != null;
              if (target) {
                headers.add(m.get("xlsx.list.meets"));
              }
              headers.add(m.get("xlsx.list.reasons"));
              List<List<Object>> out = new ArrayList<>();
              for (ListedRow r : rows) {
                List<Object> line = new ArrayList<>();
                line.add(r.unit());
                line.add(r.file());
                line.add(trace(t, r));
                for (ColumnSpec c : t.columns()) {
                  line.add(r.values().get(c.key()));
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
              XlsxSheets.list(XlsxSheets.create(wb, label(t, m)), st, headers, out);
            });
  }

  /** The sheet of a listed table: its label in the bundle, else the table's own name. */
  static String label(TableSpec t, Messages m) {
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
    XlsxSheets.list(XlsxSheets.create(wb, m.get("xlsx.sheet.findings")), st, headers, rows);
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
    XlsxSheets.list(XlsxSheets.create(wb, m.get("xlsx.sheet.sources")), st, headers, rows);
  }
}
