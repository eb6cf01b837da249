package vn.thidua.read;

/**
 * Options of reading one workbook.
 *
 * @param unitCode the unit to report for, overriding detection (--unit), or null
 * @param password the password of an encrypted workbook, or null
 * @param asOf the day the run stands on (--as-of, else today): a report dated later is not
 *     plausible
 */
public record ReadOptions(String unitCode, String password, java.time.LocalDate asOf) {
  public static final ReadOptions DEFAULT = new ReadOptions(null, null, null);

  public ReadOptions {
    asOf = asOf == null ? java.time.LocalDate.now() : asOf;
  }
}
