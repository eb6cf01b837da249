package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * Rows of one table that units reported in the same place (same hamlet of the same commune): maybe
 * one road reported by two units. Listed for the province to decide; every row still counts for its
 * own unit.
 *
 * @param table the table key ("roads")
 * @param key the tong-hop.json key of the groups ("possible_duplicate_roads")
 * @param groups each group: rows of at least two units, units in config order, rows in sheet order
 */
public record PossibleDuplicates(String table, String key, List<List<Entry>> groups) {

  /**
   * One row of a group.
   *
   * @param unit unit code
   * @param sheet sheet name
   * @param row 1-based row
   * @param name the row's name as written ("Đường … thôn Thủy Sơn")
   * @param places each place column by key, as written, in the config's order
   */
  public record Entry(String unit, String sheet, int row, String name, Map<String, String> places) {
    public Entry {
      places = Lists.of(places);
    }
  }

  public PossibleDuplicates {
    groups = groups.stream().map(List::copyOf).toList();
  }
}
