package vn.thidua.read.value;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import vn.thidua.read.source.RawCell;

/**
 * Reads cells as the typed values of the campaign config, the way districts write them
 * (workbook.md "Numbers", "Yes/no", "Dates"). Never guesses: what cannot be read is INVALID or
 * AMBIGUOUS, and the caller reports it quoting {@link #written(RawCell)}.
 *
 * <p>Number text rules (Vietnamese convention): spaces (also non-breaking) around the number are
 * ignored; an optional sign; "." groups thousands only when followed by exactly three digits
 * ("1.200", "12.500.000"); "," is the decimal mark ("12,5", "1.234,5"); a space may group
 * thousands the same way ("1 200"). Any other text with a dot ("1.5", "12.5", "1.20", "1.2345")
 * is AMBIGUOUS. Anything else that is not a number is INVALID. Numeric cells are taken as they
 * are. All numbers are BigDecimal (from a double cell via {@code BigDecimal.valueOf}), with
 * trailing zeros stripped and never in exponent form for integral values.
 */
public final class ValueReader {

  /**
   * @param yesWords texts meaning yes (compared after {@code Text.fold}, so "Có", "có", "co"
   *     are one), e.g. x, có, co, ✓, v, 1, true, đạt
   * @param noWords texts meaning no, e.g. không, khong, 0, -, false, chưa
   * @param lengthUnits unit words of a length and their factor to metres (folded), e.g. m → 1,
   *     mét → 1, met → 1, km → 1000
   */
  public ValueReader(
      Collection<String> yesWords, Collection<String> noWords, Map<String, BigDecimal> lengthUnits) {
    throw new UnsupportedOperationException("TODO");
  }

  /** A number (BigDecimal). Null cell or blank text: BLANK. Boolean or error cell: INVALID. */
  public Parsed number(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }

  /** A whole number (BigDecimal of scale 0): like {@link #number} and INVALID if not integral. */
  public Parsed integer(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * A length in metres (BigDecimal): a number with an optional unit word after it, with or
   * without a space ("600m", "600 m", "0,6 km" → 600, "1.020 m" → 1020); numeric cells are
   * metres. An unknown word ("khoảng 600") is INVALID; an ambiguous number stays AMBIGUOUS.
   */
  public Parsed length(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * A count where a yes mark stands for one (cameras: "x" counts as 1): a whole number, or a yes
   * word → 1, or a no word → 0.
   */
  public Parsed count(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Yes/no (Boolean): a yes word or a no word (folded), a boolean cell, a numeric 1 or 0. Null
   * cell or blank text: BLANK (the caller decides what blank means). Anything else: INVALID.
   */
  public Parsed yesNo(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * A date, day first always (java.time.LocalDate): a numeric cell formatted as a date (its
   * serial in the 1900 date system; sources convert 1904 workbooks); text "15/8/2020",
   * "15-08-2020", "15.8.2020", "2020-08-15", optionally followed by a zero time "00:00[:00]".
   * Impossible dates ("31/02/2020") and two-digit years are INVALID. Month only ("8/2020",
   * "08-2020", "8.2020") is MONTH_ONLY with a java.time.YearMonth. A number not formatted as a
   * date is INVALID: a serial is never guessed.
   */
  public Parsed date(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * The cell as the user sees it, for quoting in findings: the text of a string cell (as
   * stored); a date-formatted number as dd/MM/yyyy; another number in plain form without
   * grouping ("1598", "12.5", "0.6"); a boolean as TRUE/FALSE; an error as its code. Null cell:
   * null.
   */
  public static String written(RawCell cell) {
    throw new UnsupportedOperationException("TODO");
  }
}
