package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thidua.model.OutputNames;
import vn.thidua.render.SummaryReports;

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
      defaultValue = "html,xlsx,json",
      descriptionKey = "option.format.consolidate",
      description =
          "Reports to write, a comma list of html, xlsx, json, md, csv (default: html,xlsx,json).")
  List<SummaryReports.Format> formats;

  @Override
  public Integer call() throws IOException {
    Session s = Session.open(common);
    Province p = Province.read(s, inputs, out, spec.commandLine().getErr(), common);
    var o = spec.commandLine().getOut();
    if (!common.quiet) {
      o.println(SummaryReports.overview(p.summary, s.messages));
      SummaryReports.inbox(p.summary, s.messages).forEach(o::println);
    }
    Province.writeAll(
        s,
        out,
        formats,
        SummaryReports.Format::fileName,
        (f, w) -> SummaryReports.write(f, p.summary, s.messages, inputs.templates, w),
        o,
        common.quiet);
    return p.exitCode();
  }
}
