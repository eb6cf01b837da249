package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * Where a table was found and how its header reads.
 *
 * @param spec the table's config
 * @param sheet the sheet name as in the file
 * @param sheetIndex the sheet's position
 * @param headerRow 1-based row of the (first) header row
 * @param headerRows 1 or 2 (a group header over sub-headers)
 * @param columns 0-based column index by column key, for the columns found
 * @param missing keys of config columns the sheet does not have
 * @param byName whether the sheet was recognised by its name (else by its header row)
 */
public record TableLayout(
    TableSpec spec,
    String sheet,
    int sheetIndex,
    int headerRow,
    int headerRows,
    Map<String, Integer> columns,
    List<String> missing,
    boolean byName) {

  public TableLayout {
    columns = Map.copyOf(columns);
    missing = List.copyOf(missing);
  }
}
