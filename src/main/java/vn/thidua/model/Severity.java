package vn.thidua.model;

import java.util.Locale;

/** How serious a finding is; only errors and warnings are counted. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in JSON and the config. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
