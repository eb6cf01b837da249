package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * A row listed in the reports (a road, a nomination), traceable to its file and cell.
 *
 * @param unit the unit code
 * @param file the workbook, relative to the input
 * @param table the table key
 * @param sheet the sheet name
 * @param row 1-based row
 * @param values each column as written, by key (absent when blank)
 * @param cells each column's A1 cell, by key
 * @param data typed values by key (for counting), absent when blank or unreadable
 * @param meets the row meets the table's target standard (true when the table has none)
 * @param findings the row's findings
 */
public record ListedRow(
    String unit,
    String file,
    String table,
    String sheet,
    int row,
    Map<String, String> values,
    Map<String, String> cells,
    Map<String, Object> data,
    boolean meets,
    List<Finding> findings) {

  public ListedRow {
    // Column order matters to readers (the trace names the row's first cell): keep it.
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
