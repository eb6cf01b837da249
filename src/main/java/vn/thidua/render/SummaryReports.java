package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.model.OutputNames;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Summary;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.UnitSummary;

/** The consolidate reports, by format. */
public final class SummaryReports {
  private SummaryReports() {}

  /**
   * A report format and its file. The formats laid out by templates come first: a broken {@code
   * --templates} template then stops the run before the other reports are written.
   */
  public enum Format {
    html,
    docx,
    xlsx,
    json,
    md,
    csv;

    public String fileName() {
      return OutputNames.report(name());
    }

    public List<String> fileNames() {
      return List.of(fileName());
    }
  }

  public static void write(Format f, Summary s, Messages m, Path templates, OutputStream out)
      throws IOException {
    switch (f) {
      case json -> out.write(SummaryJson.render(s, m).getBytes(StandardCharsets.UTF_8));
      case md -> out.write(SummaryMarkdown.render(s, m).getBytes(StandardCharsets.UTF_8));
      case csv -> SummaryCsv.write(s, m, out);
      case html -> out.write(SummaryHtml.render(s, m, templates).getBytes(StandardCharsets.UTF_8));
      case xlsx -> SummaryXlsx.write(s, m, out);
      case docx -> SummaryDocx.write(s, m, templates, out);
    }
  }

  /** A few lines for the terminal: units by status, rows reconciled, findings. */
  public static String overview(Summary s, Messages m) {
    return m.get(
        "cli.consolidate.overview",
        s.sources().stream().filter(f -> f.outcome() != SourceFile.Outcome.SKIPPED).count(),
        s.units().size(),
        s.byStatus().get(UnitStatus.OK).size(),
        s.byStatus().get(UnitStatus.LATE).size(),
        s.byStatus().get(UnitStatus.UNDATED).size(),
        s.byStatus().get(UnitStatus.MISSING).size(),
        s.byStatus().get(UnitStatus.INVALID).size(),
        s.rows().read(),
        s.rows().used(),
        s.rows().rejected(),
        s.errors(),
        s.warnings());
  }

  /**
   * What the terminal says of the inbox, one line each: every unit late, undated, missing or
   * invalid, every file skipped or set aside for a newer version (spec/cli.md "The province
   * inbox"). Unreadable files are said on stderr, where every file-level problem goes.
   */
  public static List<String> inbox(Summary s, Messages m) {
    List<String> lines = new ArrayList<>();
    LocalDate deadline = s.config().campaign().nominationDeadline();
    for (UnitSummary u : s.units()) {
      String name = u.unit().name();
      switch (u.status()) {
        case LATE -> lines.add(m.get("cli.unit.late", name, u.firstReportDate(), deadline));
        case UNDATED -> lines.add(m.get("cli.unit.undated", name));
        case MISSING -> lines.add(m.get("cli.unit.missing", name));
        case INVALID -> lines.add(m.get("cli.unit.invalid", name));
        default -> {}
      }
    }
    for (SourceFile f : s.sources()) {
      String why = f.reason() == null ? null : m.get(f.reason().key(), f.reason().args().toArray());
      switch (f.outcome()) {
        case SKIPPED -> lines.add(m.get("cli.file.skipped", f.file(), why));
        case SUPERSEDED -> lines.add(m.get("cli.file.superseded", f.file(), why));
        default -> {}
      }
    }
    return lines;
  }
}
