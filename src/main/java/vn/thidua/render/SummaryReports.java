package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.thidua.model.OutputNames;
import vn.thidua.model.Summary;
import vn.thidua.model.UnitStatus;

/** The consolidate reports, by format. */
public final class SummaryReports {
  private SummaryReports() {}

  /** A report format and its file. */
  public enum Format {
    html,
    xlsx,
    json,
    md,
    csv;

    public String fileName() {
      return OutputNames.report(name());
    }
  }

  public static void write(Format f, Summary s, Messages m, Path templates, OutputStream out)
      throws IOException {
    switch (f) {
      case json -> out.write(SummaryJson.render(s).getBytes(StandardCharsets.UTF_8));
      case md -> out.write(SummaryMarkdown.render(s, m).getBytes(StandardCharsets.UTF_8));
      case csv -> SummaryCsv.write(s, m, out);
      case html -> out.write(SummaryHtml.render(s, m, templates).getBytes(StandardCharsets.UTF_8));
      case xlsx -> SummaryXlsx.write(s, m, out);
    }
  }

  /** A few lines for the terminal: units by status, rows reconciled, findings. */
  public static String overview(Summary s, Messages m) {
    return m.get(
        "cli.consolidate.overview",
        s.sources().size(),
        s.units().size(),
        s.byStatus().get(UnitStatus.OK).size(),
        s.byStatus().get(UnitStatus.LATE).size(),
        s.byStatus().get(UnitStatus.MISSING).size(),
        s.byStatus().get(UnitStatus.INVALID).size(),
        s.rows().read(),
        s.rows().used(),
        s.rows().rejected(),
        s.errors(),
        s.warnings());
  }
}
