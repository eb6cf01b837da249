package vn.thidua.config;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.model.Check;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.PlacesSpec;
import vn.thidua.model.TableSpec;
import vn.thidua.model.ValueType;

/**
 * The part of {@link ConfigValidator} that checks the tables: keys, columns and their checks,
 * rules, target, measures, unique and places. Its problems join the validator's, in order.
 */
final class TableValidator {
  private final Config config;
  private final ConfigValidator v;

  TableValidator(Config config, ConfigValidator v) {
    this.config = config;
    this.v = v;
  }

  void tables() {
    if (config.tables().isEmpty()) {
      v.add("", "config.required", "tables");
    }
    Set<String> tableKeys = new HashSet<>();
    Set<String> jsonKeys = new HashSet<>();
    for (int t = 0; t < config.tables().size(); t++) {
      TableSpec table = config.tables().get(t);
      String at = "/tables/" + t;
      v.required(at + "/key", table.key(), "tables[" + t + "].key");
      v.required(at + "/name", table.name(), "tables[" + t + "].name");
      if (table.key() != null && !tableKeys.add(table.key())) {
        v.add(at + "/key", "config.duplicate", table.key());
      }
      if (table.columns().isEmpty()) {
        v.add(at, "config.required", "columns");
      }
      if (table.requiredColumns().isEmpty()) {
        // A table is found by its required columns: without one it could never be found.
        v.add(at + "/columns", "config.table.no_required", table.name());
      }
      Set<String> keys = new HashSet<>();
      for (int c = 0; c < table.columns().size(); c++) {
        column(at + "/columns/" + c, table, table.columns().get(c), keys);
      }
      v.rules(at + "/rules", table.rules(), keys);
      v.known(at + "/location", table.location(), keys);
      if (table.target() != null) {
        v.required(at + "/target/name", table.target().name(), "target.name");
        v.required(at + "/target/rule", table.target().rule(), "target.rule");
        v.message(at + "/target", table.target().rule(), table.target().message());
        for (int i = 0; i < table.target().standard().size(); i++) {
          v.known(at + "/target/standard/" + i, table.target().standard().get(i), keys);
        }
      }
      if (table.summary() != null) {
        v.required(at + "/summary/name", table.summary().name(), "summary.name");
        measures(at + "/summary/measures", table, table.summary().measures());
      }
      if (table.unique() != null) {
        v.required(at + "/unique/rule", table.unique().rule(), "unique.rule");
        v.message(at + "/unique", table.unique().rule(), table.unique().message());
        for (int i = 0; i < table.unique().columns().size(); i++) {
          v.known(at + "/unique/columns/" + i, table.unique().columns().get(i), keys);
        }
        v.known(at + "/unique/cell", table.unique().cell(), keys);
      }
      if (table.places() != null) {
        places(at + "/places", table, keys, jsonKeys);
      }
    }
  }

  /**
   * The keys tong-hop.json already holds at its top (cli.md): a table's possible duplicates may not
   * take one of them, nor another table's.
   */
  private static final Set<String> SUMMARY_KEYS =
      Set.of("campaign", "units", "totals", "duplicates", "rows", "files");

  private void places(String at, TableSpec table, Set<String> columns, Set<String> jsonKeys) {
    var p = table.places();
    if (p.columns().isEmpty()) {
      v.add(at, "config.required", "places.columns");
    }
    List<String> levels = PlacesSpec.LEVELS;
    p.columns()
        .forEach(
            (level, column) -> {
              String here = at + "/columns/" + level;
              if (!levels.contains(level)) {
                v.add(here, "config.places.level", level, String.join(", ", levels));
              }
              v.required(here, column, "places.columns." + level);
              v.known(here, column, columns);
            });
    v.known(at + "/name", p.name(), columns);
    v.required(at + "/duplicates", p.duplicates(), "places.duplicates");
    if (p.duplicates() != null
        && !p.duplicates().isBlank()
        && (SUMMARY_KEYS.contains(p.duplicates()) || !jsonKeys.add(p.duplicates()))) {
      v.add(at + "/duplicates", "config.places.key", p.duplicates());
    }
    // Only listed rows reach the province summary with their places.
    if (table.summary() == null || !table.summary().list()) {
      v.add(at, "config.places.list", table.name());
    }
  }

