package vn.thidua.district;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection without a password: locked cells (titles, headers, totals) cannot be changed by
 * mistake, unlocked ones (the data rows) can; anyone can lift it from Excel's menu.
 */
final class Protection {
  private Protection() {}

  static void protect(Sheet s) {
    if (s instanceof XSSFSheet x) {
      x.enableLocking();
      // Districts may still widen columns, and add or remove data rows.
      x.lockFormatColumns(false);
      x.lockFormatRows(false);
      x.lockInsertRows(false);
      x.lockDeleteRows(false);
      x.lockSelectLockedCells(false);
      x.lockSelectUnlockedCells(false);
    } else {
      // .xls keeps only "protected, no password" (hash 0); its finer flags are not writable.
      s.protectSheet("");
    }
  }
}
