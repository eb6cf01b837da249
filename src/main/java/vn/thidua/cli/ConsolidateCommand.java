package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.model.OutputNames;
import vn.thidua.render.SummaryReports;

/** Reads every district workbook and writes the province summary. */
@Command(
    name = "consolidate",
    aliases = "tong-hop",
    description = {
      "Reads every workbook under the given files and folders (recursively; a folder of .csv"
          + " files is one workbook), validates each, and writes the province summary. Left out,"
          + " each with a line: Office lock files, hidden files, the output folder, thidua's own"
          + " reports and lists, blank templates, other campaigns' files and marked copies"
          + " (--annotate) unchanged beside their source.",
      "Each workbook counts for the unit it reports for; a unit without one is missing. Of"
          + " several versions of a unit's report the newest is used (later report date, then"
          + " later saved time, then later file time) and the others are set aside, their rows"
          + " rejected. Timeliness is judged by the earliest version: late (after the deadline)"
          + " and undated units count in every total, but their nominations are not eligible. A"
          + " workbook that cannot be read is named with its reason and the others are still"
          + " consolidated; a unit none of whose versions can be read is invalid.",
      "Exit code: 0 written, no error; 1 written, but some input had errors or could not be"
          + " read; 2 bad arguments or config, or no input could be read (nothing written)."
    })
public class ConsolidateCommand extends BaseCommand {
  @Mixin CommonOptions common;
  @Mixin ProvinceOptions inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = OutputNames.REPORT,
      descriptionKey = "option.out.consolidate",
      description = "Folder for the reports (default: ./tong-hop).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      split = ",",
      defaultValue = "html,xlsx,json,docx",
      descriptionKey = "option.format.consolidate",
      description =
          "Reports to write, a comma list of html, xlsx, json, md, csv, docx (default:"
              + " html,xlsx,json,docx).")
  List<SummaryReports.Format> formats;

  @Override
  public Integer call() throws IOException {
    Session s = Session.open(common);
    ProvinceRun p = ProvinceRun.read(s, inputs, out, stderr(), common);
    var o = stdout();
    if (!common.quiet) {
      o.println(SummaryReports.overview(p.summary, s.messages));
      SummaryReports.inbox(p.summary, s.messages).forEach(o::println);
    }
    ProvinceRun.writeAll(
        s,
        out,
        formats,
        SummaryReports.Format::fileNames,
        (f, file, w) -> SummaryReports.write(f, p.summary, s.messages, inputs.templates, w),
        inputs.templates != null,
        o,
        common.quiet);
    return p.exitCode();
  }
}
