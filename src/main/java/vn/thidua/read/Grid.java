package vn.thidua.read;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.read.source.Merge;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;

/**
 * The first rows of a sheet held in memory (title block and header), where a merged header cell
 * counts for every cell it covers.
 */
final class Grid {
  private final TreeMap<Integer, RawRow> rows = new TreeMap<>();
  private final List<Merge> merges;
  private final SheetText text;

  Grid(List<RawRow> prefix, List<Merge> merges) {
    this(prefix, merges, new SheetText());
  }

  /**
   * @param prefix the first rows, decoded by {@code text}
   * @param text the sheet's text, which cleans a long text shared by many cells once
   */
  Grid(List<RawRow> prefix, List<Merge> merges, SheetText text) {
    prefix.forEach(r -> rows.put(r.index(), r));
    this.merges = merges;
    this.text = text;
  }

  Map<Integer, RawRow> rows() {
    return rows;
  }

  RawRow row(int index) {
    return rows.get(index);
  }

  int lastIndex() {
    return rows.isEmpty() ? -1 : rows.lastKey();
  }

  /** The cell's text (a number as written), following merges to their top-left cell. */
  String text(int row, int col) {
    RawCell c = cell(row, col);
    if (c == null) {
      for (Merge m : merges) {
        if (m.contains(row, col) && (m.firstRow() != row || m.firstCol() != col)) {
          c = cell(m.firstRow(), m.firstCol());
          break;
        }
      }
    }
    if (c == null) {
      return null;
    }
    // Asked for each table and each header row tried: a long shared text is cleaned once.
    String t = text.clean(CellReader.display(c));
    return t == null || t.isEmpty() ? null : t;
  }

  /** The matching key ({@link vn.thidua.read.text.Text#foldKey}) of a text of this grid. */
  String key(String s) {
    return text.key(s);
  }

  private RawCell cell(int row, int col) {
    RawRow r = rows.get(row);
    return r == null ? null : r.cell(col);
  }

  /** The highest column index holding anything in a row, following merges; -1 if none. */
  int lastCol(int row) {
    RawRow r = rows.get(row);
    int last = r == null || r.isEmpty() ? -1 : r.cells().get(r.cells().size() - 1).col();
    for (Merge m : merges) {
      if (row >= m.firstRow() && row <= m.lastRow() && rows.containsKey(m.firstRow())) {
        last = Math.max(last, m.lastCol());
      }
    }
    return last;
  }
}
