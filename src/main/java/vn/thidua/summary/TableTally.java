package vn.thidua.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.check.RowVerdict;
import vn.thidua.model.CellValue;
import vn.thidua.model.Finding;
import vn.thidua.model.ListedRow;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.TableRow;
import vn.thidua.model.TableSpec;
import vn.thidua.read.text.Text;

/**
 * What one workbook's table contributes to the summary, counted as its rows stream by: the rows
 * themselves are kept only when the table is listed in the reports.
 */
final class TableTally {
  final TableSpec spec;
  long rows;
  long meeting;
  final Map<String, BigDecimal> sums = new HashMap<>();
  final Map<String, Map<String, Integer>> countBy = new HashMap<>();
  final Map<String, long[]> counts = new HashMap<>();

  /** Per flagged measure's path, the values of its column on the rows its rule flagged. */
  final Map<String, List<String>> flagged = new HashMap<>();

  final List<ListedRow> listed = new ArrayList<>();

  TableTally(TableSpec spec) {
    this.spec = spec;
  }

  void add(TableRow row, RowVerdict verdict, String file) {
    rows++;
    if (spec.target() != null && verdict.meets()) {
      meeting++;
    }
    verdict.numbers().forEach((k, n) -> sums.merge(k, n, BigDecimal::add));
    count(spec.summary().measures(), "", row, verdict.valid(), verdict.findings());
    if (spec.summary().list()) {
      listed.add(listedRow(row, verdict.findings(), file, verdict.meets()));
    }
  }

  private void count(
      List<MeasureSpec> measures,
      String prefix,
      TableRow row,
      boolean valid,
      List<Finding> findings) {
    for (MeasureSpec m : measures) {
      String path = prefix + m.name();
      if (m.group()) {
        count(m.measures(), path + "/", row, valid, findings);
      } else {
        switch (m.of()) {
          case FLAGGED -> {
            if (findings.stream().anyMatch(f -> m.rule().equals(f.rule()))) {
              CellValue cv = row.cell(m.column());
              String written = cv == null || cv.written() == null ? "" : cv.written().strip();
              flagged.computeIfAbsent(path, k -> new ArrayList<>()).add(written);
            }
          }
          case COUNT -> {
            if (matches(m.where(), row)) {
              long[] c = counts.computeIfAbsent(path, k -> new long[2]);
              c[0]++;
              if (valid) {
                c[1]++;
              }
            }
          }
          case COUNT_BY -> {
            Object v = row.value(m.column());
            if (v != null) {
              countBy
                  .computeIfAbsent(m.column(), k -> new LinkedHashMap<>())
                  .merge(v.toString(), 1, Integer::sum);
            }
          }
          case SUM, MEETING, TARGET, TARGET_MET, RATIO, ELIGIBLE -> {
            // Sums and rows meeting the standard are counted per row above; the rest are derived.
          }
        }
      }
    }
  }

  private static boolean matches(MeasureSpec.Where where, TableRow row) {
    if (where == null) {
      return true;
    }
    Object v = row.value(where.column());
    return v != null && Text.fold(v.toString()).equals(Text.fold(where.equals()));
  }

  private static ListedRow listedRow(
      TableRow row, List<Finding> findings, String file, boolean meets) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> cells = new LinkedHashMap<>();
    Map<String, Object> data = new LinkedHashMap<>();
    row.cells()
        .forEach(
            (k, cv) -> {
              cells.put(k, cv.a1());
              if (cv.written() != null) {
                values.put(k, cv.written());
              }
              if (cv.usable() && cv.value() != null) {
                data.put(k, cv.value());
              }
            });
    return new ListedRow(
        null, file, row.table(), row.sheet(), row.row(), values, cells, data, meets, findings);
  }
}
