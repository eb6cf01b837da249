package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * A row rule: an expression over the row's values (JEXL) that must hold.
 *
 * @param id stable rule id ("members.registered.max")
 * @param severity ERROR when absent
 * @param cell the column key the finding points at
 * @param each instead of cell: check every listed column, binding {@code column} (its key) and
 *     {@code value} (its value)
 * @param when the rule applies only where this holds (optional)
 * @param check what must hold
 * @param args expressions whose values fill the message's placeholders {2}, {3}, ...
 * @param nulls "skip" (default): the rule is skipped when a value it uses is blank; "evaluate":
 *     blanks are null in the expression
 * @param message message texts by language ("vi", "en") for rules the tool does not know
 */
public record RuleSpec(
    String id,
    Severity severity,
    String cell,
    List<String> each,
    String when,
    String check,
    List<String> args,
    String nulls,
    Map<String, String> message) {

  public RuleSpec {
    severity = severity == null ? Severity.ERROR : severity;
    each = Lists.of(each);
    args = Lists.of(args);
    nulls = nulls == null ? "skip" : nulls;
    message = Lists.of(message);
  }

  public boolean evaluateNulls() {
    return "evaluate".equals(nulls);
  }
}
