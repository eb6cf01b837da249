package vn.thidua.render;

import java.util.List;
import vn.thidua.model.Duplicate;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Summary;
import vn.thidua.model.UnitStatus;

/** tong-hop.md: the summary as Markdown tables, one per campaign part. */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  public static String render(Summary s, Messages m) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(m.get("report.title")).append("\n\n");
    md.append("**").append(s.config().campaign().name()).append("**\n\n");
    md.append(m.get("report.asof", Messages.date(s.asOf()))).append("\n\n");
    for (Figures.Section sec : Figures.of(s, m)) {
      md.append("## ").append(escape(sec.title())).append("\n\n");
      md.append("| ").append(m.get("report.unit")).append(" | ").append(m.get("report.status"));
      for (Figures.Column c : sec.columns()) {
        md.append(" | ")
            .append(escape(c.group() == null ? c.label() : c.group() + " — " + c.label()));
      }
      md.append(" |\n|---|---");
      sec.columns().forEach(c -> md.append(c.numeric() ? "|---:" : "|---"));
      md.append("|\n");
      for (Figures.Line l : sec.units()) {
        md.append("| ")
            .append(escape(l.unit().unit().name()))
            .append(" | ")
            .append(m.get("status." + l.unit().status().id()));
        for (int i = 0; i < l.values().size(); i++) {
          md.append(" | ").append(m.figure(l.values().get(i), sec.columns().get(i)));
        }
        md.append(" |\n");
      }
      md.append("| **").append(m.get("report.total")).append("** | ");
      for (int i = 0; i < sec.totals().values().size(); i++) {
        md.append(" | **")
            .append(m.figure(sec.totals().values().get(i), sec.columns().get(i)))
            .append("**");
      }
      md.append(" |\n\n");
    }
    md.append("## ").append(m.get("report.timeliness")).append("\n\n");
    for (UnitStatus st : UnitStatus.listed()) {
      md.append("- ")
          .append(m.get("status." + st.id()))
          .append(": ")
          .append(s.byStatus().get(st).isEmpty() ? "—" : String.join(", ", s.byStatus().get(st)))
          .append('\n');
    }
    if (!s.duplicates().isEmpty()) {
      md.append("\n## ").append(m.get("report.duplicates")).append("\n\n");
      for (var group : s.duplicates()) {
        md.append("- ");
        for (int i = 0; i < group.size(); i++) {
          Duplicate d = group.get(i);
          md.append(i == 0 ? "" : "; ")
              .append(escape(d.name()))
              .append(" (")
              .append(d.unit())
              .append(", ")
              .append(escape(d.sheet()))
              .append(' ')
              .append(m.get("cli.row", d.row()))
              .append(')');
        }
        md.append('\n');
      }
    }
    for (PlaceGroups.Section p : PlaceGroups.of(s, m)) {
      md.append("\n## ").append(escape(p.title())).append("\n\n");
      md.append(escape(p.note())).append("\n\n");
      md.append("| ").append(m.get("report.places.group"));
      p.heads().forEach(h -> md.append(" | ").append(escape(h)));
      md.append(" |\n|---:");
      p.heads().forEach(h -> md.append("|---"));
      md.append("|\n");
      int no = 0;
      for (List<PlaceGroups.Line> group : p.groups()) {
        no++;
        for (PlaceGroups.Line l : group) {
          md.append("| ").append(no).append(" | ").append(escape(l.unit()));
          md.append(" | ").append(escape(l.at())).append(" | ").append(escape(l.name()));
          l.places().forEach(x -> md.append(" | ").append(escape(x)));
          md.append(" |\n");
        }
      }
    }
    md.append("\n## ").append(m.get("report.files")).append("\n\n");
    for (SourceFile f : s.sources()) {
      md.append("- ")
          .append(escape(f.file()))
          .append(": ")
          .append(m.get("outcome." + f.outcome().id()));
      if (f.reason() != null) {
        md.append(" — ").append(escape(m.get(f.reason().key(), f.reason().args().toArray())));
      }
      md.append('\n');
    }
    md.append("\n")
        .append(m.get("report.rows", s.rows().read(), s.rows().used(), s.rows().rejected()))
        .append("\n");
    return md.toString();
  }

  private static String escape(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
