package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * A column of a table.
 *
 * @param key stable key used in findings and JSON ("length_m")
 * @param header canonical header in its single-row form ("Kinh phí — Hội")
 * @param group key of the group header it sits under in two-row headers, or null
 * @param sub its sub-header under the group ("Hội"); defaults to the header
 * @param subAliases other sub-headers, matched only under the group
 * @param aliases other headers, matched alone and (for a grouped column) under the group
 * @param type value type (TEXT when absent)
 * @param required a blank cell is an error, and a missing column is an error for the sheet
 * @param choices for CHOICE: the name of the choice list
 * @param min lower bound check, or null
 * @param max upper bound check, or null
 * @param expect for YESNO: the value the cell must have, or null
 * @param window for DATE: the date must lie in the campaign window, or null
 * @param invalidRule rule id for a value that cannot be read, instead of the generic one
 * @param invalidMessage that rule's message by language ("vi", "en")
 */
public record ColumnSpec(
    String key,
    String header,
    String group,
    String sub,
    List<String> subAliases,
    List<String> aliases,
    ValueType type,
    boolean required,
    String choices,
    Check min,
    Check max,
    Check expect,
    Check window,
    String invalidRule,
    Map<String, String> invalidMessage) {

  public ColumnSpec {
    invalidMessage = Lists.of(invalidMessage);
    subAliases = Lists.of(subAliases);
    aliases = Lists.of(aliases);
    type = type == null ? ValueType.TEXT : type;
  }
}
