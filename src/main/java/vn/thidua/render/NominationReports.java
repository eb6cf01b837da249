package vn.thidua.render;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Nomination;
import vn.thidua.model.OutputNames;
import vn.thidua.model.Summary;

/** The nomination list (danh sách đề nghị khen thưởng), by format. */
public final class NominationReports {
  private NominationReports() {}

  /**
   * A report format and its files: docx is the dossier for signature, the proposal and the list
   * attached to it. The formats laid out by templates come first, as for consolidate.
   */
  public enum Format {
    html,
    docx,
    xlsx,
    json,
    csv;

    public List<String> fileNames() {
      return this == docx
          ? List.of(OutputNames.proposal(name()), OutputNames.nominations(name()))
          : List.of(OutputNames.nominations(name()));
    }
  }

  /** The nominations a report lists: all, or only the eligible ones. */
  public static List<Nomination> listed(Summary s, boolean eligibleOnly) {
    return eligibleOnly
        ? s.nominations().stream().filter(Nomination::eligible).toList()
        : s.nominations();
  }

  /**
   * Writes one file of a format.
   *
   * @param file one of the format's {@link Format#fileNames()}
   * @param eligibleOnly list only the eligible nominations (the docx list always does)
   */
  public static void write(
      Format f,
      String file,
      Summary s,
      Messages m,
      Path templates,
      boolean eligibleOnly,
      OutputStream out)
      throws IOException {
    switch (f) {
      case docx -> {
        if (file.equals(OutputNames.proposal(f.name()))) {
          ProposalDocx.write(s, m, templates, out);
        } else {
          NominationDocx.write(s, m, templates, out);
        }
      }
      case json -> out.write(json(s, m, eligibleOnly).getBytes(StandardCharsets.UTF_8));
      case csv -> csv(s, m, eligibleOnly, out);
      case html ->
          out.write(
              NominationHtml.render(s, m, templates, eligibleOnly)
                  .getBytes(StandardCharsets.UTF_8));
      case xlsx -> NominationXlsx.write(s, m, eligibleOnly, out);
    }
  }

  /** Exactly the shape of spec/cli.md "nominate outputs"; reasons in the report's language. */
  public static String json(Summary s, Messages m, boolean eligibleOnly) {
    List<Object> list = new ArrayList<>();
    for (Nomination n : listed(s, eligibleOnly)) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("unit", n.unit());
      o.put("kind", n.kind());
      o.put("name", n.name());
      o.put("position", n.position());
      o.put("action", n.action());
      o.put("criteria_met", n.criteriaMet());
      o.put("criteria_total", n.criteriaTotal());
      o.put("eligible", n.eligible());
      o.put("reasons", n.reasons().stream().map(m::reason).toList());
      List<Object> dups = new ArrayList<>();
      for (Nomination.Ref r : n.duplicateOf()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("unit", r.unit());
        d.put("sheet", r.sheet());
        d.put("row", r.row());
        dups.add(d);
      }
      o.put("duplicate_of", dups);
      o.put("sheet", n.sheet());
      o.put("row", n.row());
      list.add(o);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("nominations", list);
    long eligible = s.nominations().stream().filter(Nomination::eligible).count();
    root.put("eligible", eligible);
    root.put("ineligible", s.nominations().size() - eligible);
    return Json.write(root);
  }

  private static void csv(Summary s, Messages m, boolean eligibleOnly, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVWriter csv = new CSVWriter(w);
    csv.writeNext(
        new String[] {
          "unit",
          "kind",
          "name",
          "position",
          "action",
          "criteria_met",
          "criteria_total",
          "eligible",
          "reasons",
          "duplicate_of",
          "file",
          "sheet",
          "row"
        },
        false);
    for (Nomination n : listed(s, eligibleOnly)) {
      csv.writeNext(
          new String[] {
            n.unit(),
            n.kind() == null ? "" : n.kind(),
            SummaryCsv.safe(n.name()),
            SummaryCsv.safe(n.position()),
            SummaryCsv.safe(n.action()),
            String.valueOf(n.criteriaMet()),
            String.valueOf(n.criteriaTotal()),
            String.valueOf(n.eligible()),
            SummaryCsv.safe(String.join("; ", n.reasons().stream().map(m::reason).toList())),
            String.join(
                "; ",
                n.duplicateOf().stream()
                    .map(r -> r.unit() + " " + r.sheet() + " " + r.row())
                    .toList()),
            SummaryCsv.safe(n.file()),
            SummaryCsv.safe(n.sheet()),
            String.valueOf(n.row())
          },
          false);
    }
    csv.flush();
  }
}
