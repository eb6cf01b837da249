package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.thidua.model.Summary;
import vn.thidua.read.ReadOptions;
import vn.thidua.render.Outputs;
import vn.thidua.render.SummaryHtml;
import vn.thidua.render.SummaryReports;
import vn.thidua.summary.Consolidation;
import vn.thidua.summary.FileResult;
import vn.thidua.summary.Inputs;

/** Reads every district workbook and writes the province summary. */
@Command(
    name = "consolidate",
    aliases = "tong-hop",
    description = {
      "Reads every workbook under the given files and folders (recursively; a folder of .csv"
          + " files is one workbook; Office lock files, hidden files and the tool's own reports"
          + " are skipped), validates each, and writes the province summary.",
      "Each workbook counts for the unit it reports for. A unit without a workbook is listed as"
          + " missing. Two workbooks for one unit make it invalid and neither is used (with"
          + " --latest, the one with the newer report date is used). A workbook that cannot be"
          + " read is listed as invalid and the others are still consolidated. Late units (report"
          + " date after the deadline) count in every total.",
      "Exit code: 0 written, no error; 1 written, but some input had errors or could not be"
          + " read; 2 bad arguments or config, or no input could be read (nothing written)."
    })
public class ConsolidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      descriptionKey = "param.paths",
      description = "Workbooks and folders of workbooks.")
  List<Path> paths;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = "tong-hop",
      descriptionKey = "option.out.consolidate",
      description = "Folder for the reports (default: ./tong-hop).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      split = ",",
      defaultValue = "html,xlsx,json",
      descriptionKey = "option.format.consolidate",
      description =
          "Reports to write, a comma list of html, xlsx, json, md, csv (default: html,xlsx,json).")
  List<SummaryReports.Format> formats;

  @Option(
      names = "--latest",
      descriptionKey = "option.latest",
      description = "When two workbooks claim one unit, use the one with the newer report date.")
  boolean latest;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      descriptionKey = "option.asof",
      description =
          "The date printed in the reports (yyyy-mm-dd; default today), so that runs can be reproduced.")
  LocalDate asOf;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      descriptionKey = "option.templates",
      description = "Folder of FreeMarker templates overriding the built-in ones.")
  Path templates;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      descriptionKey = "option.password",
      description = "Password of encrypted workbooks.")
  String password;

  @Override
  public Integer call() throws IOException {
    Session s = Session.open(common);
    if (templates != null && !Files.isDirectory(templates)) {
      throw new ExitException(
          ExitCode.UNUSABLE, s.messages.get("cli.templates.missing", templates.toString()));
    }
    List<Inputs.Input> inputs = Inputs.discover(paths);
    if (inputs.isEmpty()) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          s.messages.get(
              "cli.consolidate.none",
              String.join(", ", paths.stream().map(Path::toString).toList())));
    }
    Progress progress =
        new Progress(spec.commandLine().getErr(), s.messages, inputs.size(), common.quiet);
    List<FileResult> files =
        Inputs.read(
            s.config,
            s.rules,
            inputs,
            new ReadOptions(null, password),
            Runtime.getRuntime().availableProcessors(),
            progress::done);
    progress.finish();
    if (files.stream().noneMatch(f -> f.result().readable())) {
      var err = spec.commandLine().getErr();
      files.forEach(
          f -> err.println("thidua: " + s.messages.finding(f.result().findings().get(0))));
      throw new ExitException(ExitCode.UNUSABLE, s.messages.get("cli.consolidate.unreadable"));
    }
    Summary summary =
        Consolidation.consolidate(s.config, files, latest, asOf == null ? LocalDate.now() : asOf);
    List<Path> written = new ArrayList<>();
    // In format order, html first: a broken --templates template then stops the run before any
    // report is written (each is written whole or not at all).
    Set<SummaryReports.Format> wanted = EnumSet.noneOf(SummaryReports.Format.class);
    wanted.addAll(formats);
    for (SummaryReports.Format f : wanted) {
      Path target = out.resolve(f.fileName());
      try {
        Outputs.write(target, o -> SummaryReports.write(f, summary, s.messages, templates, o));
      } catch (SummaryHtml.TemplateError e) {
        throw new ExitException(
            ExitCode.UNUSABLE, s.messages.get("cli.template.error", e.getMessage()), e);
      }
      written.add(target);
    }
    if (!common.quiet) {
      var o = spec.commandLine().getOut();
      o.println(SummaryReports.overview(summary, s.messages));
      written.forEach(p -> o.println(s.messages.get("cli.written", p.toString())));
    }
    boolean failed =
        files.stream().anyMatch(f -> !f.result().readable())
            || summary.findings().stream()
                .anyMatch(f -> f.severity() == vn.thidua.model.Severity.ERROR);
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
