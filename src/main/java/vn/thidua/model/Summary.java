package vn.thidua.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The province summary: a pure function of the config and what each workbook gave; every report
 * renders it.
 *
 * @param config the campaign config
 * @param asOf the date the reports carry
 * @param units one line per config unit, in config order
 * @param totals the province figures per table summary name: the units' figures added up, with
 *     {@code units_meeting_target} after a {@code target_met}
 * @param errors errors of all units
 * @param warnings warnings of all units
 * @param byStatus unit codes per status
 * @param duplicates groups of nominations naming the same collective or person, within a unit or
 *     across units
 * @param rows data rows read, used and rejected
 * @param sources every workbook read
 * @param findings every finding: of each workbook, then of the province (duplicates, two files for
 *     one unit)
 * @param listed the listed rows per table key, units in config order
 * @param nominations every nomination judged: kinds in criteria order, then units in config order,
 *     then rows in sheet order
 * @param possibleDuplicates per table that places its rows, the groups of rows of several units in
 *     one place, in config order
 */
public record Summary(
    Config config,
    LocalDate asOf,
    List<UnitSummary> units,
    Map<String, Figure.Group> totals,
    long errors,
    long warnings,
    Map<UnitStatus, List<String>> byStatus,
    List<List<Duplicate>> duplicates,
    RowCounts rows,
    List<SourceFile> sources,
    List<Finding> findings,
    Map<String, List<ListedRow>> listed,
    List<Nomination> nominations,
    List<PossibleDuplicates> possibleDuplicates) {

  /** The rows reconciliation: read = used + rejected. */
  public record RowCounts(long read, long used, long rejected) {}
}
