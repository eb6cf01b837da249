package vn.thidua.read;

import java.util.List;
import java.util.Map;

/**
 * How a header row of a sheet matches a table.
 *
 * @param headerRow 0-based row of the (first) header row
 * @param headerRows 1 or 2
 * @param columns 0-based column by column key
 * @param indexCol the STT column, or -1
 * @param extras header cells that name no column of the table (ignored)
 * @param duplicates header cells naming a column already found (ignored)
 * @param requiredFound how many of the table's required columns were found
 */
record HeaderMatch(
    int headerRow,
    int headerRows,
    Map<String, Integer> columns,
    int indexCol,
    List<HeaderCell> extras,
    List<HeaderCell> duplicates,
    int requiredFound) {

  /**
   * A header cell: where it is and what it says.
   *
   * @param group the group cell over a sub-header, or null
   * @param own the cell's own text
   */
  record HeaderCell(int row, int col, String group, String own, String key) {
    /** The cell as shown in findings: "Kinh phí (triệu đồng) — Hội" under a group. */
    String text() {
      // Joined when a finding needs it, not for every cell of every row tried as a header.
      return group == null ? own : group + " — " + own;
    }
  }

  /** The last header row (0-based). */
  int lastHeaderRow() {
    return headerRow + headerRows - 1;
  }
}
