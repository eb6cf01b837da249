package vn.thidua.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One unit's line of the province summary.
 *
 * @param unit the config unit
 * @param status ok, late, undated, missing or invalid
 * @param file the workbook its figures come from, relative to the input, or null
 * @param files every version of its report: the one used, the ones set aside, the unreadable ones
 * @param reportDate the report date of the version used, or null
 * @param firstReportDate the earliest report date among its versions, which decides timeliness
 * @param superseded the versions set aside for the one used, newest first
 * @param tables the figures per table summary name ("roads"), each a group of its measures' figures
 *     in config order
 * @param errors errors of validating the version used
 * @param warnings warnings of validating the version used (a late warning only for a late unit)
 */
public record UnitSummary(
    Unit unit,
    UnitStatus status,
    String file,
    List<String> files,
    LocalDate reportDate,
    LocalDate firstReportDate,
    List<String> superseded,
    Map<String, Figure.Group> tables,
    long errors,
    long warnings) {

  public UnitSummary {
    files = List.copyOf(files);
    superseded = List.copyOf(superseded);
  }
}
