package vn.thidua.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.MapContext;
import vn.thidua.model.CellValue;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.Finding;
import vn.thidua.model.Rule;
import vn.thidua.model.Severity;
import vn.thidua.model.Unit;
import vn.thidua.read.Locations;

/**
 * Runs the config's own rules (JEXL expressions) on the cover and on each row, with what they may
 * name besides the row's values: {@code campaign}, {@code unit}, {@code criteria}, {@code column}.
 */
final class RuleRunner {
  private final String file;
  private final CellChecks cells;
  private final List<Finding> findings;
  private final Map<String, Object> campaign = new HashMap<>();
  private final Map<String, List<String>> criteria = new HashMap<>();
  private final Set<String> evaluationErrors = new HashSet<>();
  private Map<String, Object> unitMap;

  RuleRunner(Config config, String file, CellChecks cells, List<Finding> findings) {
    this.file = file;
    this.cells = cells;
    this.findings = findings;
    var c = config.campaign();
    campaign.put("code", c.code());
    campaign.put("name", c.name());
    campaign.put("nomination_deadline", c.nominationDeadline());
    campaign.put("window", Map.of("from", c.window().from(), "to", c.window().to()));
    config
        .criteria()
        .forEach((kind, list) -> criteria.put(kind, list.stream().map(Criterion::column).toList()));
  }

  /** The unit the rules see as {@code unit}, once it is known. */
  void unit(Unit x) {
    if (x == null) {
      return;
    }
    unitMap = new HashMap<>();
    unitMap.put("code", x.code());
    unitMap.put("name", x.name());
    unitMap.put("location", x.location());
    unitMap.put("targets", x.targets());
  }

  /**
   * Runs one rule on a row (or the cover).
   *
   * @param at the cell the finding points at, or null when its column is absent
   * @param column the column key of that cell
   * @param each the column an "each" rule is checking, bound as {@code column}; else null
   * @param row0 0-based row for a finding without a cell; -1 for the cover
   * @param eachValue the value bound as {@code value}
   */
  void evaluate(
      CompiledRule r,
      Map<String, Object> values,
      Map<String, String> headers,
      String sheet,
      int sheetIndex,
      CellValue at,
      String column,
      String each,
      int row0,
      Object eachValue) {
    MapContext ctx = new MapContext();
    for (String name : r.names()) {
      Object v;
      boolean isValue;
      if (each != null && name.equals("value")) {
        v = eachValue;
        isValue = true;
      } else if (values.containsKey(name)) {
        v = values.get(name);
        isValue = true;
      } else {
        v = global(name, each);
        isValue = false;
      }
      if (v == null && isValue && !r.spec().evaluateNulls()) {
        return;
      }
      ctx.set(name, v);
    }
    try {
      if (r.when() != null && !Boolean.TRUE.equals(r.when().execute(ctx))) {
        return;
      }
      if (Boolean.TRUE.equals(r.check().execute(ctx))) {
        return;
      }
      List<Object> args = new ArrayList<>();
      args.add(at == null ? null : at.written());
      args.add(headers.get(column));
      for (var a : r.args()) {
        args.add(a == null ? null : a.execute(ctx));
      }
      Severity severity = r.spec().severity();
      String id = r.spec().id();
      if (at != null) {
        findings.add(cells.onCell(sheet, sheetIndex, at, column, severity, id, args));
      } else if (row0 < 0) {
        findings.add(
            Locations.sheet(file, sheet, sheetIndex, column, severity, id, args.toArray()));
      } else {
        findings.add(
            Locations.row(file, sheet, sheetIndex, row0, column, severity, id, args.toArray()));
      }
    } catch (JexlException e) {
      // A rule that cannot run on some values is a config bug: say it once per file and rule.
      if (evaluationErrors.add(r.spec().id())) {
        findings.add(
            Locations.sheet(
                file,
                sheet,
                sheetIndex,
                null,
                Rule.CONFIG_RULE_FAILED,
                r.spec().id(),
                String.valueOf(e.getMessage())));
      }
    }
  }

  private Object global(String name, String each) {
    return switch (name) {
      case "campaign" -> campaign;
      case "unit" -> unitMap;
      case "criteria" -> criteria;
      case "column" -> each;
      default -> null;
    };
  }
}
