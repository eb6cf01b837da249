package vn.thidua.read;

import java.util.List;
import vn.thidua.read.source.Merge;
import vn.thidua.read.source.SheetInfo;

/** What the first pass over a sheet decided it is. */
record SheetPlan(
    SheetInfo sheet,
    Kind kind,
    TableMatcher table,
    HeaderMatch header,
    SheetText text,
    List<Merge> merges,
    List<String> titleLines) {

  enum Kind {
    COVER,
    TABLE,
    /** Named like a table, but no header row found. */
    NO_HEADER,
    IGNORED
  }
}
