package vn.thidua.read;

import org.apache.poi.ss.util.CellReference;
import vn.thidua.model.Finding;
import vn.thidua.model.Rule;
import vn.thidua.model.Severity;

/** Builds findings and A1 references the one way: through POI's CellReference. */
public final class Locations {
  private Locations() {}

  // Column letters come from POI once per column; a cell's A1 is then a concatenation.
  private static final String[] LETTERS = new String[256];

  /** "E12" for 0-based row 11, column 4. */
  public static String a1(int row0, int col0) {
    if (col0 < 0 || col0 >= LETTERS.length || row0 < 0) {
      return new CellReference(row0, col0).formatAsString(false);
    }
    String letters = LETTERS[col0];
    if (letters == null) {
      letters = CellReference.convertNumToColString(col0);
      LETTERS[col0] = letters;
    }
    return letters + (row0 + 1);
  }

  /** "E" for 0-based column 4. */
  public static String columnLetter(int col0) {
    return CellReference.convertNumToColString(col0);
  }

  /** A finding on one cell (0-based row and column). */
  public static Finding cell(
      String file,
      String sheet,
      int sheetIndex,
      int row0,
      int col0,
      String column,
      String value,
      Severity severity,
      String rule,
      Object... args) {
    return new Finding(
        file,
        sheet,
        sheetIndex,
        row0 + 1,
        col0,
        a1(row0, col0),
        column,
        value,
        severity,
        rule,
        java.util.Arrays.asList(args));
  }

  /** A finding on a whole row (0-based), for a column the sheet does not have. */
  public static Finding row(
      String file,
      String sheet,
      int sheetIndex,
      int row0,
      String column,
      Severity severity,
      String rule,
      Object... args) {
    return new Finding(
        file,
        sheet,
        sheetIndex,
        row0 + 1,
        null,
        null,
        column,
        null,
        severity,
        rule,
        java.util.Arrays.asList(args));
  }

  /** A finding about a whole sheet. */
  public static Finding sheet(
      String file,
      String sheet,
      int sheetIndex,
      String column,
      Severity severity,
      String rule,
      Object... args) {
    return new Finding(
        file,
        sheet,
        sheetIndex,
        null,
        null,
        null,
        column,
        null,
        severity,
        rule,
        java.util.Arrays.asList(args));
  }

  /** A finding about the whole file. */
  public static Finding file(String file, Severity severity, String rule, Object... args) {
    return new Finding(
        file,
        null,
        -1,
        null,
        null,
        null,
        null,
        null,
        severity,
        rule,
        java.util.Arrays.asList(args));
  }

  /** A finding of one of the tool's own rules on one cell (0-based row and column). */
  public static Finding cell(
      String file,
      String sheet,
      int sheetIndex,
      int row0,
      int col0,
      String column,
      String value,
      Rule rule,
      Object... args) {
    return cell(
        file, sheet, sheetIndex, row0, col0, column, value, rule.severity(), rule.id(), args);
  }

  /** A finding of one of the tool's own rules on a whole row (0-based). */
  public static Finding row(
      String file,
      String sheet,
      int sheetIndex,
      int row0,
      String column,
      Rule rule,
      Object... args) {
    return row(file, sheet, sheetIndex, row0, column, rule.severity(), rule.id(), args);
  }

  /** A finding of one of the tool's own rules about a whole sheet. */
  public static Finding sheet(
      String file, String sheet, int sheetIndex, String column, Rule rule, Object... args) {
    return sheet(file, sheet, sheetIndex, column, rule.severity(), rule.id(), args);
  }

  /** A finding of one of the tool's own rules about the whole file. */
  public static Finding file(String file, Rule rule, Object... args) {
    return file(file, rule.severity(), rule.id(), args);
  }
}
