package vn.thidua.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.DocumentsSpec;
import vn.thidua.model.Nomination;
import vn.thidua.model.Summary;
import vn.thidua.model.Unit;

/**
 * danh-sach-khen-thuong.html: the province list of nominations for commendation as a print-ready A4
 * document (landscape: the criteria make the tables wide), laid out by the FreeMarker template
 * {@value #TEMPLATE} in the frame of {@code layout.ftl}, like tong-hop.html.
 *
 * <p>One numbered part per nomination kind, in the order of the config's criteria (collectives,
 * then individuals), and a last part for nominations of a kind with no criteria or not recognised,
 * when there are any; then the criteria of every kind and the counts.
 */
public final class NominationHtml {
  /** The list's template; {@code --templates DIR} may hold its own copy. */
  public static final String TEMPLATE = "danh-sach-khen-thuong.html.ftl";

  /** The id of the part listing nominations of a kind without criteria. */
  static final String OTHER = "other-kinds";

  private NominationHtml() {}

  /**
   * @param templates a folder whose templates win over the built-in ones, or null
   * @param eligibleOnly list only the nominations proposed to the province board
   * @throws TemplateError when a template is broken
   */
  public static String render(Summary s, Messages m, Path templates, boolean eligibleOnly) {
    return Templates.render(TEMPLATE, model(s, m, eligibleOnly), m.locale(), templates);
  }

  /** The template model: plain maps, lists and strings, every text localized. */
  static Map<String, Object> model(Summary s, Messages m, boolean eligibleOnly) {
    Config config = s.config();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(
        "doc",
        Letterhead.of(
            config, s.asOf(), m, m.get("html.nom.type"), config.documents().report().recipients()));
    // The full list, refusals and reasons included, is the office's working document: its title
    // says so, and only the eligible list goes out for signature.
    root.put("title", m.get(eligibleOnly ? "html.nom.title" : "html.nom.title.working"));
    root.put("subject", m.get("html.nom.subject", config.campaign().name()));
    DocumentsSpec.DocumentSpec proposal = config.documents().proposal();
    root.put(
        "scope",
        eligibleOnly
            ? m.get("html.nom.scope.eligible", Letterhead.issuer(config, proposal), proposal.to())
            : m.get("html.nom.scope.all"));
    // The full list shows the judgement of each entry; the list proposed to the board holds
    // only eligible ones, so it leaves those columns out.
    root.put("judged", !eligibleOnly);
    root.put("none", m.get("html.none"));

    Map<String, List<Nomination>> byKind =
        byKind(config, NominationReports.listed(s, eligibleOnly));
    List<Object> parts = new ArrayList<>();
    int part = 0;
    for (Map.Entry<String, List<Nomination>> e : byKind.entrySet()) {
      String kind = e.getKey();
      boolean other = kind == null;
      if (other && e.getValue().isEmpty()) {
        continue;
      }
      parts.add(
          part(
              other ? OTHER : kind,
              Templates.roman(++part),
              other ? m.get("html.nom.kind.other") : Templates.choiceName(config, kind),
              other ? List.of() : config.criteria().get(kind),
              e.getValue(),
              !eligibleOnly,
              config,
              m));
    }
    root.put("parts", parts);
    root.put("legend", legend(config, m));
    root.put("counts", counts(s, m, eligibleOnly));
    return root;
  }

  /**
   * The nominations per kind of the criteria, in their order, then (under the null key) those of
   * any other kind or of none recognised.
   */
  private static Map<String, List<Nomination>> byKind(Config config, List<Nomination> listed) {
    Map<String, List<Nomination>> byKind = new LinkedHashMap<>();
    for (String kind : config.criteria().keySet()) {
      byKind.put(kind, new ArrayList<>());
    }
    byKind.put(null, new ArrayList<>());
    for (Nomination n : listed) {
      List<Nomination> of = n.kind() == null ? null : byKind.get(n.kind());
      (of == null ? byKind.get(null) : of).add(n);
    }
    return byKind;
  }