  /**
   * Checks a table's measures. An unknown kind never gets here: binding refuses it with its line
   * and column (ConfigLoader).
   */
  private void measures(String at, TableSpec table, List<MeasureSpec> measures) {
    Set<String> names = new HashSet<>();
    Set<String> columns = new HashSet<>();
    table.columns().forEach(c -> columns.add(c.key()));
    for (int i = 0; i < measures.size(); i++) {
      var m = measures.get(i);
      String here = at + "/" + i;
      v.required(here + "/name", m.name(), "name");
      if (m.name() != null && !names.add(m.name())) {
        v.add(here + "/name", "config.duplicate", m.name());
      }
      if (m.group()) {
        if (m.measures().isEmpty()) {
          v.add(here, "config.required", "of");
        }
        measures(here + "/measures", table, m.measures());
        continue;
      }
      MeasureKind kind = m.of();
      if (kind.readsColumn()) {
        v.required(here + "/column", m.column(), "column");
        v.known(here + "/column", m.column(), columns);
      }
      switch (kind) {
        case FLAGGED -> v.required(here + "/rule", m.rule(), "rule");
        case SUM -> {
          if (m.column() != null) {
            table
                .column(m.column())
                .filter(c -> !c.type().numeric())
                .ifPresent(
                    c -> v.add(here + "/column", "config.check.type", "sum", c.key(), "number"));
          }
        }
        case ELIGIBLE -> {
          if (config.nomination() == null
              || !table.key().equals(config.nomination().table())
              || !table.summary().list()) {
            v.add(here + "/of", "config.measure.eligible", table.name());
          }
        }
        case RATIO -> {
          Set<String> siblings = new HashSet<>();
          measures.forEach(x -> siblings.add(x.name()));
          v.known(here + "/numerator", m.numerator(), siblings);
          v.known(here + "/denominator", m.denominator(), siblings);
        }
        case COUNT, COUNT_BY, MEETING, TARGET, TARGET_MET -> {
          // Their column and target are checked with the other kinds'.
        }
      }
      if (m.where() != null) {
        v.known(here + "/where/column", m.where().column(), columns);
      }
      if (kind.needsTarget() && table.target() == null) {
        v.add(here + "/of", "config.measure.target", kind.yaml(), table.name());
      }
    }
  }

  private void column(String at, TableSpec table, ColumnSpec col, Set<String> keys) {
    v.required(at + "/key", col.key(), "key");
    v.required(at + "/header", col.header(), "header");
    if (col.key() != null && !keys.add(col.key())) {
      v.add(at + "/key", "config.duplicate", col.key());
    }
    if (col.group() != null && !table.groups().containsKey(col.group())) {
      v.add(
          at + "/group",
          "config.group.unknown",
          col.group(),
          String.join(", ", table.groups().keySet()));
    }
    if (col.type() == ValueType.CHOICE) {
      if (col.choices() == null) {
        v.add(at, "config.required", "choices");
      } else if (!config.choices().containsKey(col.choices())) {
        v.add(
            at + "/choices",
            "config.choices.unknown",
            col.choices(),
            String.join(", ", config.choices().keySet()));
      }
    } else if (col.choices() != null) {
      v.add(at + "/choices", "config.choices.not_choice", col.key());
    }
    if (col.invalidRule() != null) {
      v.message(at, col.invalidRule(), col.invalidMessage(), "invalid_message");
    }
    bound(at + "/min", col.min(), col);
    bound(at + "/max", col.max(), col);
    if (col.expect() != null) {
      if (col.type() != ValueType.YESNO) {
        v.add(at + "/expect", "config.check.type", "expect", col.key(), "yesno");
      } else if (!(col.expect().value() instanceof Boolean)) {
        v.add(at + "/expect/value", "config.check.boolean", String.valueOf(col.expect().value()));
      }
      ruleId(at + "/expect", col.expect());
    }
    if (col.window() != null) {
      if (col.type() != ValueType.DATE) {
        v.add(at + "/window", "config.check.type", "window", col.key(), "date");
      }
      ruleId(at + "/window", col.window());
    }
  }

  private void bound(String at, Check check, ColumnSpec col) {
    if (check == null) {
      return;
    }
    if (!col.type().numeric()) {
      v.add(at, "config.check.type", at.substring(at.lastIndexOf('/') + 1), col.key(), "number");
    }
    if (!(check.value() instanceof Number)) {
      v.add(at + "/value", "config.check.number", String.valueOf(check.value()));
    } else {
      try {
        new BigDecimal(check.value().toString());
      } catch (NumberFormatException e) {
        v.add(at + "/value", "config.check.number", String.valueOf(check.value()));
      }
    }
    ruleId(at, check);
  }

  private void ruleId(String at, Check check) {
    v.required(at + "/rule", check.rule(), "rule");
    v.message(at, check.rule(), check.message());
  }
}
