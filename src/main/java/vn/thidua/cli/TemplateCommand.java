package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.district.FileNames;
import vn.thidua.district.TemplateFormat;
import vn.thidua.district.TemplateWriter;
import vn.thidua.model.OutputNames;
import vn.thidua.model.Unit;
import vn.thidua.read.source.ReadErrors;
import vn.thidua.render.Outputs;

/** Writes the blank district workbook of one unit, or of every unit. */
@Command(
    name = "template",
    aliases = "bieu-mau",
    description = {
      "Writes the blank district workbook, generated from the campaign config: the cover sheet"
          + " with the unit filled in, one sheet per table with the title block, headers,"
          + " column numbers, empty numbered rows, totals and signature block, and an"
          + " instructions sheet (dates, standards, targets, nomination criteria).",
      "Data cells check what is typed (dropdowns, numbers, dates within the campaign) and say"
          + " what to write; headers are locked by sheet protection without a password.",
      "Exit code: 0 written; 2 bad arguments or config, or a file could not be written."
    })
public class TemplateCommand extends BaseCommand {
  /** More rows than this is not a template any district needs. */
  static final int MAX_ROWS = 1000;

  @Mixin CommonOptions common;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  /** One unit, or all of them. */
  static class Which {
    @Option(
        names = "--unit",
        paramLabel = "CODE",
        required = true,
        descriptionKey = "option.template.unit",
        description = "The unit (a code of the config, such as TY) to write the template of.")
    String unit;

    @Option(
        names = "--all",
        required = true,
        descriptionKey = "option.template.all",
        description = "One template per unit of the config, named bieu-mau-CODE.xlsx.")
    boolean all;
  }

  @Option(
      names = {"-o", "--out"},
      paramLabel = "PATH",
      descriptionKey = "option.out.template",
      description =
          "With --unit: the file to write (default: bieu-mau-CODE.xlsx here; a folder: written"
              + " into it). With --all: the folder (default: ./bieu-mau).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "xlsx|xls",
      defaultValue = "xlsx",
      descriptionKey = "option.format.template",
      description = "File format: xlsx (default) or xls (Excel 2003).")
  TemplateFormat format;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "" + TemplateWriter.DEFAULT_ROWS,
      descriptionKey = "option.rows",
      description = "Empty data rows in each table (default: 30).")
  int rows;

  @Override
  public Integer call() {
    Session s = Session.open(common);
    if (rows < 1 || rows > MAX_ROWS) {
      throw new ExitException(ExitCode.UNUSABLE, "cli.template.rows", MAX_ROWS);
    }
    Map<Path, Unit> targets = which.all ? allTargets(s) : oneTarget(s);
    var o = stdout();
    for (Map.Entry<Path, Unit> e : targets.entrySet()) {
      Path target = e.getKey();
      try {
        Outputs.write(
            target, w -> TemplateWriter.write(s.config, e.getValue(), s.messages, format, rows, w));
      } catch (IOException ex) {
        throw new ExitException(
            ExitCode.UNUSABLE, ex, "cli.write.failed", target.toString(), ReadErrors.reason(ex));
      }
      if (!common.quiet) {
        o.println(s.messages.get("cli.written", target.toString()));
      }
    }
    o.flush();
    return ExitCode.OK;
  }

  private Map<Path, Unit> oneTarget(Session s) {
    Unit unit =
        s.config
            .unit(which.unit)
            .orElseThrow(
                () ->
                    new ExitException(
                        ExitCode.UNUSABLE,
                        "cli.unit.unknown",
                        which.unit,
                        String.join(", ", s.config.units().stream().map(Unit::code).toList())));
    String name = FileNames.template(unit.code(), format);
    Path target;
    if (out == null) {
      target = Path.of(name);
    } else if (Files.isDirectory(out)) {
      target = out.resolve(name);
    } else {
      target = out;
      String file = out.getFileName() == null ? "" : out.getFileName().toString();
      if (!file.toLowerCase(Locale.ROOT).endsWith("." + format.extension())) {
        throw new ExitException(
            ExitCode.UNUSABLE, "cli.template.extension", out.toString(), format.extension());
      }
    }
    return Map.of(target, unit);
  }

  private Map<Path, Unit> allTargets(Session s) {
    Path dir = out == null ? Path.of(OutputNames.TEMPLATE) : out;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ExitException(ExitCode.UNUSABLE, "cli.template.notdir", dir.toString());
    }
    Map<Path, Unit> targets = new LinkedHashMap<>();
    Map<String, Unit> byName = new LinkedHashMap<>();
    List<Unit> units = s.config.units();
    for (Unit u : units) {
      String name = FileNames.template(u.code(), format);
      // Two codes made alike by the clean-up ("A/B", "A-B"), or by a case-blind file system.
      Unit other = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), u);
      if (other != null) {
        throw new ExitException(
            ExitCode.UNUSABLE, "cli.template.clash", other.code(), u.code(), name);
      }
      targets.put(dir.resolve(name), u);
    }
    return targets;
  }
}
