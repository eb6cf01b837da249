package vn.thidua.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import vn.thidua.inbox.Inbox;
import vn.thidua.inbox.Versions;
import vn.thidua.model.Phrase;
import vn.thidua.model.Severity;
import vn.thidua.model.Summary;
import vn.thidua.read.ReadOptions;
import vn.thidua.render.Outputs;
import vn.thidua.render.TemplateError;
import vn.thidua.summary.Consolidation;
import vn.thidua.summary.FileResult;
import vn.thidua.summary.Intake;

/**
 * Reads every workbook under the inputs and consolidates them, and writes the reports, for
 * consolidate and nominate.
 */
final class Province {
  final Summary summary;
  final boolean failed;

  private Province(Summary summary, boolean failed) {
    this.summary = summary;
    this.failed = failed;
  }

  /**
   * Reads the inbox under the paths and consolidates it. Ends the command with exit 2, nothing
   * written, when the output folder cannot be written (said before any input is read) or when no
   * unit's report is found at all.
   *
   * @param out the run's output folder: checked first, and never read as input
   */
  static Province read(
      Session s, ProvinceOptions o, Path out, PrintWriter err, CommonOptions common)
      throws IOException {
    if (o.templates != null && !Files.isDirectory(o.templates)) {
      throw new ExitException(ExitCode.UNUSABLE, "cli.templates.missing", o.templates.toString());
    }
    Phrase unwritable = Outputs.unwritable(out);
    if (unwritable != null) {
      throw new ExitException(ExitCode.UNUSABLE, unwritable.key(), unwritable.args().toArray());
    }
    if (o.latest && !common.quiet) {
      err.println(s.messages.get("cli.latest.obsolete"));
    }
    Inbox.Walk walk = Inbox.walk(o.paths, out);
    if (walk.candidates().isEmpty()) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          "cli.consolidate.none",
          String.join(", ", o.paths.stream().map(Path::toString).toList()));
    }
    Progress progress = new Progress(err, s.messages, walk.candidates().size(), common.quiet);
    LocalDate asOf = o.asOf == null ? LocalDate.now() : o.asOf;
    List<FileResult> files =
        Inbox.read(
            s.config,
            s.rules,
            walk.candidates(),
            new ReadOptions(null, o.password, asOf),
            Runtime.getRuntime().availableProcessors(),
            progress::done);
    progress.finish();
    Intake intake = Versions.sort(s.config, walk.skipped(), files);
    boolean none = intake.units().values().stream().allMatch(u -> u.used() == null);
    // A file that cannot be read is said once, in one line on stderr (spec/cli.md); with
    // --quiet only when it stops the command.
    if (none || !common.quiet) {
      intake.unreadable().forEach(f -> Unreadable.say(err, s.messages, f.result(), common.debug));
      err.flush();
    }
    if (none) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          intake.unreadable().size() == files.size()
              ? "cli.consolidate.unreadable"
              : "cli.consolidate.noreport");
    }
    Summary summary = Consolidation.consolidate(s.config, intake, asOf);
    boolean failed =
        !intake.unreadable().isEmpty()
            || summary.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return new Province(summary, failed);
  }

  /** Writes one file of the run in one format (a format may have several files). */
  interface ReportWriter<F> {
    void write(F format, String file, OutputStream out) throws IOException;
  }

  /**
   * Writes a report per format into {@code dir}, in the formats' declared order, those laid out by
   * templates first: a broken --templates template then stops the run before the other reports are
   * written (each report is written whole or not at all).
   */
  static <F extends Enum<F>> void writeAll(
      Session s,
      Path dir,
      Collection<F> formats,
      Function<F, List<String>> fileNames,
      ReportWriter<F> writer,
      PrintWriter out,
      boolean quiet)
      throws IOException {
    for (F f : new TreeSet<>(formats)) {
      for (String file : fileNames.apply(f)) {
        Path target = dir.resolve(file);
        try {
          Outputs.write(target, w -> writer.write(f, file, w));
        } catch (TemplateError e) {
          throw new ExitException(ExitCode.UNUSABLE, e);
        }
        if (!quiet) {
          out.println(s.messages.get("cli.written", target.toString()));
        }
      }
    }
  }

  int exitCode() {
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
