package vn.thidua.check;

import java.nio.file.Path;
import java.util.List;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.Severity;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.Locations;
import vn.thidua.read.ReadOptions;
import vn.thidua.read.WorkbookReader;
import vn.thidua.read.source.ReadErrors;
import vn.thidua.read.source.ReadException;

/** Validates workbooks: reads each one and checks it as it streams by. */
public final class Validator {
  private final Config config;
  private final RuleSet rules;
  private final WorkbookReader reader;

  public Validator(Config config, RuleSet rules) {
    this.config = config;
    this.rules = rules;
    this.reader = new WorkbookReader(config);
  }

  /**
   * Validates one workbook; a file that cannot be read gives a result with one error finding (its
   * rule is the reason, e.g. file.encrypted) and {@code readable} false.
   *
   * @param observer sees every checked data row, or null
   */
  public WorkbookResult validate(
      Path path, String file, ReadOptions options, RowObserver observer) {
    WorkbookCheck check = new WorkbookCheck(config, rules, file, options.asOf(), observer);
    try {
      reader.read(path, file, options, check);
    } catch (ReadException e) {
      return unreadable(file, e, check);
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(file, ReadErrors.failure(file, null, e), check);
    }
    return new WorkbookResult(
        file,
        check.unitResolution().unit(),
        true,
        check.plausibleReportDate(),
        check.late(),
        check.findings(),
        null,
        check.mark(),
        check.saved(),
        check.fingerprint());
  }

  /**
   * The result of a file that could not be read. Its properties are kept when they were read before
   * the failure: a workbook thidua wrote that is not a report (tong-hop.xlsx) is told by its mark.
   */
  private static WorkbookResult unreadable(String file, ReadException e, WorkbookCheck check) {
    Finding f = Locations.file(file, Severity.ERROR, e.key(), e.args().toArray());
    return new WorkbookResult(
        file, null, false, null, false, List.of(f), e, check.mark(), check.saved(), null);
  }
}
