package vn.thidua.read;

/**
 * Options of reading one workbook.
 *
 * @param unitCode the unit to report for, overriding detection (--unit), or null
 * @param password the password of an encrypted workbook, or null
 */
public record ReadOptions(String unitCode, String password) {
  public static final ReadOptions DEFAULT = new ReadOptions(null, null);
}
