package vn.thidua.read.source;

/**
 * One non-empty cell as the file stores it, before any interpretation.
 *
 * @param col 0-based column index
 * @param kind what the file says the cell holds
 * @param text the string for {@link Kind#STRING}, the error code ("#DIV/0!") for {@link
 *     Kind#ERROR}, "TRUE"/"FALSE" for {@link Kind#BOOLEAN}; null for numbers
 * @param number the value for {@link Kind#NUMBER} (Excel serial for dates), 1/0 for booleans
 * @param date true when a number is formatted as a date or time in the file
 * @param formula the formula text without '=' when the cell holds one (its cached result is the
 *     value), else null
 * @param font the cell's font name when it is a legacy Vietnamese font (".VnTime", ".VnTimeH",
 *     ".VnArial"...), else null; TCVN3 text in a ".Vn…H" font is upper case
 */
public record RawCell(
    int col, Kind kind, String text, double number, boolean date, String formula, String font) {

  /** What a cell holds. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    ERROR
  }

  public static RawCell string(int col, String text) {
    return new RawCell(col, Kind.STRING, text, 0, false, null, null);
  }

  public static RawCell number(int col, double number) {
    return new RawCell(col, Kind.NUMBER, null, number, false, null, null);
  }

  public RawCell withText(String newText) {
    return new RawCell(col, kind, newText, number, date, formula, font);
  }
}
