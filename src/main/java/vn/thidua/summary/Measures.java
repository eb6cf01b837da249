package vn.thidua.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Choice;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Figure;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;

/** Computes a table's summary figures for a unit, and adds units up into province totals. */
final class Measures {
  private final Config config;

  Measures(Config config) {
    this.config = config;
  }

  /**
   * A unit's figures.
   *
   * @param tally its workbook's tally, or null when its rows are not used (missing, invalid)
   * @param late its report is late
   */
  Figure.Group unit(TableSpec table, TableTally tally, Unit unit, boolean late, long eligible) {
    return unit(table, table.summary().measures(), "", tally, unit, late, eligible);
  }

  private Figure.Group unit(
      TableSpec table,
      List<MeasureSpec> measures,
      String prefix,
      TableTally t,
      Unit unit,
      boolean late,
      long eligible) {
    Map<String, Figure> out = new LinkedHashMap<>();
    for (MeasureSpec m : measures) {
      String path = prefix + m.name();
      Figure v;
      if (m.group()) {
        v = unit(table, m.measures(), path + "/", t, unit, late, eligible);
      } else {
        v =
            switch (m.of()) {
              case TARGET -> new Figure.Count(unit.target(table.target().name()));
              case COUNT -> new Figure.Count(count(m, path, t, late));
              case ELIGIBLE -> new Figure.Count(t == null ? 0L : eligible);
              case MEETING -> new Figure.Count(t == null ? 0L : t.meeting);
              case TARGET_MET ->
                  new Figure.YesNo(
                      (t == null ? 0 : t.meeting) >= unit.target(table.target().name()));
              case SUM ->
                  new Figure.Amount(
                      plain(
                          t == null
                              ? BigDecimal.ZERO
                              : t.sums.getOrDefault(m.column(), BigDecimal.ZERO)));
              case COUNT_BY ->
                  countBy(
                      table,
                      m,
                      t == null ? Map.of() : t.countBy.getOrDefault(m.column(), Map.of()));
              case RATIO -> new Figure.Amount(ratio(out, m));
              case FLAGGED ->
                  new Figure.Names(t == null ? List.of() : t.flagged.getOrDefault(path, List.of()));
            };
      }
      out.put(m.name(), v);
    }
    return new Figure.Group(out);
  }

  private static long count(MeasureSpec m, String path, TableTally t, boolean late) {
    if (t == null || (m.onTime() && late)) {
      return 0;
    }
    long[] c = t.counts.getOrDefault(path, new long[2]);
    return m.valid() ? c[1] : c[0];
  }

  /** Counts by the choice's canonical name, in the order the workbook first used them. */
  private Figure.CountBy countBy(TableSpec table, MeasureSpec m, Map<String, Integer> byCode) {
    ColumnSpec col = table.column(m.column()).orElseThrow();
    Map<String, String> names = new LinkedHashMap<>();
    if (col.choices() != null) {
      for (Choice c : config.choiceList(col.choices())) {
        names.put(c.code(), c.name());
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    byCode.forEach((code, n) -> out.merge(names.getOrDefault(code, code), (long) n, Long::sum));
    return new Figure.CountBy(out);
  }

  /** A ratio of two figures already made, or null when either is no number or divides by zero. */
  private static BigDecimal ratio(Map<String, Figure> siblings, MeasureSpec m) {
    BigDecimal num = number(siblings.get(m.numerator()));
    BigDecimal den = number(siblings.get(m.denominator()));
    if (den == null || num == null || den.signum() == 0) {
      return null;
    }
    int scale = m.decimals() == null ? 4 : m.decimals();
    return num.divide(den, scale, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /**
   * Province totals: sums of the units, ratios and "target met" recomputed on the sums, flagged
   * rows of every unit with its code.
   *
   * @param codes the units' codes, in the order of {@code units}
   */
  Figure.Group total(TableSpec table, List<Figure.Group> units, List<String> codes) {
    return total(table.summary().measures(), units, codes);
  }

  private Figure.Group total(
      List<MeasureSpec> measures, List<Figure.Group> units, List<String> codes) {
    // Derived figures hold their place in the order until their inputs are all summed.
    Map<String, Figure> out = new LinkedHashMap<>();
    Figure meeting = null;
    Figure target = null;
    for (MeasureSpec m : measures) {
      if (m.group()) {
        out.put(
            m.name(),
            total(m.measures(), units.stream().map(u -> u.group(m.name())).toList(), codes));
        continue;
      }
      switch (m.of()) {
        case TARGET, COUNT, ELIGIBLE, MEETING, SUM -> {
          BigDecimal sum = BigDecimal.ZERO;
          for (Figure.Group u : units) {
            sum = sum.add(number(u.at(m.name())));
          }
          Figure v =
              m.of() == MeasureKind.SUM
                  ? new Figure.Amount(plain(sum))
                  : new Figure.Count(sum.longValueExact());
          out.put(m.name(), v);
          if (m.of() == MeasureKind.MEETING) {
            meeting = v;
          } else if (m.of() == MeasureKind.TARGET) {
            target = v;
          }
        }
        case TARGET_MET -> {
          out.put(m.name(), new Figure.YesNo(false));
          long met = units.stream().filter(u -> u.yes(m.name())).count();
          out.put("units_meeting_target", new Figure.Count(met));
        }
        case COUNT_BY -> {
          Map<String, Long> merged = new LinkedHashMap<>();
          for (Figure.Group u : units) {
            u.countBy(m.name()).counts().forEach((k, n) -> merged.merge(k, n, Long::sum));
          }
          out.put(m.name(), new Figure.CountBy(merged));
        }
        case RATIO -> out.put(m.name(), new Figure.Amount(null));
        case FLAGGED -> {
          List<Figure.UnitName> all = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            for (String value : units.get(i).names(m.name())) {
              all.add(new Figure.UnitName(codes.get(i), value));
            }
          }
          out.put(m.name(), new Figure.UnitNames(all));
        }
      }
    }
    for (MeasureSpec m : measures) {
      if (m.of() == MeasureKind.TARGET_MET) {
        out.put(m.name(), new Figure.YesNo(number(meeting).compareTo(number(target)) >= 0));
      } else if (m.of() == MeasureKind.RATIO) {
        out.put(m.name(), new Figure.Amount(ratio(out, m)));
      }
    }
    return new Figure.Group(out);
  }

  /** A figure as a decimal, or null when it is no number (yes/no, a list, a group, none). */
  private static BigDecimal number(Figure f) {
    Number n = f == null ? null : f.number();
    if (n == null) {
      return null;
    }
    return n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue());
  }

  /** 8000, not 8E+3; 125.5, not 125.50. */
  static BigDecimal plain(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
