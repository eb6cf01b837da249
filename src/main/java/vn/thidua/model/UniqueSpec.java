package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * Columns whose combination must not repeat within a workbook (compared folded).
 *
 * @param columns the key columns
 * @param cell the column the finding points at, on the repeated row
 * @param rule rule id
 * @param severity WARNING when absent
 * @param message the rule's message by language ("vi", "en")
 */
public record UniqueSpec(
    List<String> columns,
    String cell,
    String rule,
    Severity severity,
    Map<String, String> message) {
  public UniqueSpec {
    columns = Lists.of(columns);
    severity = severity == null ? Severity.WARNING : severity;
    message = Lists.of(message);
  }
}
