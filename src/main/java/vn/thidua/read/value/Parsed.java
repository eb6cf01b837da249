package vn.thidua.read.value;

/**
 * The result of reading one cell as a typed value.
 *
 * @param outcome what happened
 * @param value the typed value for OK and MONTH_ONLY (see {@link ValueReader}), else null
 */
public record Parsed(Outcome outcome, Object value) {

  /** What reading a cell gave. */
  public enum Outcome {
    /** No cell, or only white space. */
    BLANK,
    /** Read; value set. */
    OK,
    /** A date that gives only a month ("8/2020"); value is a java.time.YearMonth. */
    MONTH_ONLY,
    /** Cannot be read as the type. */
    INVALID,
    /** Could mean two different numbers ("1.5": decimal point or thousands dot?). */
    AMBIGUOUS
  }

  public static final Parsed BLANK = new Parsed(Outcome.BLANK, null);
  public static final Parsed INVALID = new Parsed(Outcome.INVALID, null);
  public static final Parsed AMBIGUOUS = new Parsed(Outcome.AMBIGUOUS, null);

  public static Parsed ok(Object value) {
    return new Parsed(Outcome.OK, value);
  }

  public boolean isOk() {
    return outcome == Outcome.OK || outcome == Outcome.MONTH_ONLY;
  }
}
