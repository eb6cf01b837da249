package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.thidua.check.Validator;
import vn.thidua.district.AnnotationPlan;
import vn.thidua.district.Annotator;
import vn.thidua.model.Unit;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.ReadOptions;
import vn.thidua.read.source.ReadErrors;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.WorkbookSources;
import vn.thidua.render.ValidateReport;

/** Checks workbooks against the campaign config and prints every finding. */
@Command(
    name = "validate",
    aliases = "kiem-tra",
    description = {
      "Checks each workbook (.xlsx, .xls, or a folder of .csv files) against the campaign config"
          + " and prints every finding with its sheet and cell, grouped by file and sheet.",
      "Tables are found by sheet name (${sys:thidua.tables:-a table's name in the config} or one"
          + " of its aliases, see `thidua config`) or by their header row; headers may be in any case, with or without diacritics. The unit is --unit, else"
          + " the cover's \"Đơn vị báo cáo\", else the title block, else the file name.",
      "A file that cannot be read is reported in one line and the others are still checked.",
      "Exit code: 0 no error; 1 some error (with --strict: or warning); 2 bad arguments or config,"
          + " or a file could not be read (or, with --annotate, its copy not written)."
    })
public class ValidateCommand extends BaseCommand {
  enum Format {
    text,
    json
  }

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "WORKBOOK",
      arity = "1..*",
      descriptionKey = "param.workbooks",
      description = "Workbooks: .xlsx or .xls files, or folders of .csv files.")
  List<Path> files;

  @Option(
      names = "--unit",
      paramLabel = "CODE",
      descriptionKey = "option.unit",
      description =
          "The unit the workbooks report for (a code of the config, such as TY), instead of"
              + " telling it from the cover, the title block or the file name.")
  String unit;

  @Option(
      names = "--strict",
      descriptionKey = "option.strict",
      description = "Exit with code 1 on warnings too.")
  boolean strict;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "option.format.validate",
      description = "Output: text (default, for people) or json (stable, for programs).")
  Format format;

  @Option(
      names = "--info",
      descriptionKey = "option.info",
      description = "Also print info findings (extra columns, group rows skipped...).")
  boolean info;

  @Option(
      names = "--annotate",
      paramLabel = "DIR",
      descriptionKey = "option.annotate",
      description =
          "Also write a marked copy of each workbook into DIR (NAME.kiem-tra.xlsx, or .xls):"
              + " cells with errors filled red, with warnings yellow, each with a comment saying"
              + " how to fix it, and a sheet \"Kết quả kiểm tra\" listing every finding. The"
              + " workbooks themselves are never changed.")
  Path annotate;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      descriptionKey = "option.password",
      description = "Password of encrypted workbooks.")
  String password;

  @Override
  public Integer call() {
    try {
      if (common.config == null && !files.isEmpty()) {
        // The embedded config is still being made on another thread: open the first workbook
        // meanwhile (the zip and its package parts), which the check then takes up.
        WorkbookSources.preopen(files.get(0), password);
      }
      return check();
    } finally {
      WorkbookSources.discardAhead();
    }
  }

  private Integer check() {
    Session s = Session.open(common);
    if (unit != null && s.config.unit(unit).isEmpty()) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          "cli.unit.unknown",
          unit,
          String.join(", ", s.config.units().stream().map(Unit::code).toList()));
    }
    List<Path> targets = annotationTargets(s);
    Validator validator = new Validator(s.config, s.rules);
    ReadOptions options = new ReadOptions(unit, password, null);
    List<WorkbookResult> results = new ArrayList<>();
    for (Path f : files) {
      results.add(validator.validate(f, f.toString(), options, null));
    }
    var out = stdout();
    if (format == Format.json) {
      out.println(ValidateReport.json(results, s.messages));
    } else if (!common.quiet) {
      out.print(
          ValidateReport.text(
              results.stream().filter(WorkbookResult::readable).toList(), s.messages, info));
    }
    out.flush();
    // A file that cannot be read is said once, in one line on stderr (spec/cli.md), whatever
    // the format: the text report leaves it out, the JSON one also has it as a finding.
    var err = stderr();
    results.stream()
        .filter(r -> !r.readable())
        .forEach(r -> Unreadable.say(err, s.messages, r, common.debug));
    err.flush();
    boolean annotationFailed = annotate != null && !annotate(s, results, targets);
    if (annotationFailed || results.stream().anyMatch(r -> !r.readable())) {
      return ExitCode.UNUSABLE;
    }
    boolean errors = results.stream().anyMatch(r -> r.errors() > 0);
    boolean warnings = results.stream().anyMatch(r -> r.warnings() > 0);
    return errors || (strict && warnings) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** The annotated copies' paths, refused before anything is read when one would clash. */
  private List<Path> annotationTargets(Session s) {
    if (annotate == null) {
      return List.of();
    }
    try {
      return AnnotationPlan.targets(files, annotate);
    } catch (AnnotationPlan.Refused e) {
      throw new ExitException(ExitCode.UNUSABLE, e);
    }
  }

  /** Writes the annotated copies of the readable workbooks; false when one could not be. */
  private boolean annotate(Session s, List<WorkbookResult> results, List<Path> targets) {
    var err = stderr();
    // In JSON mode stdout is the report alone: say what was written on stderr.
    var said = format == Format.json ? err : stdout();
    boolean ok = true;
    for (int i = 0; i < files.size(); i++) {
      Path target = targets.get(i);
      WorkbookResult r = results.get(i);
      if (target == null || !r.readable()) {
        continue;
      }
      try {
        Annotator.write(files.get(i), password, r, s.config.campaign().code(), s.messages, target);
        if (!common.quiet) {
          said.println(s.messages.get("cli.written", target.toString()));
        }
      } catch (ReadException e) {
        ok = false;
        err.println(
            s.messages.get(
                "cli.annotate.failed",
                files.get(i).toString(),
                s.messages.get(e.key(), e.args().toArray())));
      } catch (IOException e) {
        // Writing the copy failed: the operating system's reason, in plain words.
        ok = false;
        err.println(
            s.messages.get("cli.annotate.failed", files.get(i).toString(), ReadErrors.reason(e)));
      } catch (RuntimeException e) {
        // The library could not copy what it read: said like a file it could not read.
        ok = false;
        ReadException re = ReadErrors.failure(files.get(i).toString(), null, e);
        err.println(
            s.messages.get(
                "cli.annotate.failed",
                files.get(i).toString(),
                s.messages.get(re.key(), re.args().toArray())));
      }
    }
    said.flush();
    err.flush();
    return ok;
  }
}
