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
  Map<String, Object> unit(
      TableSpec table, TableTally tally, Unit unit, boolean late, long eligible) {
    return unit(table, table.summary().measures(), "", tally, unit, late, eligible);
  }

  private Map<String, Object> unit(
      TableSpec table,
      List<MeasureSpec> measures,
      String prefix,
      TableTally t,
      Unit unit,
      boolean late,
      long eligible) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (MeasureSpec m : measures) {
      String path = prefix + m.name();
      Object v;
      if (m.group()) {
        v = unit(table, m.measures(), path + "/", t, unit, late, eligible);
      } else {
        v =
            switch (m.of()) {
              case "target" -> unit.target(table.target().name());
              case "count" -> count(m, path, t, late);
              case "eligible" -> t == null ? 0L : eligible;
              case "meeting" -> t == null ? 0L : t.meeting;
              case "target_met" ->
                  (t == null ? 0 : t.meeting) >= unit.target(table.target().name());
              case "sum" ->
                  plain(
                      t == null
                          ? BigDecimal.ZERO
                          : t.sums.getOrDefault(m.column(), BigDecimal.ZERO));
              case "count_by" ->
                  countBy(
                      table,
                      m,
                      t == null ? Map.of() : t.countBy.getOrDefault(m.column(), Map.of()));
              case "ratio" -> ratio(out, m);
              case "flagged" -> t == null ? List.of() : t.flagged.getOrDefault(path, List.of());
              default -> throw new IllegalStateException("unknown measure " + m.of());
            };
      }
      out.put(m.name(), v);
    }
    return out;
  }

  private static long count(MeasureSpec m, String path, TableTally t, boolean late) {
    if (t == null || (m.onTime() && late)) {
      return 0;
    }
    long[] c = t.counts.getOrDefault(path, new long[2]);
    return m.valid() ? c[1] : c[0];
  }

  /** Counts by the choice's canonical name, in the order the workbook first used them. */
  private Map<String, Object> countBy(TableSpec table, MeasureSpec m, Map<String, Integer> byCode) {
    ColumnSpec col = table.column(m.column()).orElseThrow();
    Map<String, String> names = new LinkedHashMap<>();
    if (col.choices() != null) {
      for (Choice c : config.choiceList(col.choices())) {
        names.put(c.code(), c.name());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    byCode.forEach(
        (code, n) ->
            out.merge(names.getOrDefault(code, code), (long) n, (a, b) -> (Long) a + (Long) b));
    return out;
  }

  private static Object ratio(Map<String, Object> siblings, MeasureSpec m) {
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
  Map<String, Object> total(TableSpec table, List<Map<String, Object>> units, List<String> codes) {
    return total(table.summary().measures(), units, codes);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> total(
      List<MeasureSpec> measures, List<Map<String, Object>> units, List<String> codes) {
    Map<String, Object> out = new LinkedHashMap<>();
    Object meeting = null;
    Object target = null;
    for (MeasureSpec m : measures) {
      if (m.group()) {
        out.put(
            m.name(),
            total(
                m.measures(),
                units.stream().map(u -> (Map<String, Object>) u.get(m.name())).toList(),
                codes));
        continue;
      }
      switch (m.of()) {
        case "target", "count", "eligible", "meeting", "sum" -> {
          BigDecimal sum = BigDecimal.ZERO;
          for (Map<String, Object> u : units) {
            sum = sum.add(number(u.get(m.name())));
          }
          Object v = "sum".equals(m.of()) ? plain(sum) : (Object) sum.longValueExact();
          out.put(m.name(), v);
          if ("meeting".equals(m.of())) {
            meeting = v;
          } else if ("target".equals(m.of())) {
            target = v;
          }
        }
        case "target_met" -> {
          out.put(m.name(), null);
          long met = units.stream().filter(u -> Boolean.TRUE.equals(u.get(m.name()))).count();
          out.put("units_meeting_target", met);
        }
        case "count_by" -> {
          Map<String, Object> merged = new LinkedHashMap<>();
          for (Map<String, Object> u : units) {
            ((Map<String, Object>) u.get(m.name()))
                .forEach((k, n) -> merged.merge(k, n, (a, b) -> (Long) a + (Long) b));
          }
          out.put(m.name(), merged);
        }
        case "ratio" -> out.put(m.name(), null);
        case "flagged" -> {
          List<Object> all = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            for (Object value : (List<Object>) units.get(i).get(m.name())) {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("unit", codes.get(i));
              entry.put("name", value);
              all.add(entry);
            }
          }
          out.put(m.name(), all);
        }
        default -> throw new IllegalStateException("unknown measure " + m.of());
      }
    }
    // Derived figures are computed once their inputs are all summed.
    for (MeasureSpec m : measures) {
      if ("target_met".equals(m.of())) {
        out.put(m.name(), number(meeting).compareTo(number(target)) >= 0);
      } else if ("ratio".equals(m.of())) {
        out.put(m.name(), ratio(out, m));
      }
    }
    return out;
  }

  private static BigDecimal number(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof BigDecimal b) {
      return b;
    }
    if (o instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    return null;
  }

  /** 8000, not 8E+3; 125.5, not 125.50. */
  static BigDecimal plain(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
