package vn.thidua.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.CellValue;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Rule;
import vn.thidua.model.TableLayout;
import vn.thidua.model.TableRow;
import vn.thidua.model.ValueType;
import vn.thidua.model.WorkbookListener;
import vn.thidua.read.source.Merge;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.Rows;
import vn.thidua.read.value.Parsed;

/**
 * Streams the rows below a table's header to the listener, one at a time: data rows as typed
 * values, totals rows for checking, group rows and the signature block skipped. Nothing of the
 * sheet is held but merged cells running down over data rows.
 */
final class TableStreamer {
  private enum End {
    NONE,
    BLANKS
  }

  private final String file;
  private final TableLayout layout;
  private final HeaderMatch match;
  private final SheetText text;
  private final RowKinds kinds;
  private final CellReader cells;
  private final int blankRowsEnd;
  private final int lastValueRow;
  private final WorkbookListener out;
  private final List<ColumnSpec> columns = new ArrayList<>();
  private final Map<Integer, List<Merge>> mergesByFirstRow = new HashMap<>();
  private final List<ActiveMerge> active = new ArrayList<>();

  private record ActiveMerge(Merge merge, RawCell top) {}

  TableStreamer(
      String file,
      TableLayout layout,
      HeaderMatch match,
      SheetText text,
      List<Merge> merges,
      RowKinds kinds,
      CellReader cells,
      int blankRowsEnd,
      int lastValueRow,
      WorkbookListener out) {
    this.file = file;
    this.layout = layout;
    this.match = match;
    this.text = text;
    this.kinds = kinds;
    this.cells = cells;
    this.blankRowsEnd = blankRowsEnd;
    this.lastValueRow = lastValueRow;
    this.out = out;
    for (ColumnSpec c : layout.spec().columns()) {
      if (match.columns().containsKey(c.key())) {
        columns.add(c);
      }
    }
    for (Merge m : merges) {
      // Only merges running down over data rows matter (a commune merged over its roads).
      if (m.lastRow() > m.firstRow() && m.firstRow() > match.lastHeaderRow()) {
        mergesByFirstRow.computeIfAbsent(m.firstRow(), k -> new ArrayList<>()).add(m);
      }
    }
  }

  void run(Rows rows) throws ReadException {
    int last = match.lastHeaderRow();
    int previous = last;
    int lastFilled = last;
    int blanks = 0;
    End end = End.NONE;
    while (rows.hasNext()) {
      RawRow raw = rows.next();
      if (raw.index() <= last) {
        continue;
      }
      RawRow row = decode(raw);
      // Rows the source skipped (nothing in them) are blank rows too.
      blanks += raw.index() - previous - 1;
      previous = raw.index();
      if (end == End.NONE && blanks >= blankRowsEnd) {
        end = End.BLANKS;
        if (raw.index() > lastValueRow) {
          // Nothing below holds a value (the reader knows it without parsing): the table is over.
          return;
        }
      }
      if (row.isEmpty()) {
        blanks++;
        continue;
      }
      if (end == End.BLANKS) {
        // Nothing below the end is read; say so once rather than lose it silently.
        out.finding(
            Locations.row(
                file,
                layout.sheet(),
                layout.sheetIndex(),
                row.index(),
                null,
                Rule.TABLE_AFTER_END,
                layout.spec().name(),
                blankRowsEnd,
                lastFilled + 2));
        return;
      }
      blanks = 0;
      lastFilled = row.index();
      track(row);
      if (row.index() == last + 1 && RowKinds.isColumnNumbers(row)) {
        continue;
      }
      if (kinds.isEnd(row, match.indexCol())) {
        return;
      }
      classify(row);
    }
  }

  private void classify(RawRow row) {
    int index = match.indexCol();
    String label = kinds.totalsLabel(row, index, this::holdsNumber, text::clean);
    if (label != null) {
      out.totals(tableRow(row), label);
    } else if (RowKinds.isNumberedEmpty(row, index)) {
      skipped(row, row.cell(index), Rule.ROW_NUMBERED_EMPTY);
    } else if (RowKinds.isGroup(row, index)) {
      skipped(row, firstOther(row, index), Rule.ROW_GROUP);
    } else {
      out.row(tableRow(row));
    }
  }

  /** A row skipped as data, said once as an info finding on its telling cell. */
  private void skipped(RawRow row, RawCell c, Rule rule) {
    String shown = CellReader.display(c);
    out.finding(
        Locations.cell(
            file,
            layout.sheet(),
            layout.sheetIndex(),
            row.index(),
            c.col(),
            null,
            shown,
            rule,
            shown));
  }

  private static RawCell firstOther(RawRow row, int index) {
    for (RawCell c : row.cells()) {
      if (c.col() != index) {
        return c;
      }
    }
    return row.cells().get(0);
  }

  private boolean holdsNumber(RawCell c) {
    if (c.kind() == RawCell.Kind.NUMBER) {
      return true;
    }
    return c.kind() == RawCell.Kind.STRING
        && text.parse(c.text(), ValueType.NUMBER, () -> cells.values().number(c)).outcome()
            == Parsed.Outcome.OK;
  }

  private RawRow decode(RawRow raw) {
    List<RawCell> decoded = new ArrayList<>(raw.cells().size());
    boolean changed = false;
    for (RawCell c : raw.cells()) {
      RawCell d = text.decode(c);
      if (d.kind() == RawCell.Kind.STRING && d.text().isBlank()) {
        changed = true;
        continue;
      }
      changed |= d != c;
      decoded.add(d);
    }
    return changed ? new RawRow(raw.index(), raw.hidden(), decoded) : raw;
  }

  /** Keeps the top cell of merges that start on this row; drops those that ended above it. */
  private void track(RawRow row) {
    active.removeIf(a -> a.merge().lastRow() < row.index());
    List<Merge> starting = mergesByFirstRow.get(row.index());
    if (starting != null) {
      for (Merge m : starting) {
        RawCell top = row.cell(m.firstCol());
        if (top != null) {
          active.add(new ActiveMerge(m, top));
        }
      }
    }
  }

  private TableRow tableRow(RawRow row) {
    Map<String, CellValue> values = new LinkedHashMap<>();
    for (ColumnSpec c : columns) {
      int col = match.columns().get(c.key());
      RawCell cell = row.cell(col);
      if (cell == null) {
        cell = merged(row.index(), col);
      }
      values.put(c.key(), cells.read(c.key(), c.type(), c.choices(), cell, row.index(), col, text));
    }
    return new TableRow(
        layout.spec().key(),
        layout.sheet(),
        layout.sheetIndex(),
        row.index() + 1,
        row.hidden(),
        values);
  }

  private RawCell merged(int row, int col) {
    for (ActiveMerge a : active) {
      Merge m = a.merge();
      if (m.firstCol() == col && row > m.firstRow() && row <= m.lastRow()) {
        return a.top();
      }
    }
    return null;
  }
}
