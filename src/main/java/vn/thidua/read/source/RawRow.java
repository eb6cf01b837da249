package vn.thidua.read.source;

import java.util.List;

/**
 * One row of a sheet as stored: only cells that hold something, sorted by column.
 *
 * @param index 0-based row index (CSV: 0-based record index)
 * @param hidden whether the row is hidden in the file
 * @param cells non-empty cells in column order (a cell holding an empty string is left out)
 */
public record RawRow(int index, boolean hidden, List<RawCell> cells) {

  public RawRow {
    cells = List.copyOf(cells);
  }

  /** The cell at a 0-based column, or null. */
  public RawCell cell(int col) {
    // Rows are short and sorted: a binary search keeps wide sheets cheap too.
    int lo = 0;
    int hi = cells.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = cells.get(mid).col();
      if (c == col) {
        return cells.get(mid);
      } else if (c < col) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }
}
