package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * A per-unit target: rows that pass the standard are counted against the unit's target.
 *
 * @param name the target's name in units[].targets ("roads")
 * @param standard columns that make up the standard: a row with an error on any of them does not
 *     count
 * @param rule rule id of the warning when a unit is below target
 * @param severity WARNING when absent
 * @param message message texts by language, for rules the tool does not know
 */
public record TargetSpec(
    String name,
    List<String> standard,
    String rule,
    Severity severity,
    Map<String, String> message) {

  /** Whether a row with errors on these columns meets the standard. */
  public boolean meets(java.util.Collection<String> errorColumns) {
    return java.util.Collections.disjoint(errorColumns, standard);
  }

  public TargetSpec {
    standard = Lists.of(standard);
    severity = severity == null ? Severity.WARNING : severity;
    message = Lists.of(message);
  }
}
