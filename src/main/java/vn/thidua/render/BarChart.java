package vn.thidua.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a paired bar chart (a figure against its target, per unit) in SVG user units, so
 * that the template only draws: every coordinate arrives as a plain decimal string, never formatted
 * by the template's locale (1.234,5 would break an SVG attribute).
 */
final class BarChart {
  static final int WIDTH = 600;
  static final int HEIGHT = 292;
  private static final int LEFT = 40;
  private static final int RIGHT = 8;
  // Room above the plot for the two legend lines.
  private static final int TOP = 50;
  private static final int PLOT = 210;
  private static final int BASELINE = TOP + PLOT;

  /** One unit's pair: its figure and its target. */
  record Item(String code, String name, Number value, Number target) {}

  private BarChart() {}

  static Map<String, Object> of(
      String id,
      String title,
      String valueLabel,
      String targetLabel,
      List<Item> items,
      Messages m) {
    double max = 0;
    for (Item i : items) {
      max = Math.max(max, Math.max(number(i.value()), number(i.target())));
    }
    long step = step(max);
    long top = Math.max(step, (long) Math.ceil(max / step) * step);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double slot = plotWidth / Math.max(1, items.size());
    double bar = slot * 0.34;

    List<Object> ticks = new ArrayList<>();
    for (long v = 0; v <= top; v += step) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("y", coord(BASELINE - (double) v / top * PLOT));
      t.put("label", m.figure(v));
      ticks.add(t);
    }
    List<Object> units = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      double x = LEFT + i * slot;
      double valueX = x + slot * 0.14;
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("code", it.code());
      u.put("x", coord(x + slot / 2));
      String value = m.figure(it.value());
      String target = m.figure(it.target());
      u.put("title", m.get("html.chart.unit", it.name(), value, target));
      u.put("value", bar(valueX, bar, number(it.value()), top, value));
      u.put("target", bar(valueX + bar + slot * 0.04, bar, number(it.target()), top, target));
      units.add(u);
      described.add(m.get("html.chart.unit", it.code(), value, target));
    }

    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("title", title);
    c.put(
        "desc",
        m.get("html.chart.desc", valueLabel, targetLabel)
            + " "
            + String.join("; ", described)
            + ".");
    c.put("valueLabel", valueLabel);
    c.put("targetLabel", targetLabel);
    c.put("width", String.valueOf(WIDTH));
    c.put("height", String.valueOf(HEIGHT));
    c.put("left", String.valueOf(LEFT));
    c.put("right", String.valueOf(WIDTH - RIGHT));
    c.put("baseline", String.valueOf(BASELINE));
    c.put("ticks", ticks);
    c.put("units", units);
    return c;
  }

  private static Map<String, Object> bar(double x, double width, double v, long top, String text) {
    double h = v / top * PLOT;
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("x", coord(x));
    b.put("y", coord(BASELINE - h));
    b.put("width", coord(width));
    b.put("height", coord(h));
    b.put("labelX", coord(x + width / 2));
    b.put("labelY", coord(BASELINE - h - 3));
    b.put("text", text);
    return b;
  }

  /** A tick step of 1, 2 or 5 times a power of ten giving about five gridlines; counts need 1. */
  static long step(double max) {
    double raw = max / 5;
    if (raw <= 1) {
      return 1;
    }
    long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
    for (long f : new long[] {1, 2, 5}) {
      if (f * magnitude >= raw) {
        return f * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static double number(Number n) {
    return n == null ? 0 : n.doubleValue();
  }

  static String coord(double d) {
    return BigDecimal.valueOf(d)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
