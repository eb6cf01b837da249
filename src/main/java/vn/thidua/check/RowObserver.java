package vn.thidua.check;

import java.util.List;
import vn.thidua.model.Finding;
import vn.thidua.model.TableRow;

/** Sees every data row after it was checked: what consolidation sums and lists. */
public interface RowObserver {

  /**
   * @param row the data row
   * @param findings the findings on this row (its cells, or the row itself)
   */
  void checked(TableRow row, List<Finding> findings);
}
