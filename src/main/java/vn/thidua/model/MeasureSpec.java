package vn.thidua.model;

import java.util.List;

/**
 * One figure of a table's summary.
 *
 * @param name its name in the summary ("length_m")
 * @param of what it is ({@link MeasureKind}), or null for a group of figures
 * @param column the column of sum, count_by and flagged
 * @param where for count: only rows where {@code where.column} holds {@code where.equals}
 * @param valid for count: only rows without an error finding
 * @param onTime for count: zero for a unit whose report is late
 * @param numerator for ratio: the figure divided
 * @param denominator for ratio: the figure it is divided by (null when that is zero)
 * @param decimals for ratio: rounding
 * @param rule for flagged: the rule whose finding on a row lists it
 * @param label the figure's heading in reports (Vietnamese), defaults to the name
 * @param labelEn its English heading
 * @param measures for a group: the figures inside it
 */
public record MeasureSpec(
    String name,
    MeasureKind of,
    String column,
    Where where,
    boolean valid,
    boolean onTime,
    String numerator,
    String denominator,
    Integer decimals,
    String rule,
    String label,
    String labelEn,
    List<MeasureSpec> measures) {

  /** A filter on one column's value (a choice code or a text, compared folded). */
  public record Where(String column, String equals) {}

  public MeasureSpec {
    measures = Lists.of(measures);
  }

  public boolean group() {
    return of == null;
  }

  /** A list of rows' values rather than a figure: it has no column in the tables of figures. */
  public boolean list() {
    return of == MeasureKind.FLAGGED;
  }
}
