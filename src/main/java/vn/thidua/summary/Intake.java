package vn.thidua.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Finding;
import vn.thidua.model.SourceFile;

/**
 * What a province inbox holds once its files are read and sorted out: for each unit the version
 * whose figures count and the others, and what was done with every file. Consolidation makes the
 * figures from it.
 *
 * @param units per unit code of the config, its versions (units without any are absent)
 * @param files what was done with every input file, in the order found
 * @param findings the inbox's own findings (a version set aside, a file whose unit cannot be told,
 *     a file skipped), about files
 * @param read every workbook read whose rows count as read: versions of a unit and files whose unit
 *     cannot be told (their rows are rejected); not the files skipped
 * @param unreadable the workbooks that could not be read
 */
public record Intake(
    Map<String, UnitFiles> units,
    List<SourceFile> files,
    List<Finding> findings,
    List<FileResult> read,
    List<FileResult> unreadable) {

  public Intake {
    units = Map.copyOf(units);
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    read = List.copyOf(read);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * The versions of one unit's report.
   *
   * @param used the version whose figures count, or null when none could be read
   * @param superseded the other readable versions, newest first
   * @param unreadable the versions that could not be read
   * @param firstReportDate the earliest plausible report date among the versions, which decides
   *     timeliness; null when none has one
   */
  public record UnitFiles(
      FileResult used,
      List<FileResult> superseded,
      List<FileResult> unreadable,
      LocalDate firstReportDate) {
    public UnitFiles {
      superseded = List.copyOf(superseded);
      unreadable = List.copyOf(unreadable);
    }
  }
}
