package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * The columns that place a row of a table (a road's commune and hamlet). Rows of two or more units
 * that lie in the same place may be one thing reported twice: tong-hop lists them for the province
 * to decide, and never removes or merges them.
 *
 * @param columns place level ({@code district}, {@code commune}, {@code hamlet}) → column key, in
 *     the order the reports show them; a row with any of them blank is never grouped
 * @param name the column that names a row in the listing; the table's first column when absent
 * @param duplicates the tong-hop.json key of the groups ("possible_duplicate_roads")
 * @param label what a row is, in the reports' heading ("Con đường"); the table's name when absent
 * @param labelEn its English form
 */
public record PlacesSpec(
    Map<String, String> columns, String name, String duplicates, String label, String labelEn) {

  /** The levels a place column may have, the widest first (PlaceNames reads each its own way). */
  public static final List<String> LEVELS = List.of("district", "commune", "hamlet");

  public PlacesSpec {
    columns = Lists.of(columns);
  }
}
