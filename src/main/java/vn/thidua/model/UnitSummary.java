package vn.thidua.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One unit's line of the province summary.
 *
 * @param unit the config unit
 * @param status ok, late, missing or invalid
 * @param file the workbook its figures come from, relative to the input, or null
 * @param files every workbook that claimed the unit (two or more makes it invalid)
 * @param reportDate the cover's report date, or null
 * @param tables the figures per table summary name ("roads"), each an ordered map of measures
 *     (numbers, booleans, nested maps)
 * @param errors errors of validating its workbook(s)
 * @param warnings warnings of validating its workbook(s)
 */
public record UnitSummary(
    Unit unit,
    UnitStatus status,
    String file,
    List<String> files,
    LocalDate reportDate,
    Map<String, Map<String, Object>> tables,
    long errors,
    long warnings) {

  public UnitSummary {
    files = List.copyOf(files);
  }
}
