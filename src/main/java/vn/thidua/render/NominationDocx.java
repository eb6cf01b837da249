package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Config;
import vn.thidua.model.DocumentsSpec;
import vn.thidua.model.Nomination;
import vn.thidua.model.Summary;
import vn.thidua.model.Unit;

/**
 * danh-sach-khen-thuong.docx: the list attached to the proposal for commendation, for signature:
 * the eligible nominations only, one part per kind, each with its number, name, position, the unit
 * proposing it, the action and the award; an entry named twice keeps a note naming the other
 * entries. Laid out by {@value #TEMPLATE}. The full list with every refusal stays the office's
 * working document (XLSX, HTML).
 */
public final class NominationDocx {
  /** The list's template; {@code --templates DIR} may hold its own copy. */
  public static final String TEMPLATE = "danh-sach-khen-thuong.docx.ftlx";

  private NominationDocx() {}

  /**
   * @param templates a folder whose templates win over the built-in ones, or null
   * @throws TemplateError when the template is broken
   */
  public static void write(Summary s, Messages m, Path templates, OutputStream out)
      throws IOException {
    Map<String, Object> model = model(s, m);
    DocxTemplate.write(TEMPLATE, model, s, m, templates, out);
  }

  static Map<String, Object> model(Summary s, Messages m) {
    Config config = s.config();
    DocumentsSpec.DocumentSpec proposal = config.documents().proposal();
    Map<String, Object> root = new LinkedHashMap<>();
    // The proposal's issuer heads the list; the list has no number of its own.
    root.put("doc", Letterhead.of(config, s.asOf(), m, proposal.attached()));
    root.put("title", m.get("html.nom.title"));
    root.put("subject", m.get("html.nom.subject", config.campaign().name()));
    root.put("note", SummaryDocx.attached(s, m, proposal, "docx.attached.proposal"));
    root.put(
        "head",
        Map.of(
            "no", m.get("html.no"),
            "position", m.get("html.nom.position"),
            "unit", m.get("docx.list.unit"),
            "action", m.get("html.nom.action"),
            "award", m.get("docx.list.award.head"),
            "note", m.get("docx.list.note")));
    List<Object> parts = new ArrayList<>();
    int part = 0;
    for (Map.Entry<String, List<Nomination>> e : eligibleByKind(s).entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", e.getKey());
      p.put("numeral", Templates.roman(++part));
      p.put("title", m.get("docx.list.part", kindName(config, e.getKey()), e.getValue().size()));
      p.put("name", m.getOrDefault("docx.list.name." + e.getKey(), m.get("html.nom.name")));
      // Positions are an individual's; a part whose entries give none leaves the column out.
      p.put("position", e.getValue().stream().anyMatch(n -> n.position() != null));
      List<Object> rows = new ArrayList<>();
      int no = 0;
      for (Nomination n : e.getValue()) {
        rows.add(row(n, ++no, proposal.award(), config, m));
      }
      p.put("rows", rows);
      parts.add(p);
    }
    root.put("parts", parts);
    root.put("total", m.get("docx.list.total", Messages.whole(counted(s, m))));
    return root;
  }

  private static Map<String, Object> row(
      Nomination n, int no, String award, Config config, Messages m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", String.valueOf(no));
    row.put("name", text(n.name()));
    row.put("position", text(n.position()));
    row.put("unit", unitName(config, n.unit()));
    row.put("action", text(n.action()));
    row.put("award", award);
    List<String> refs = new ArrayList<>();
    for (Nomination.Ref r : n.duplicateOf()) {
      refs.add(
          m.get("docx.list.ref", unitName(config, r.unit()), r.sheet(), String.valueOf(r.row())));
    }
    row.put(
        "note",
        refs.isEmpty()
            ? ""
            : m.get("docx.list.duplicate", Messages.whole(String.join("; ", refs))));
    return row;
  }

  /**
   * The eligible nominations per kind, in the order of the config's criteria. An eligible
   * nomination always has a kind with criteria: one without is refused.
   */
  static Map<String, List<Nomination>> eligibleByKind(Summary s) {
    Map<String, List<Nomination>> out = new LinkedHashMap<>();
    for (String kind : s.config().criteria().keySet()) {
      out.put(kind, new ArrayList<>());
    }
    for (Nomination n : NominationReports.listed(s, true)) {
      out.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n);
    }
    return out;
  }

  /** "16 tập thể và 8 cá nhân": the eligible nominations counted by kind, for a sentence. */
  static String counted(Summary s, Messages m) {
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, List<Nomination>> e : eligibleByKind(s).entrySet()) {
      // Inside a sentence the kind is a common noun: "tập thể", not the heading's "Tập thể".
      String name = m.getOrDefault("docx.kind." + e.getKey(), kindName(s.config(), e.getKey()));
      items.add(m.get("docx.count.kind", e.getValue().size(), name));
    }
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    String head = String.join(", ", items.subList(0, items.size() - 1));
    return m.get("docx.and", head, items.get(items.size() - 1));
  }

  static String kindName(Config config, String kind) {
    return config.kindNames().getOrDefault(kind, kind);
  }

  private static String unitName(Config config, String code) {
    return code == null ? "" : config.unit(code).map(Unit::name).orElse(code);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
