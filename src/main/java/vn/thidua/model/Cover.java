package vn.thidua.model;

import java.util.Map;

/**
 * The cover sheet's values.
 *
 * @param sheet the sheet name, or null when the workbook has no cover sheet
 * @param sheetIndex its position, -1 when absent
 * @param fields by field key; a field whose label is not on the sheet is absent
 */
public record Cover(String sheet, int sheetIndex, Map<String, CellValue> fields) {
  public Cover {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  public static Cover absent() {
    return new Cover(null, -1, Map.of());
  }

  public boolean present() {
    return sheet != null;
  }

  public Object value(String key) {
    CellValue c = fields.get(key);
    return c == null || !c.usable() ? null : c.value();
  }
}
