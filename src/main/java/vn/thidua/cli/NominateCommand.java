package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.model.Nomination;
import vn.thidua.model.OutputNames;
import vn.thidua.render.NominationReports;
import vn.thidua.render.SummaryReports;

/** Draws up the province list of nominations for commendation. */
@Command(
    name = "nominate",
    aliases = "khen-thuong",
    description = {
      "Reads every workbook like consolidate and writes the province list of nominations for"
          + " commendation (danh sách đề nghị khen thưởng) from their nomination tables.",
      "A nomination is eligible when every criterion of its kind is marked"
          + " (${sys:thidua.criteria:-the config's criteria}), the action is described, an individual's"
          + " position is given, the kind is known, its row has no other error, the unit's report"
          + " is neither late nor undated, and it is within the unit's quota (counted in sheet"
          + " order). Every"
          + " reason against it is listed. The same collective or person nominated twice, by one"
          + " unit or by two (names compared without case, spacing or diacritics), is flagged on"
          + " both entries but not refused.",
      "Exit code: 0 written, no error; 1 written, but some input had errors or could not be"
          + " read; 2 bad arguments or config, or no input could be read (nothing written)."
    })
public class NominateCommand extends BaseCommand {
  @Mixin CommonOptions common;
  @Mixin ProvinceOptions inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = OutputNames.NOMINATIONS_DIR,
      descriptionKey = "option.out.nominate",
      description = "Folder for the list (default: ./khen-thuong).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      split = ",",
      defaultValue = "html,xlsx,json,csv,docx",
      descriptionKey = "option.format.nominate",
      description =
          "Files to write, a comma list of html, xlsx, json, csv (the working list, every"
              + " nomination with its judgement) and docx (for signature: to-trinh.docx and"
              + " danh-sach-khen-thuong.docx, eligible nominations only); default: all.")
  List<NominationReports.Format> formats;

  @Option(
      names = "--eligible-only",
      descriptionKey = "option.eligible",
      description =
          "The working list (html, xlsx, json, csv) too lists only the eligible nominations.")
  boolean eligibleOnly;

  @Override
  public Integer call() throws IOException {
    Session s = Session.open(common);
    if (s.config.nomination() == null) {
      throw new ExitException(ExitCode.UNUSABLE, "cli.nominate.none");
    }
    ProvinceRun p = ProvinceRun.read(s, inputs, out, stderr(), common);
    var o = stdout();
    if (!common.quiet) {
      long eligible = p.summary.nominations().stream().filter(Nomination::eligible).count();
      o.println(
          s.messages.get(
              "cli.nominate.overview",
              p.summary.nominations().size(),
              eligible,
              p.summary.nominations().size() - eligible));
      SummaryReports.inbox(p.summary, s.messages).forEach(o::println);
    }
    ProvinceRun.writeAll(
        s,
        out,
        formats,
        NominationReports.Format::fileNames,
        (f, file, w) ->
            NominationReports.write(
                f, file, p.summary, s.messages, inputs.templates, eligibleOnly, w),
        inputs.templates != null,
        o,
        common.quiet);
    return p.exitCode();
  }
}
