package vn.thidua.read;

import java.util.Iterator;
import java.util.List;
import vn.thidua.read.source.Merge;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.Rows;
import vn.thidua.read.source.SheetInfo;
import vn.thidua.read.source.SheetReader;

/**
 * What the first pass over a sheet decided it is. A sheet to be read keeps its reader open after
 * the rows already looked at, so a big sheet is inflated and parsed once, not twice.
 */
record SheetPlan(
    SheetInfo sheet,
    Kind kind,
    TableMatcher table,
    HeaderMatch header,
    SheetText text,
    List<Merge> merges,
    List<String> titleLines,
    List<RawRow> prefix,
    SheetReader reader) {

  enum Kind {
    COVER,
    TABLE,
    /** Named like a table, but no header row found. */
    NO_HEADER,
    IGNORED
  }

  /** Every row of the sheet from the first: those already read, then the rest. */
  Rows rows() {
    Iterator<RawRow> first = prefix.iterator();
    return new Rows() {
      @Override
      public boolean hasNext() throws ReadException {
        return first.hasNext() || (reader != null && reader.hasNext());
      }

      @Override
      public RawRow next() throws ReadException {
        return first.hasNext() ? first.next() : reader.next();
      }
    };
  }

  /** See {@link SheetReader#lastValueRow()}. */
  int lastValueRow() {
    return reader == null ? Integer.MAX_VALUE : reader.lastValueRow();
  }

  void close() {
    if (reader != null) {
      reader.close();
    }
  }
}
