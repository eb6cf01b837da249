package vn.thidua.check;

import java.util.Set;
import vn.thidua.model.TableRow;

/** Sees every data row after it was checked: what consolidation sums and lists. */
public interface RowObserver {

  /**
   * @param row the data row
   * @param errorColumns columns with an error finding on this row (the row key "" for errors on no
   *     column)
   */
  void checked(TableRow row, Set<String> errorColumns);
}
