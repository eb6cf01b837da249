package vn.thidua.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What validating one workbook gave.
 *
 * @param file the workbook as the user named it
 * @param unit the unit it reports for, or null when it cannot be told
 * @param readable false when the file could not be read at all (its only finding says why)
 * @param reportDate the cover's report date, or null
 * @param late dated after the nomination deadline
 * @param findings sorted
 * @param failure why an unreadable file could not be read (for --debug), null when readable
 */
public record WorkbookResult(
    String file,
    Unit unit,
    boolean readable,
    LocalDate reportDate,
    boolean late,
    List<Finding> findings,
    Throwable failure) {

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
