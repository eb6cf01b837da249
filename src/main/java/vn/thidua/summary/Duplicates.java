package vn.thidua.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.model.Config;
import vn.thidua.model.Duplicate;
import vn.thidua.model.Finding;
import vn.thidua.model.ListedRow;
import vn.thidua.model.PlacesSpec;
import vn.thidua.model.PossibleDuplicates;
import vn.thidua.model.Rule;
import vn.thidua.model.TableSpec;
import vn.thidua.read.text.PlaceNames;
import vn.thidua.read.text.Text;

/**
 * What may have been reported more than once (campaign.md section 4, cli.md "Duplicates"), found in
 * the listed rows of the workbooks used. Nothing is removed or counted once: every row still counts
 * for its unit, and the province decides.
 *
 * <ul>
 *   <li>Rows of a table with a {@code unique} spec whose key columns fold alike (the same
 *       collective or person nominated twice), within a unit as well as across units: each group is
 *       listed and each entry gets a {@code consolidate.duplicate} warning naming the others.
 *   <li>Rows of a table with a {@code places} spec that lie in the same place (same hamlet of the
 *       same commune, compared as a person reads place names) in two or more units: listed as
 *       possible duplicates. Names are never compared: districts spell a road's name too many ways.
 * </ul>
 */
public final class Duplicates {
  private Duplicates() {}

  /**
   * What was found.
   *
   * @param entries groups of rows repeating a table's unique columns, tables in config order
   * @param places per table with a places spec (even when none was found, so the JSON always has
   *     its key), the groups of rows of several units in one place
   */
  public record Found(List<List<Duplicate>> entries, List<PossibleDuplicates> places) {}

  /**
   * @param listed the listed rows per table key, units in config order
   * @param out receives one warning per entry of a group of repeated rows
   */
  public static Found find(Config config, Map<String, List<ListedRow>> listed, List<Finding> out) {
    List<List<Duplicate>> entries = new ArrayList<>();
    List<PossibleDuplicates> places = new ArrayList<>();
    PlaceNames names = PlaceNames.of(config);
    for (TableSpec t : config.tables()) {
      List<ListedRow> rows = listed.getOrDefault(t.key(), List.of());
      if (t.unique() != null && listed.containsKey(t.key())) {
        entries.addAll(repeated(t, rows, out));
      }
      if (t.places() != null) {
        places.add(
            new PossibleDuplicates(t.key(), t.places().duplicates(), samePlace(t, rows, names)));
      }
    }
    return new Found(entries, places);
  }

  /**
   * The key a row repeats on: its columns folded, or null when one of them is blank or unreadable
   * (a row without a name or a kind repeats nothing). Nominations' {@code duplicate_of} uses the
   * same key, so it names exactly the other entries of the row's group.
   */
  static String key(ListedRow r, List<String> columns) {
    StringBuilder key = new StringBuilder();
    for (String c : columns) {
      Object v = r.data().get(c);
      if (v == null) {
        return null;
      }
      key.append(Text.fold(v.toString())).append('\u0000');
    }
    return key.toString();
  }

  /** Groups of two or more rows with the same key, in one unit or several. */
  private static List<List<Duplicate>> repeated(
      TableSpec t, List<ListedRow> rows, List<Finding> out) {
    Map<String, List<ListedRow>> byKey = new LinkedHashMap<>();
    for (ListedRow r : rows) {
      String key = key(r, t.unique().columns());
      if (key != null) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    String cell = t.unique().cell();
    // The first key column says what is repeated: the nomination's kind.
    String kindColumn = t.unique().columns().get(0);
    List<List<Duplicate>> groups = new ArrayList<>();
    for (List<ListedRow> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<Duplicate> entries = new ArrayList<>();
      for (ListedRow r : group) {
        Object kind = r.data().get(kindColumn);
        entries.add(
            new Duplicate(
                t.key(),
                r.unit(),
                r.sheet(),
                r.row(),
                r.values().get(cell),
                kind == null ? null : kind.toString()));
        // "KDN (Biểu 4!C11)": the unit code even for a row of the same unit, since one warning
        // list holds every unit's entries.
        List<String> others = new ArrayList<>();
        for (ListedRow o : group) {
          if (o != r) {
            others.add(o.unit() + " (" + o.sheet() + "!" + o.cells().get(cell) + ")");
          }
        }
        out.add(
            new Finding(
                r.file(),
                r.sheet(),
                -1,
                r.row(),
                null,
                r.cells().get(cell),
                cell,
                r.values().get(cell),
                Rule.CONSOLIDATE_DUPLICATE.severity(),
                Rule.CONSOLIDATE_DUPLICATE.id(),
                Arrays.asList(r.values().get(cell), String.join(", ", others))));
      }
      groups.add(entries);
    }
    return groups;
  }

  /**
   * Groups of rows in one place reported by two or more units. A group keeps every row of that
   * place, two of one unit included, once another unit has one there too.
   */
  private static List<List<PossibleDuplicates.Entry>> samePlace(
      TableSpec t, List<ListedRow> rows, PlaceNames names) {
    PlacesSpec spec = t.places();
    String nameColumn =
        spec.name() != null ? spec.name() : t.columns().isEmpty() ? null : t.columns().get(0).key();
    Map<String, List<ListedRow>> byPlace = new LinkedHashMap<>();
    for (ListedRow r : rows) {
      String key = place(r, spec, names);
      if (key != null) {
        byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    List<List<PossibleDuplicates.Entry>> groups = new ArrayList<>();
    for (List<ListedRow> group : byPlace.values()) {
      if (group.stream().map(ListedRow::unit).distinct().count() < 2) {
        continue;
      }
      List<PossibleDuplicates.Entry> entries = new ArrayList<>();
      for (ListedRow r : group) {
        Map<String, String> where = new LinkedHashMap<>();
        spec.columns().values().forEach(c -> where.put(c, r.values().get(c)));
        entries.add(
            new PossibleDuplicates.Entry(
                r.unit(), r.sheet(), r.row(), r.values().get(nameColumn), where));
      }
      groups.add(entries);
    }
    return groups;
  }

  /**
   * Where a row lies: each place column's key at its level ("Thôn Thủy Sơn" and "thôn Thuỷ Sơn" are
   * both "thuy son" as hamlets), or null when one of them is blank: a road whose commune or hamlet
   * is not given lies nowhere in particular.
   */
  private static String place(ListedRow r, PlacesSpec spec, PlaceNames names) {
    StringBuilder key = new StringBuilder();
    for (Map.Entry<String, String> e : spec.columns().entrySet()) {
      String level = e.getKey().toUpperCase(Locale.ROOT);
      String k = names.key(PlaceNames.Level.valueOf(level), r.values().get(e.getValue()));
      if (k.isEmpty()) {
        return null;
      }
      key.append(level).append('=').append(k).append('\u0000');
    }
    return key.length() == 0 ? null : key.toString();
  }
}
