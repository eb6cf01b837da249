package vn.thidua.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What validating one workbook gave.
 *
 * @param file the workbook as the user named it
 * @param unit the unit it reports for, or null when it cannot be told
 * @param readable false when the file could not be read at all (its only finding says why)
 * @param reportDate the cover's report date when it is plausible (not before the campaign, not
 *     after the day of the run), else null
 * @param late dated after the nomination deadline
 * @param findings sorted
 * @param failure why an unreadable file could not be read (for --debug), null when readable
 * @param mark thidua's mark in the workbook's properties, null when it has none or the file could
 *     not be opened (a workbook that opens but holds no report, such as tong-hop.xlsx, has it)
 * @param saved the workbook's own "modified" property (for a CSV folder, its newest file's
 *     modification time, to the second), null when it has none or the file could not be opened
 * @param fingerprint hex SHA-256 of the data as read: every cell value of the cover and the tables,
 *     with its sheet and place; equal for a workbook and its unchanged marked copy; null when
 *     unreadable
 */
public record WorkbookResult(
    String file,
    Unit unit,
    boolean readable,
    LocalDate reportDate,
    boolean late,
    List<Finding> findings,
    Throwable failure,
    Mark mark,
    java.time.Instant saved,
    String fingerprint) {

  public WorkbookResult {
    findings = List.copyOf(findings);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }
}
