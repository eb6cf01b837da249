package vn.thidua.model;

import java.util.List;
import java.util.Optional;

/**
 * The cover sheet: labels in one cell, values in the cell to their right.
 *
 * @param name canonical sheet name ("Thông tin")
 * @param aliases other sheet names
 * @param fields the labelled values; keys "unit" and "report_date" have a meaning to the tool
 * @param rules checks on the cover values, like a table's row rules
 */
public record CoverSpec(
    String name, List<String> aliases, List<FieldSpec> fields, List<RuleSpec> rules) {

  public CoverSpec {
    aliases = Lists.of(aliases);
    fields = Lists.of(fields);
    rules = Lists.of(rules);
  }

  public Optional<FieldSpec> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
