package vn.thidua.model;

import java.util.Locale;

/** A unit's standing in the province summary (spec/cli.md "How the figures are counted"). */
public enum UnitStatus {
  OK,
  LATE,
  /** No version of its report has a readable, plausible report date. */
  UNDATED,
  MISSING,
  INVALID;

  /** The statuses the reports list unit by unit: every one but ok, in this order. */
  public static java.util.List<UnitStatus> listed() {
    return java.util.List.of(LATE, UNDATED, MISSING, INVALID);
  }

  /** Whether the unit's figures count in the totals: a report of it was read. */
  public boolean counted() {
    return this == OK || this == LATE || this == UNDATED;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
