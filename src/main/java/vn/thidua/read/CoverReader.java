package vn.thidua.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.model.CellValue;
import vn.thidua.model.Cover;
import vn.thidua.model.CoverSpec;
import vn.thidua.model.FieldSpec;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.Rows;
import vn.thidua.read.text.Text;

/** Reads the cover sheet: each label's value is the first filled cell to its right. */
final class CoverReader {
  private static final int MAX_ROWS = 200;

  private final CoverSpec spec;
  private final CellReader cells;
  private final Map<String, FieldSpec> byLabel = new HashMap<>();

  CoverReader(CoverSpec spec, CellReader cells) {
    this.spec = spec;
    this.cells = cells;
    for (FieldSpec f : spec.fields()) {
      byLabel.putIfAbsent(Text.fold(f.label()), f);
      f.aliases().forEach(a -> byLabel.putIfAbsent(Text.fold(a), f));
    }
  }

  boolean matchesSheetName(String name) {
    String f = Text.fold(name);
    return f.equals(Text.fold(spec.name()))
        || spec.aliases().stream().anyMatch(a -> Text.fold(a).equals(f));
  }

  /** How many distinct cover labels a row set holds: a sheet with two is a cover. */
  int labels(Iterable<RawRow> rows, SheetText text) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (RawRow r : rows) {
      for (RawCell c : r.cells()) {
        FieldSpec f = label(text.decode(c), text);
        if (f != null) {
          seen.add(f.key());
        }
      }
    }
    return seen.size();
  }

  private FieldSpec label(RawCell c, SheetText text) {
    // Cleaned first, so that a label padded with spaces past Text.KEY_CHARS is still a label.
    return c.kind() == RawCell.Kind.STRING ? byLabel.get(text.key(text.clean(c.text()))) : null;
  }

  Cover read(String sheet, int sheetIndex, Rows rows, SheetText text) throws ReadException {
    Map<String, CellValue> values = new LinkedHashMap<>();
    int n = 0;
    while (rows.hasNext() && n++ < MAX_ROWS) {
      RawRow row = rows.next();
      for (int i = 0; i < row.cells().size(); i++) {
        RawCell c = text.decode(row.cells().get(i));
        FieldSpec f = label(c, text);
        if (f == null || values.containsKey(f.key())) {
          continue;
        }
        RawCell value = null;
        for (int j = i + 1; j < row.cells().size() && value == null; j++) {
          RawCell v = text.decode(row.cells().get(j));
          if (v.kind() != RawCell.Kind.STRING || !v.text().isBlank()) {
            value = v;
          }
        }
        int col = value == null ? c.col() + 1 : value.col();
        values.put(f.key(), cells.read(f.key(), f.type(), null, value, row.index(), col, text));
      }
    }
    return new Cover(sheet, sheetIndex, values);
  }
}
