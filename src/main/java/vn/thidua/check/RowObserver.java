package vn.thidua.check;

import vn.thidua.model.TableRow;

/** Sees every data row after it was checked: what consolidation sums and lists. */
public interface RowObserver {

  /**
   * @param row the data row
   * @param verdict what checking it concluded
   */
  void checked(TableRow row, RowVerdict verdict);
}
