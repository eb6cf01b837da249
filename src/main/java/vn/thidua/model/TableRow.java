package vn.thidua.model;

import java.util.Map;

/**
 * A data row (or a totals row) of a table, with every column the sheet has.
 *
 * @param table the table key ("roads")
 * @param sheet the sheet name as in the file
 * @param sheetIndex the sheet's position in the workbook
 * @param row 1-based row number
 * @param hidden the row is hidden in the file (it is read all the same)
 * @param cells by column key, in column order; columns missing from the sheet are absent
 */
public record TableRow(
    String table,
    String sheet,
    int sheetIndex,
    int row,
    boolean hidden,
    Map<String, CellValue> cells) {

  public TableRow {
    cells = java.util.Collections.unmodifiableMap(cells);
  }

  public CellValue cell(String key) {
    return cells.get(key);
  }

  /** The typed value of a column, or null when absent, blank or unreadable. */
  public Object value(String key) {
    CellValue c = cells.get(key);
    return c == null || !c.usable() ? null : c.value();
  }
}
