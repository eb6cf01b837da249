package vn.thidua.render;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.PlacesSpec;
import vn.thidua.model.PossibleDuplicates;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;

/**
 * The possible duplicates of each table that places its rows (roads in one hamlet of one commune,
 * reported by two units), in the words every report shows them: a heading, a note saying nothing
 * was removed, the column headings and one line per row. Tables with no group are left out.
 */
final class PlaceGroups {
  /**
   * One table's groups.
   *
   * @param id the tong-hop.json key, which the HTML also uses as the section's id
   * @param heads the headings: unit, sheet and row, the name column, then each place column
   * @param groups each group's lines
   */
  record Section(
      String id, String title, String note, List<String> heads, List<List<Line>> groups) {}

  /**
   * One row of a group.
   *
   * @param at "Biểu 1, dòng 10"
   * @param places each place as written, in the config's order
   */
  record Line(
      String code,
      String unit,
      String sheet,
      int row,
      String at,
      String name,
      List<String> places) {}

  private PlaceGroups() {}

  static List<Section> of(Summary s, Messages m) {
    boolean en = "en".equals(m.locale().getLanguage());
    List<Section> out = new ArrayList<>();
    for (PossibleDuplicates p : s.possibleDuplicates()) {
      TableSpec t = s.config().table(p.table()).orElse(null);
      if (t == null || t.places() == null || p.groups().isEmpty()) {
        continue;
      }
      PlacesSpec spec = t.places();
      String label = en && spec.labelEn() != null ? spec.labelEn() : spec.label();
      List<String> heads = new ArrayList<>();
      heads.add(m.get("report.unit"));
      heads.add(m.get("report.places.where"));
      String name = spec.name() != null ? spec.name() : t.columns().get(0).key();
      heads.add(header(t, name));
      spec.columns().values().forEach(c -> heads.add(header(t, c)));
      List<List<Line>> groups = new ArrayList<>();
      for (List<PossibleDuplicates.Entry> group : p.groups()) {
        List<Line> lines = new ArrayList<>();
        for (PossibleDuplicates.Entry e : group) {
          String unit = s.config().unit(e.unit()).map(u -> u.name()).orElse(e.unit());
          lines.add(
              new Line(
                  e.unit(),
                  unit,
                  e.sheet(),
                  e.row(),
                  m.get("report.places.at", e.sheet(), String.valueOf(e.row())),
                  e.name() == null ? "" : e.name(),
                  spec.columns().values().stream()
                      .map(c -> e.places().getOrDefault(c, ""))
                      .toList()));
        }
        groups.add(lines);
      }
      out.add(
          new Section(
              p.key(),
              m.get("report.places", label == null ? t.name() : label),
              m.get("report.places.note", same(spec, m)),
              heads,
              groups));
    }
    return out;
  }

  /** "cùng thôn, cùng xã": the levels a group shares, the smallest first, as one reads them. */
  private static String same(PlacesSpec spec, Messages m) {
    List<String> levels = new ArrayList<>();
    for (int i = PlacesSpec.LEVELS.size() - 1; i >= 0; i--) {
      String level = PlacesSpec.LEVELS.get(i);
      if (spec.columns().containsKey(level)) {
        levels.add(m.get("report.places.same", m.get("place.level." + level)));
      }
    }
    return String.join(", ", levels);
  }

  private static String header(TableSpec t, String column) {
    return t.column(column).map(ColumnSpec::header).orElse(column);
  }
}
