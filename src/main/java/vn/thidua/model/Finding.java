package vn.thidua.model;

import java.util.Comparator;
import java.util.List;

/**
 * Something a check found, pointing at the cell to fix. Immutable; sorts by file, sheet in workbook
 * order, row, column, rule, so every output is deterministic.
 *
 * @param file the workbook as the user named it
 * @param sheet sheet name as in the file, null for a finding about the whole file
 * @param sheetIndex workbook position of the sheet, -1 for the file
 * @param row 1-based row, null for a sheet or file finding
 * @param col 0-based column, null when no cell
 * @param cell A1 reference ("E12"), null when no cell
 * @param column the column's key from the config ("length_m"), null for sheet/file findings
 * @param value the cell as written, null when blank or not about a cell
 * @param severity error, warning or info
 * @param rule stable dotted rule id ("road.length.min")
 * @param args message arguments; the message key is the rule id
 */
public record Finding(
    String file,
    String sheet,
    int sheetIndex,
    Integer row,
    Integer col,
    String cell,
    String column,
    String value,
    Severity severity,
    String rule,
    List<Object> args)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(Finding::sheetIndex)
          .thenComparing(Finding::row, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::col, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::rule);

  public Finding {
    // Arguments may be null (a blank value): List.copyOf would refuse them.
    args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }

  public boolean counts() {
    return severity != Severity.INFO;
  }
}
