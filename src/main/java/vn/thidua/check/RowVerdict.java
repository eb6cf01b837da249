package vn.thidua.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.Finding;

/**
 * What checking one data row concluded, worked out once: the checks count it towards the unit's
 * target and the totals row, the consolidation sums and lists it from the same verdict.
 *
 * @param findings the findings on this row (its cells, or the row itself)
 * @param errorColumns the column keys with an error ("" for an error on the row as a whole)
 * @param meets the row meets its table's target standard (true when the table has none)
 * @param numbers the readable numbers of its numeric columns, by column key
 */
public record RowVerdict(
    List<Finding> findings,
    Set<String> errorColumns,
    boolean meets,
    Map<String, BigDecimal> numbers) {

  public RowVerdict {
    findings = List.copyOf(findings);
    errorColumns = Set.copyOf(errorColumns);
    numbers = Map.copyOf(numbers);
  }

  /** No error on the row. */
  public boolean valid() {
    return errorColumns.isEmpty();
  }
}
