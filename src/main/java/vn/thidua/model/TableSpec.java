package vn.thidua.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table districts fill in (a "Biểu").
 *
 * @param key stable key ("roads")
 * @param name canonical sheet name ("Biểu 1")
 * @param title the table's title, for templates and reports
 * @param aliases other sheet names
 * @param groups group headers over several columns, by key
 * @param columns the columns, in template order
 * @param rules row rules (expressions over the row's values)
 * @param target the per-unit target this table is counted against, or null
 * @param unique a combination of columns that must not repeat, or null
 * @param places the columns that place a row, to list rows of several units in one place, or null
 * @param summary what the province summary holds of it, or null
 * @param location the column a unit with a {@code location} (units[].location) writes it in, which
 *     the template fills in and restricts to it, or null
 */
public record TableSpec(
    String key,
    String name,
    String title,
    List<String> aliases,
    Map<String, GroupSpec> groups,
    List<ColumnSpec> columns,
    List<RuleSpec> rules,
    TargetSpec target,
    UniqueSpec unique,
    PlacesSpec places,
    SummarySpec summary,
    String location) {

  public TableSpec {
    aliases = Lists.of(aliases);
    groups = Lists.of(groups);
    columns = Lists.of(columns);
    rules = Lists.of(rules);
  }

  public Optional<ColumnSpec> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public List<ColumnSpec> requiredColumns() {
    return columns.stream().filter(ColumnSpec::required).toList();
  }
}
