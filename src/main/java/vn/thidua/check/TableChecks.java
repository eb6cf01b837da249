package vn.thidua.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.CellValue;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Finding;
import vn.thidua.model.Rule;
import vn.thidua.model.Severity;
import vn.thidua.model.TableLayout;
import vn.thidua.model.TableRow;
import vn.thidua.model.TableSpec;
import vn.thidua.model.UnitResolution;
import vn.thidua.read.Locations;
import vn.thidua.read.text.Text;

/**
 * The checks of one table as a whole, as its rows stream by: the same collective or person twice,
 * totals rows against the sums of the rows above them, the unit's target at the end.
 */
final class TableChecks {
  private final String file;
  private final CellChecks cells;
  private final List<Finding> findings;
  private final TableLayout layout;
  private final TableSpec spec;
  private final Map<String, BigDecimal> sums = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private int rows;
  private int meeting;

  /** Column headers by key, for messages. */
  final Map<String, String> headers = new HashMap<>();

  TableChecks(String file, CellChecks cells, List<Finding> findings, TableLayout layout) {
    this.file = file;
    this.cells = cells;
    this.findings = findings;
    this.layout = layout;
    this.spec = layout.spec();
    spec.columns().forEach(c -> headers.put(c.key(), c.header()));
  }

  TableSpec spec() {
    return spec;
  }

  /** A repeated key of the table's {@code unique} columns: a warning on the repeat. */
  void unique(TableRow row) {
    var u = spec.unique();
    if (u == null) {
      return;
    }
    StringBuilder key = new StringBuilder();
    for (String c : u.columns()) {
      Object v = row.value(c);
      if (v == null) {
        return;
      }
      key.append(Text.fold(v.toString())).append('\u0000');
    }
    if (!seen.add(key.toString())) {
      CellValue at = row.cell(u.cell());
      if (at != null) {
        findings.add(
            cells.onCell(
                row.sheet(),
                row.sheetIndex(),
                at,
                u.cell(),
                u.severity(),
                u.rule(),
                Arrays.asList(
                    at.written(), spec.column(u.cell()).map(ColumnSpec::header).orElse(u.cell()))));
      }
    }
  }

  /** Concludes a checked row and counts it for the target and the totals rows. */
  RowVerdict verdict(TableRow row, List<Finding> rowFindings) {
    rows++;
    Set<String> errors = new HashSet<>();
    for (Finding f : rowFindings) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f.column() == null ? "" : f.column());
      }
    }
    Map<String, BigDecimal> numbers = new HashMap<>();
    for (ColumnSpec c : spec.columns()) {
      CellValue cv = row.cell(c.key());
      if (cv != null && cv.usable() && c.type().numeric() && cv.value() instanceof BigDecimal n) {
        numbers.put(c.key(), n);
        sums.merge(c.key(), n, BigDecimal::add);
      }
    }
    boolean meets = spec.target() == null || spec.target().meets(errors);
    if (spec.target() != null && meets) {
      meeting++;
    }
    return new RowVerdict(rowFindings, errors, meets, numbers);
  }

  /** A totals row: each number it holds against the sum of the data rows above it. */
  void totals(TableRow row, String label) {
    for (ColumnSpec c : spec.columns()) {
      CellValue cv = row.cell(c.key());
      if (cv == null
          || !cv.usable()
          || !c.type().numeric()
          || !(cv.value() instanceof BigDecimal total)) {
        continue;
      }
      BigDecimal sum = sums.getOrDefault(c.key(), BigDecimal.ZERO);
      // Cached doubles carry binary noise: equal to a millionth is equal.
      if (total.subtract(sum).abs().compareTo(new BigDecimal("0.000001")) > 0) {
        List<Object> args = new ArrayList<>();
        args.add(cv.written());
        args.add(c.header());
        args.add(label);
        args.add(total);
        args.add(sum);
        args.add(cv.formula() == null ? "" : "=" + cv.formula());
        args.add(cv.formula() == null ? 0 : 1);
        findings.add(
            cells.onCell(row.sheet(), row.sheetIndex(), cv, c.key(), Rule.TOTALS_MISMATCH, args));
      }
    }
  }

  /** The table ended: a unit below its target gets the target's finding on the sheet. */
  void end(UnitResolution unit) {
    var target = spec.target();
    if (target == null || !unit.known()) {
      return;
    }
    int wanted = unit.unit().target(target.name());
    if (meeting < wanted) {
      findings.add(
          Locations.sheet(
              file,
              layout.sheet(),
              layout.sheetIndex(),
              null,
              target.severity(),
              target.rule(),
              meeting,
              wanted,
              rows,
              unit.unit().name()));
    }
  }
}
