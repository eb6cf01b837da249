package vn.thidua.district;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The values of dropdown lists. A short list is written into the validation itself; a list Excel
 * cannot hold there goes onto a hidden sheet, referenced through a workbook name (Excel 2003 and
 * 2007 refuse a validation pointing at another sheet directly, but accept a name).
 */
final class ChoiceLists {
  /** Excel's limit on the text of an in-place list ("a,b,c"). */
  static final int MAX_INLINE = 255;

  private final Workbook wb;
  private final Sheet sheet;
  private final Map<String, String> names = new HashMap<>();
  private int nextCol;

  /**
   * @param sheet the hidden sheet for long lists, or null when every list fits in place
   */
  ChoiceLists(Workbook wb, Sheet sheet) {
    this.wb = wb;
    this.sheet = sheet;
  }

  /**
   * Whether a list can be written in place: Excel separates in-place values by commas and POI does
   * not escape quotes, so a value holding either ("Quyên góp giúp phụ nữ nghèo, có hoàn cảnh khó
   * khăn") must go to the sheet, as must a list longer than Excel allows.
   */
  static boolean fitsInline(List<String> values) {
    int length = values.size() - 1;
    for (String v : values) {
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
        return false;
      }
      length += v.length();
    }
    return length <= MAX_INLINE;
  }

  /** The constraint allowing exactly these values. */
  DataValidationConstraint constraint(DataValidationHelper h, String key, List<String> values) {
    if (fitsInline(values) || sheet == null) {
      return h.createExplicitListConstraint(values.toArray(String[]::new));
    }
    String name = names.computeIfAbsent(key, k -> write(k, values));
    return h.createFormulaListConstraint(name);
  }

  private String write(String key, List<String> values) {
    int col = nextCol++;
    for (int i = 0; i < values.size(); i++) {
      Row r = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
      Cell c = r.createCell(col);
      c.setCellValue(values.get(i));
    }
    String letter = CellReference.convertNumToColString(col);
    Name n = wb.createName();
    String name = "DM_" + key.replaceAll("[^A-Za-z0-9_]", "_");
    n.setNameName(name);
    n.setRefersToFormula(
        "'"
            + sheet.getSheetName().replace("'", "''")
            + "'!$"
            + letter
            + "$1:$"
            + letter
            + "$"
            + values.size());
    return name;
  }
}
