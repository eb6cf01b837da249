package vn.thidua.model;

/**
 * One cell of a table row or of the cover, read as its column's type.
 *
 * @param key the column or field key ("length_m")
 * @param row 1-based row number in the sheet
 * @param col 0-based column index
 * @param a1 the cell in A1 form ("E12")
 * @param written the cell as the user sees it (NFC; cached result of a formula; dates dd/MM/yyyy),
 *     null when blank
 * @param value the typed value (String, BigDecimal, Boolean, LocalDate, YearMonth, or a choice
 *     code), null unless the state is OK or MONTH_ONLY
 * @param state what reading gave
 * @param formula the formula text when the cell holds one, else null
 */
public record CellValue(
    String key,
    int row,
    int col,
    String a1,
    String written,
    Object value,
    State state,
    String formula) {

  /** What reading a cell gave. */
  public enum State {
    BLANK,
    OK,
    /** A date that gives only its month; value is a YearMonth. */
    MONTH_ONLY,
    INVALID,
    AMBIGUOUS
  }

  public boolean isBlank() {
    return state == State.BLANK;
  }

  /** Read well enough to be used: OK or a month-only date. */
  public boolean usable() {
    return state == State.OK || state == State.MONTH_ONLY;
  }
}
