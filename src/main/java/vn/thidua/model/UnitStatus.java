package vn.thidua.model;

import java.util.Locale;

/** A unit's standing in the province summary (spec/cli.md "How the figures are counted"). */
public enum UnitStatus {
  OK,
  LATE,
  MISSING,
  INVALID;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
