package vn.thidua.model;

/**
 * A declarative check on one column.
 *
 * @param value the bound (min/max) or the expected yes/no value (expect); unused for window
 * @param rule stable rule id of the finding
 * @param severity ERROR when absent
 */
public record Check(Object value, String rule, Severity severity) {
  public Check {
    severity = severity == null ? Severity.ERROR : severity;
  }
}