  private static Map<String, Object> part(
      String id,
      String numeral,
      String title,
      List<Criterion> criteria,
      List<Nomination> nominations,
      boolean judged,
      Config config,
      Messages m) {
    // The position column is the individuals' ("required for an individual"): a part has it when
    // one of its entries gives a position, or is refused for lacking one.
    boolean position =
        nominations.stream()
            .anyMatch(
                n ->
                    !blank(n.position())
                        || n.reasons().stream().anyMatch(r -> r.key().equals("reason.position")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("numeral", numeral);
    out.put("title", title);
    out.put("position", position);
    out.put("criteria", criteria.stream().map(Criterion::code).toList());
    out.put("head", head(id, criteria, position, judged, m));
    List<Object> rows = new ArrayList<>();
    int no = 0;
    for (Nomination n : nominations) {
      rows.add(row(n, ++no, criteria, config, m));
    }
    out.put("rows", rows);
    return out;
  }

  /**
   * One header row, or two when the kind has criteria: "Tiêu chí" spans its TC1… columns, the
   * others span both rows. A part of one kind names its column for that kind ("Tên tập thể", "Họ và
   * tên"); the part of other kinds keeps the word for both.
   */
  private static List<Object> head(
      String kind, List<Criterion> criteria, boolean position, boolean judged, Messages m) {
    int rows = criteria.isEmpty() ? 1 : 2;
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();
    first.add(Templates.th(m.get("html.no"), 1, rows));
    first.add(Templates.th(m.get("report.unit"), 1, rows));
    first.add(
        Templates.th(m.getOrDefault("html.nom.name." + kind, m.get("html.nom.name")), 1, rows));
    if (position) {
      first.add(Templates.th(m.get("html.nom.position"), 1, rows));
    }
    first.add(Templates.th(m.get("html.nom.action"), 1, rows));
    if (!criteria.isEmpty()) {
      first.add(Templates.th(m.get("html.nom.criteria"), criteria.size(), 1));
      for (Criterion c : criteria) {
        second.add(Templates.th(c.code(), 1, 1));
      }
    }
    first.add(Templates.th(m.get("html.nom.met"), 1, rows));
    if (judged) {
      first.add(Templates.th(m.get("html.nom.result"), 1, rows));
      first.add(Templates.th(m.get("html.nom.reasons"), 1, rows));
    }
    return criteria.isEmpty() ? List.of(first) : List.of(first, second);
  }

  private static Map<String, Object> row(
      Nomination n, int no, List<Criterion> criteria, Config config, Messages m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", String.valueOf(no));
    row.put("unit", text(n.unit()));
    row.put(
        "unitName", n.unit() == null ? "" : config.unit(n.unit()).map(Unit::name).orElse(n.unit()));
    row.put("name", text(n.name()));
    List<String> refs = new ArrayList<>();
    for (Nomination.Ref r : n.duplicateOf()) {
      refs.add(m.get("html.nom.ref", r.unit(), r.sheet(), String.valueOf(r.row())));
    }
    row.put(
        "duplicate", refs.isEmpty() ? "" : m.get("html.nom.duplicate", String.join("; ", refs)));
    row.put("position", text(n.position()));
    row.put("action", text(n.action()));
    List<String> marks = new ArrayList<>();
    for (Criterion c : criteria) {
      marks.add(Boolean.TRUE.equals(n.criteria().get(c.code())) ? m.get("html.nom.mark") : "");
    }
    row.put("marks", marks);
    row.put(
        "met",
        n.criteriaTotal() == 0
            ? "—"
            : m.get("html.nom.met.value", n.criteriaMet(), n.criteriaTotal()));
    row.put("eligible", n.eligible());
    row.put("result", m.get(n.eligible() ? "html.nom.eligible" : "html.nom.ineligible"));
    row.put("reasons", n.reasons().stream().map(m::reason).toList());
    return row;
  }

  /** The criteria of every kind, code and text as the config words them. */
  private static Map<String, Object> legend(Config config, Messages m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", m.get("html.nom.legend"));
    List<Object> kinds = new ArrayList<>();
    for (Map.Entry<String, List<Criterion>> e : config.criteria().entrySet()) {
      Map<String, Object> kind = new LinkedHashMap<>();
      kind.put("id", e.getKey());
      kind.put("title", Templates.choiceName(config, e.getKey()));
      List<Object> items = new ArrayList<>();
      for (Criterion c : e.getValue()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", c.code());
        item.put("text", text(c.text()));
        items.add(item);
      }
      kind.put("criteria", items);
      kinds.add(kind);
    }
    out.put("kinds", kinds);
    return out;
  }

  /** How many were nominated and how many are eligible, of every kind: the whole list's. */
  private static Map<String, Object> counts(Summary s, Messages m, boolean eligibleOnly) {
    List<Nomination> all = s.nominations();
    long eligible = all.stream().filter(Nomination::eligible).count();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", m.get("html.nom.counts"));
    out.put(
        "total",
        m.get(
            eligibleOnly ? "html.nom.count.listed" : "html.nom.count.total",
            all.size(),
            eligible,
            all.size() - eligible));
    List<String> kinds = new ArrayList<>();
    for (Map.Entry<String, List<Nomination>> e : byKind(s.config(), all).entrySet()) {
      List<Nomination> of = e.getValue();
      if (e.getKey() == null && of.isEmpty()) {
        continue;
      }
      long ok = of.stream().filter(Nomination::eligible).count();
      String name =
          e.getKey() == null
              ? m.get("html.nom.kind.other")
              : Templates.choiceName(s.config(), e.getKey());
      kinds.add(m.get("html.nom.count.kind", name, of.size(), ok, of.size() - ok));
    }
    out.put("kinds", kinds);
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
