package vn.thidua.model;

import java.util.List;

/**
 * What the province summary holds of a table, per unit and in total.
 *
 * @param name the object's name in the summary ("roads")
 * @param list whether the rows themselves are listed in the reports (every road, every nomination),
 *     not only counted
 * @param measures the figures, in output order
 */
public record SummarySpec(String name, boolean list, List<MeasureSpec> measures) {
  public SummarySpec {
    measures = Lists.of(measures);
  }
}
