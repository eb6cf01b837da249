package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * One nomination for commendation, judged.
 *
 * @param unit the unit code
 * @param kind the kind's code ("collective"), or null when not recognised
 * @param kindName the kind as named in the config ("Tập thể"), or as written when unknown
 * @param name the collective or person, as written
 * @param position position and workplace, or null
 * @param action the typical action, or null
 * @param criteria the kind's criteria (code → marked), in order
 * @param eligible proposed to the province board: no reason against it
 * @param reasons every reason it is not eligible
 * @param duplicateOf the other entries naming the same collective or person (same kind)
 * @param file the workbook, relative to the input
 * @param sheet the sheet
 * @param row 1-based row
 * @param cells A1 cell of each column by key
 */
public record Nomination(
    String unit,
    String kind,
    String kindName,
    String name,
    String position,
    String action,
    Map<String, Boolean> criteria,
    boolean eligible,
    List<Reason> reasons,
    List<Ref> duplicateOf,
    String file,
    String sheet,
    int row,
    Map<String, String> cells) {

  /** Why a nomination is not eligible: a message key and its arguments. */
  public record Reason(String key, List<Object> args) {
    public Reason {
      args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }
  }

  /** Where another entry is. */
  public record Ref(String unit, String sheet, int row) {}

  public Nomination {
    reasons = List.copyOf(reasons);
    duplicateOf = List.copyOf(duplicateOf);
  }

  public int criteriaMet() {
    return (int) criteria.values().stream().filter(Boolean::booleanValue).count();
  }

  public int criteriaTotal() {
    return criteria.size();
  }
}
