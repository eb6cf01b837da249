package vn.thidua.model;

import java.time.Instant;

/**
 * Receives a workbook as it is read, in this order: {@link #properties}, {@link #cover}, {@link
 * #unit}, then per table {@link #tableStart}, its rows and totals rows in sheet order, {@link
 * #tableEnd}, and last {@link #fingerprint}; findings of the reading itself (structure, encoding,
 * layout) may come at any point. Rows are not kept by the reader: a listener that needs them keeps
 * them.
 */
public interface WorkbookListener {

  /**
   * The workbook's own properties, before anything else is read.
   *
   * @param mark thidua's mark, or null (see {@link WorkbookResult#mark()})
   * @param saved the saved time, or null (see {@link WorkbookResult#saved()})
   */
  default void properties(Mark mark, Instant saved) {}

  default void cover(Cover cover) {}

  default void unit(UnitResolution unit) {}

  default void tableStart(TableLayout layout) {}

  default void row(TableRow row) {}

  /**
   * A totals row: its numbers are checked against the data rows above it, never summed.
   *
   * @param label the totals text as written ("Tổng cộng")
   */
  default void totals(TableRow row, String label) {}

  default void tableEnd(TableLayout layout) {}

  default void finding(Finding finding) {}

  /**
   * The fingerprint of the data read, once the whole workbook has been (see {@link
   * WorkbookResult#fingerprint()}).
   */
  default void fingerprint(String fingerprint) {}
}
