package vn.thidua.model;

/**
 * Receives a workbook as it is read, in this order: {@link #cover}, {@link #unit}, then per table
 * {@link #tableStart}, its rows and totals rows in sheet order, {@link #tableEnd}; findings of the
 * reading itself (structure, encoding, layout) may come at any point. Rows are not kept by the
 * reader: a listener that needs them keeps them.
 */
public interface WorkbookListener {

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
}
