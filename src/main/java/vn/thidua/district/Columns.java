package vn.thidua.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.model.Choice;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;

/** What the config says about a column, as the template needs it. */
final class Columns {
  private Columns() {}

  /** The mark districts type for "yes": the config's first yes word ("x"). */
  static String yesMark(Config config) {
    return config.reading().yes().get(0);
  }

  /** The canonical names of a choice column's values, in config order; empty for others. */
  static List<String> choiceNames(Config config, ColumnSpec c) {
    if (c.choices() == null) {
      return List.of();
    }
    return config.choiceList(c.choices()).stream().map(Choice::name).toList();
  }

  /**
   * Whether the column is part of a target's standard: a row failing its bound is still a row to
   * report (a 450 m road is listed as "not meeting"), so the template must accept it.
   */
  static boolean inStandard(TableSpec t, ColumnSpec c) {
    return t.target() != null && t.target().standard().contains(c.key());
  }

  /**
   * The column a unit's location is written in, as the config names it ({@code tables[].location}:
   * the roads' district for KCQ and KDN). Empty when the table has none.
   */
  static Optional<String> locationColumn(TableSpec t) {
    return Optional.ofNullable(t.location()).filter(k -> t.column(k).isPresent());
  }

  /** The location the unit must write in this column, or empty. */
  static Optional<String> location(TableSpec t, ColumnSpec c, Unit unit) {
    if (unit.location() == null) {
      return Optional.empty();
    }
    return locationColumn(t).filter(c.key()::equals).map(k -> unit.location());
  }

  /** The name of a nomination kind ("Tập thể" for "collective"), or the code itself. */
  static String kindName(Config config, String code) {
    if (config.nomination() != null) {
      Optional<ColumnSpec> kind =
          config
              .table(config.nomination().table())
              .flatMap(t -> t.column(config.nomination().kind()));
      if (kind.isPresent() && kind.get().choices() != null) {
        for (Choice ch : config.choiceList(kind.get().choices())) {
          if (ch.code().equals(code)) {
            return ch.name();
          }
        }
      }
    }
    return code;
  }

  /** "TC1–TC5": the first and last criterion codes of a kind. */
  static String criteriaRange(List<Criterion> criteria) {
    if (criteria.isEmpty()) {
      return "";
    }
    String first = criteria.get(0).code();
    String last = criteria.get(criteria.size() - 1).code();
    return first.equals(last) ? first : first + "–" + last;
  }

  /** Whether some column of the table sits under a group header (a two-row header). */
  static boolean grouped(TableSpec t) {
    return t.columns().stream().anyMatch(c -> group(t, c) != null);
  }

  /** The column's group key when the table declares that group, else null. */
  static String group(TableSpec t, ColumnSpec c) {
    return c.group() != null && t.groups().containsKey(c.group()) ? c.group() : null;
  }

  /** The header written in the template: the sub-header under a group, else the header. */
  static String shownHeader(TableSpec t, ColumnSpec c) {
    if (group(t, c) != null && c.sub() != null) {
      return c.sub();
    }
    return c.header();
  }

  /** The numeric columns, which get a SUM in the totals row. */
  static List<Integer> numericIndexes(TableSpec t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).type().numeric()) {
        out.add(i);
      }
    }
    return out;
  }
}
