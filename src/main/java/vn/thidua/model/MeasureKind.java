package vn.thidua.model;

import java.util.Locale;

/**
 * What a summary figure is, as the {@code of} of a measure says it. The YAML spelling is {@link
 * #yaml()}, the constant's name in lower case ({@code count_by}); the config loader binds exactly
 * that spelling, so an unknown kind fails at binding with its line and column.
 */
public enum MeasureKind {
  /** Data rows, optionally only valid ones, only those matching a filter, only on time. */
  COUNT,
  /** The sum of a numeric column. */
  SUM,
  /** Rows per value of a choice column, by the choice's canonical name. */
  COUNT_BY,
  /** Rows meeting the table's target standard. */
  MEETING,
  /** The unit's target. */
  TARGET,
  /** Whether the rows meeting the standard reach the target. */
  TARGET_MET,
  /** One figure divided by another of the same group. */
  RATIO,
  /** Nominations the unit made that are eligible. */
  ELIGIBLE,
  /** The values of a column on the rows a rule flags: a list, not a number. */
  FLAGGED;

  /** As the YAML writes it: "count_by". */
  public String yaml() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Kinds that need the table's target. */
  public boolean needsTarget() {
    return this == MEETING || this == TARGET || this == TARGET_MET;
  }

  /** Kinds that read a column of the table. */
  public boolean readsColumn() {
    return this == SUM || this == COUNT_BY || this == FLAGGED;
  }
}
