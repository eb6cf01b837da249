package vn.thidua.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Check;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
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

  private static final Object[][] BUILT_IN = {
    {"file.missing", Severity.ERROR, "file"},
    {"file.empty", Severity.ERROR, "file"},
    {"file.unreadable", Severity.ERROR, "file"},
    {"file.corrupt", Severity.ERROR, "file"},
    {"file.encrypted", Severity.ERROR, "file"},
    {"file.password.wrong", Severity.ERROR, "file"},
    {"file.format.unknown", Severity.ERROR, "file"},
    {"file.format.xlsb", Severity.ERROR, "file"},
    {"file.format.ods", Severity.ERROR, "file"},
    {"file.format.xls95", Severity.ERROR, "file"},
    {"file.folder.nocsv", Severity.ERROR, "file"},
    {"file.csv.encoding", Severity.ERROR, "file"},
    {"file.zipbomb", Severity.ERROR, "file"},
    {"file.not_report", Severity.ERROR, "file"},
    {"file.internal", Severity.ERROR, "file"},
    {"cover.missing", Severity.ERROR, "structure"},
    {"cover.field.missing", Severity.ERROR, "structure"},
    {"unit.unknown", Severity.ERROR, "structure"},
    {"unit.conflict", Severity.WARNING, "structure"},
    {"unit.cover.unknown", Severity.WARNING, "structure"},
    {"table.missing", Severity.ERROR, "structure"},
    {"table.header.missing", Severity.ERROR, "structure"},
    {"table.duplicate", Severity.WARNING, "structure"},
    {"table.after_end", Severity.WARNING, "structure"},
    {"column.missing", Severity.ERROR, "structure"},
    {"column.duplicate", Severity.WARNING, "structure"},
    {"column.extra", Severity.INFO, "structure"},
    {"sheet.tcvn3", Severity.WARNING, "structure"},
    {"sheet.ignored", Severity.INFO, "structure"},
    {"row.group", Severity.INFO, "structure"},
    {"row.numbered_empty", Severity.INFO, "structure"},
    {"value.required", Severity.ERROR, "value"},
    {"value.integer.invalid", Severity.ERROR, "value"},
    {"value.number.invalid", Severity.ERROR, "value"},
    {"value.length.invalid", Severity.ERROR, "value"},
    {"value.count.invalid", Severity.ERROR, "value"},
    {"value.yesno.invalid", Severity.ERROR, "value"},
    {"value.date.invalid", Severity.ERROR, "value"},
    {"value.choice.invalid", Severity.ERROR, "value"},
    {"value.number.ambiguous", Severity.ERROR, "value"},
    {"value.negative", Severity.ERROR, "value"},
    {"value.date.month_only", Severity.WARNING, "value"},
    {"date.after_report", Severity.WARNING, "value"},
    {"report.date.implausible", Severity.ERROR, "structure"},
    {"totals.mismatch", Severity.ERROR, "value"},
    {"consolidate.unit.unknown", Severity.ERROR, "province"},
    {"consolidate.unit.superseded", Severity.WARNING, "province"},
    {"consolidate.duplicate", Severity.WARNING, "province"},
    {"config.rule.failed", Severity.WARNING, "config"},
  };

  private RuleCatalog() {}

  /** The tool's rules, then the config's, each id once. */
  public static List<Entry> of(Config config) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Object[] r : BUILT_IN) {
      out.put((String) r[0], new Entry((String) r[0], (Severity) r[1], (String) r[2]));
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
