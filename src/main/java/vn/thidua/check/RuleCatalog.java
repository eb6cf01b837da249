package vn.thidua.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Check;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Rule;
import vn.thidua.model.RuleSpec;
import vn.thidua.model.Severity;
import vn.thidua.model.TableSpec;

/**
 * Every rule a finding can carry: the tool's own (reading, structure, values, consolidation) and
 * those the config declares, with their severity. {@code thidua rules} prints it.
 */
public final class RuleCatalog {

  /** A rule id, its severity and where it comes from ("file", "structure", a table name...). */
  public record Entry(String id, Severity severity, String scope) {}

  private RuleCatalog() {}

  /** The tool's rules, then the config's, each id once. */
  public static List<Entry> of(Config config) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Rule r : Rule.values()) {
      out.put(r.id(), new Entry(r.id(), r.severity(), r.scope().id()));
    }
    if (config.cover() != null) {
      for (RuleSpec r : config.cover().rules()) {
        out.putIfAbsent(r.id(), new Entry(r.id(), r.severity(), config.cover().name()));
      }
    }
    for (TableSpec t : config.tables()) {
      List<Entry> table = new ArrayList<>();
      for (ColumnSpec c : t.columns()) {
        for (Check check : new Check[] {c.min(), c.max(), c.expect(), c.window()}) {
          if (check != null) {
            table.add(new Entry(check.rule(), check.severity(), t.name()));
          }
        }
        if (c.invalidRule() != null) {
          table.add(new Entry(c.invalidRule(), Severity.ERROR, t.name()));
        }
      }
      t.rules().forEach(r -> table.add(new Entry(r.id(), r.severity(), t.name())));
      if (t.target() != null) {
        table.add(new Entry(t.target().rule(), t.target().severity(), t.name()));
      }
      if (t.unique() != null) {
        table.add(new Entry(t.unique().rule(), t.unique().severity(), t.name()));
      }
      table.forEach(e -> out.putIfAbsent(e.id(), e));
    }
    return List.copyOf(out.values());
  }
}
