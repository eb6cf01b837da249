package vn.thidua.model;

/**
 * Which unit a workbook reports for, and how that was told.
 *
 * @param unit the config unit, or null when it cannot be told
 * @param source how: "option" (--unit), "cover", "title" (the title block), "file" (the file name),
 *     or "none"
 */
public record UnitResolution(Unit unit, String source) {
  public boolean known() {
    return unit != null;
  }
}
