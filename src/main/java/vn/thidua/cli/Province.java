package vn.thidua.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import vn.thidua.model.Severity;
import vn.thidua.model.Summary;
import vn.thidua.read.ReadOptions;
import vn.thidua.render.Outputs;
import vn.thidua.render.TemplateError;
import vn.thidua.summary.Consolidation;
import vn.thidua.summary.FileResult;
import vn.thidua.summary.Inputs;

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

  /** Ends the command with exit 2 when nothing can be read; nothing is written then. */
  static Province read(Session s, ProvinceOptions o, PrintWriter err, CommonOptions common)
      throws IOException {
    if (o.templates != null && !java.nio.file.Files.isDirectory(o.templates)) {
      throw new ExitException(
          ExitCode.UNUSABLE, s.messages.get("cli.templates.missing", o.templates.toString()));
    }
    List<Inputs.Input> inputs = Inputs.discover(o.paths);
    if (inputs.isEmpty()) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          s.messages.get(
              "cli.consolidate.none",
              String.join(", ", o.paths.stream().map(Path::toString).toList())));
    }
    Progress progress = new Progress(err, s.messages, inputs.size(), common.quiet);
    List<FileResult> files =
        Inputs.read(
            s.config,
            s.rules,
            inputs,
            new ReadOptions(null, o.password, o.asOf),
            Runtime.getRuntime().availableProcessors(),
            progress::done);
    progress.finish();
    // A file that cannot be read is said once, in one line on stderr (spec/cli.md); with
    // --quiet only when it stops the command.
    boolean none = files.stream().noneMatch(f -> f.result().readable());
    if (none || !common.quiet) {
      files.stream()
          .filter(f -> !f.result().readable())
          .forEach(f -> Unreadable.say(err, s.messages, f.result(), common.debug));
      err.flush();
    }
    if (none) {
      throw new ExitException(ExitCode.UNUSABLE, s.messages.get("cli.consolidate.unreadable"));
    }
    Summary summary =
        Consolidation.consolidate(
            s.config, files, o.latest, o.asOf == null ? LocalDate.now() : o.asOf);
    boolean failed =
        files.stream().anyMatch(f -> !f.result().readable())
            || summary.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return new Province(summary, failed);
  }

  /** Writes one report of the run in one format. */
  interface ReportWriter<F> {
    void write(F format, OutputStream out) throws IOException;
  }

  /**
   * Writes a report per format into {@code dir}, in the formats' declared order, html first: a
   * broken --templates template then stops the run before any report is written (each report is
   * written whole or not at all).
   */
  static <F extends Enum<F>> void writeAll(
      Session s,
      Path dir,
      Collection<F> formats,
      Function<F, String> fileName,
      ReportWriter<F> writer,
      PrintWriter out,
      boolean quiet)
      throws IOException {
    for (F f : new TreeSet<>(formats)) {
      Path target = dir.resolve(fileName.apply(f));
      try {
        Outputs.write(target, w -> writer.write(f, w));
      } catch (TemplateError e) {
        throw new ExitException(
            ExitCode.UNUSABLE, s.messages.get("cli.template.error", e.getMessage()), e);
      }
      if (!quiet) {
        out.println(s.messages.get("cli.written", target.toString()));
      }
    }
  }

  int exitCode() {
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
