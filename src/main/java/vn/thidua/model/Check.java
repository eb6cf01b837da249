package vn.thidua.model;

import java.util.Map;

/**
 * A declarative check on one column.
 *
 * @param value the bound (min/max) or the expected yes/no value (expect); unused for window
 * @param rule stable rule id of the finding
 * @param severity ERROR when absent
 * @param message the rule's message by language ("vi", "en"): the campaign's words are the
 *     config's, never the tool's
 */
public record Check(Object value, String rule, Severity severity, Map<String, String> message) {
  public Check {
    severity = severity == null ? Severity.ERROR : severity;
    message = Lists.of(message);
  }
}
