package vn.thidua.render;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.model.Choice;
import vn.thidua.model.Figure;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;
import vn.thidua.model.UnitSummary;

/**
 * The summary flattened into tables, one per campaign part: a column per figure (groups and counts
 * by type spread out), a row per unit and a totals row. Every report format lays these out; none
 * computes a figure itself.
 */
public final class Figures {

  /**
   * A figure's column: its path in the summary and its heading; {@code ratio} figures read as
   * percentages.
   */
  public record Column(
      List<String> path, String label, String group, boolean numeric, boolean ratio) {
    /** "roads.funds.union", for CSV headers and cell names. */
    public String key() {
      return String.join(".", path);
    }
  }

  /**
   * One line: a unit, or the totals.
   *
   * @param figures a figure per column (a count by type's type that no row had counts zero)
   */
  public record Line(UnitSummary unit, List<Figure> figures) {
    public Line {
      figures = List.copyOf(figures);
    }

    /** What each column's cell shows: a Long, a BigDecimal, a Boolean or null (no ratio). */
    public List<Object> values() {
      List<Object> out = new ArrayList<>();
      figures.forEach(f -> out.add(f.cell()));
      return out;
    }
  }

  /** One campaign part. */
  public record Section(
      TableSpec table, String title, List<Column> columns, List<Line> units, Line totals) {}

  private Figures() {}

  public static List<Section> of(Summary s, Messages m) {
    boolean en = "en".equals(m.locale().getLanguage());
    List<Section> out = new ArrayList<>();
    for (TableSpec t : s.config().tables()) {
      if (t.summary() == null) {
        continue;
      }
      List<Column> columns = new ArrayList<>();
      columns(s, t, t.summary().measures(), List.of(t.summary().name()), null, en, columns);
      List<Line> lines = new ArrayList<>();
      for (UnitSummary u : s.units()) {
        lines.add(new Line(u, values(columns, u.tables().get(t.summary().name()))));
      }
      Line totals = new Line(null, values(columns, s.totals().get(t.summary().name())));
      String title = t.name() + (t.title() == null ? "" : ": " + t.title());
      out.add(new Section(t, title, columns, lines, totals));
    }
    return out;
  }

  private static void columns(
      Summary s,
      TableSpec t,
      List<MeasureSpec> measures,
      List<String> prefix,
      String group,
      boolean en,
      List<Column> out) {
    for (MeasureSpec m : measures) {
      List<String> path = new ArrayList<>(prefix);
      path.add(m.name());
      String label = label(m, en);
      if (m.list()) {
        // A list of names is said in the report's text (the narrative), not a column of figures.
        continue;
      } else if (m.group()) {
        columns(s, t, m.measures(), path, label, en, out);
      } else if (m.of() == MeasureKind.COUNT_BY) {
        var col = t.column(m.column()).orElseThrow();
        for (Choice c : s.config().choiceList(col.choices())) {
          List<String> p = new ArrayList<>(path);
          p.add(c.name());
          out.add(new Column(p, c.name(), label, true, false));
        }
      } else {
        out.add(
            new Column(
                path, label, group, m.of() != MeasureKind.TARGET_MET, m.of() == MeasureKind.RATIO));
      }
    }
  }

  private static String label(MeasureSpec m, boolean en) {
    if (en && m.labelEn() != null) {
      return m.labelEn();
    }
    return m.label() != null ? m.label() : m.name();
  }

  private static List<Figure> values(List<Column> columns, Figure.Group figures) {
    List<Figure> out = new ArrayList<>();
    for (Column c : columns) {
      Figure v = figures;
      for (String p : c.path().subList(1, c.path().size())) {
        v = v == null ? null : v.at(p);
      }
      // A column has a figure for every line: a type no row had counts zero. (Every other path
      // names a measure the summary always holds.)
      out.add(v == null ? new Figure.Count(0) : v);
    }
    return out;
  }
}
