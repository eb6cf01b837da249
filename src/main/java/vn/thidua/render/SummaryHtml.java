package vn.thidua.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.Duplicate;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Summary;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.UnitSummary;

/**
 * tong-hop.html: the province report as a print-ready A4 document, laid out by the FreeMarker
 * templates of {@code templates/} (built in under {@code thidua/templates/}).
 */
public final class SummaryHtml {
  /**
   * The report's template; {@code --templates DIR} may hold its own copy, or of what it imports.
   */
  public static final String TEMPLATE = "tong-hop.html.ftl";

  private SummaryHtml() {}

  /**
   * @param templates a folder whose templates win over the built-in ones, or null
   * @throws TemplateError when a template is broken
   */
  public static String render(Summary s, Messages m, Path templates) {
    return Templates.render(TEMPLATE, model(s, m), m.locale(), templates);
  }

  /** The template model: plain maps, lists and strings, every text localized and formatted. */
  static Map<String, Object> model(Summary s, Messages m) {
    CampaignInfo c = s.config().campaign();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("doc", Letterhead.report(s.config(), s.asOf(), m));
    root.put("title", m.get("html.title"));
    root.put("subject", m.get("html.subject", c.name()));
    long counted = s.units().stream().filter(u -> u.status().counted()).count();
    root.put(
        "intro",
        m.get(
            "html.intro",
            c.guidance(),
            c.issuer(),
            c.name(),
            counted,
            s.units().size(),
            s.asOf(),
            Letterhead.issuer(s.config())));
    int part = 0;
    List<Object> sections = new ArrayList<>();
    for (Figures.Section sec : Figures.of(s, m)) {
      sections.add(section(sec, s, m, Templates.roman(++part)));
    }
    root.put("sections", sections);
    root.put("timeliness", timeliness(s, m, Templates.roman(++part)));
    if (!s.duplicates().isEmpty()) {
      root.put("duplicates", duplicates(s, m, Templates.roman(++part)));
    }
    List<Object> places = new ArrayList<>();
    for (PlaceGroups.Section p : PlaceGroups.of(s, m)) {
      places.add(places(p, m, Templates.roman(++part)));
    }
    root.put("places", places);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("numeral", Templates.roman(++part));
    data.put("title", m.get("html.data"));
    long used = s.sources().stream().filter(SourceFile::used).count();
    data.put(
        "lines",
        List.of(
            m.get("html.files", s.sources().size(), used),
            m.get("html.rows", s.rows().read(), s.rows().used(), s.rows().rejected()),
            m.get("html.findings", s.errors(), s.warnings())));
    root.put("data", data);
    return root;
  }

  private static Map<String, Object> section(
      Figures.Section sec, Summary s, Messages m, String numeral) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", sec.table().key());
    out.put("numeral", numeral);
    out.put("title", sec.title());
    out.put("head", head(sec, m));
    List<Object> units = new ArrayList<>();
    int no = 0;
    for (Figures.Line l : sec.units()) {
      UnitSummary u = l.unit();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", String.valueOf(++no));
      row.put("code", u.unit().code());
      row.put("name", u.unit().name());
      row.put("status", u.status().id());
      row.put("statusText", m.get("status." + u.status().id()));
      row.put("cells", cells(sec, l, m));
      units.add(row);
    }
    out.put("units", units);
    Map<String, Object> total = new LinkedHashMap<>();
    total.put("label", m.get("report.total"));
    total.put("cells", cells(sec, sec.totals(), m));
    out.put("total", total);
    Map<String, Object> chart = chart(sec, m);
    if (chart != null) {
      out.put("chart", chart);
    }
    return out;
  }

  /**
   * One header row, or two when figures share a group heading ("Kinh phí" over Hội, Nhân dân, Nguồn
   * khác): the group spans its columns, the others span both rows.
   */
  private static List<Object> head(Figures.Section sec, Messages m) {
    boolean grouped = sec.columns().stream().anyMatch(c -> c.group() != null);
    int rows = grouped ? 2 : 1;
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();
    first.add(Templates.th(m.get("html.no"), 1, rows));
    first.add(Templates.th(m.get("report.unit"), 1, rows));
    first.add(Templates.th(m.get("report.status"), 1, rows));
    List<Figures.Column> cols = sec.columns();
    for (int i = 0; i < cols.size(); ) {
      Figures.Column c = cols.get(i);
      if (c.group() == null) {
        first.add(Templates.th(c.label(), 1, rows));
        i++;
        continue;
      }
      int j = i;
      while (j < cols.size() && c.group().equals(cols.get(j).group())) {
        second.add(Templates.th(cols.get(j).label(), 1, 1));
        j++;
      }
      first.add(Templates.th(c.group(), j - i, 1));
      i = j;
    }
    return grouped ? List.of(first, second) : List.of(first);
  }

  private static List<Object> cells(Figures.Section sec, Figures.Line line, Messages m) {
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < sec.columns().size(); i++) {
      Figures.Column c = sec.columns().get(i);
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("key", c.key());
      cell.put("numeric", c.numeric());
      cell.put("text", m.figure(line.values().get(i), c));
      cells.add(cell);
    }
    return cells;
  }

  /** Rows meeting the standard against the target, per unit, for a table that has a target. */
  private static Map<String, Object> chart(Figures.Section sec, Messages m) {
    if (sec.table().target() == null) {
      return null;
    }
    List<MeasureSpec> measures = sec.table().summary().measures();
    List<String> root = List.of(sec.table().summary().name());
    int value = column(sec, path(measures, MeasureKind.MEETING, root));
    int target = column(sec, path(measures, MeasureKind.TARGET, root));
    if (value < 0 || target < 0) {
      return null;
    }
    List<BarChart.Item> items = new ArrayList<>();
    for (Figures.Line l : sec.units()) {
      items.add(
          new BarChart.Item(
              l.unit().unit().code(),
              l.unit().unit().name(),
              l.figures().get(value).number(),
              l.figures().get(target).number()));
    }
    String valueLabel = sec.columns().get(value).label();
    String targetLabel = sec.columns().get(target).label();
    return BarChart.of(
        "chart-" + sec.table().key(),
        m.get("html.chart.title", sec.table().name(), valueLabel, m.inSentence(targetLabel)),
        valueLabel,
        targetLabel,
        items,
        m);
  }

  /** The summary path of the first measure of a kind, looking inside groups; null if none. */
  private static List<String> path(
      List<MeasureSpec> measures, MeasureKind of, List<String> prefix) {
    for (MeasureSpec ms : measures) {
      List<String> p = new ArrayList<>(prefix);
      p.add(ms.name());
      if (ms.of() == of) {
        return p;
      }
      List<String> inner = ms.group() ? path(ms.measures(), of, p) : null;
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static int column(Figures.Section sec, List<String> path) {
    for (int i = 0; path != null && i < sec.columns().size(); i++) {
      if (sec.columns().get(i).path().equals(path)) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, Object> timeliness(Summary s, Messages m, String numeral) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("numeral", numeral);
    out.put("title", m.get("report.timeliness"));
    out.put("none", m.get("html.none"));
    List<Object> groups = new ArrayList<>();
    for (UnitStatus st : UnitStatus.listed()) {
      List<Object> items = new ArrayList<>();
      for (UnitSummary u : s.units()) {
        if (u.status() == st) {
          items.add(item(u.unit().name(), detail(u, m)));
        }
      }
      groups.add(
          group(
              st.id(),
              m.get("html." + st.id(), s.config().campaign().nominationDeadline()),
              items));
    }
    // The files that did not make a unit's figures, each with what was done with it and why.
    for (SourceFile.Outcome o :
        List.of(
            SourceFile.Outcome.UNREADABLE,
            SourceFile.Outcome.NO_UNIT,
            SourceFile.Outcome.SUPERSEDED,
            SourceFile.Outcome.SKIPPED)) {
      List<Object> items = new ArrayList<>();
      for (SourceFile f : s.sources()) {
        if (f.outcome() == o) {
          items.add(item(f.file(), m.get(f.reason().key(), f.reason().args().toArray())));
        }
      }
      // Said even when empty for unreadable files, as for the units; the rest only when there are.
      if (!items.isEmpty() || o == SourceFile.Outcome.UNREADABLE) {
        groups.add(group(o.id().replace('_', '-'), m.get("html.files." + o.id()), items));
      }
    }
    out.put("groups", groups);
    return out;
  }

  /** "tệp viet-yen.xlsx, ngày báo cáo 23/09/2020", as far as the files tell. */
  private static String detail(UnitSummary u, Messages m) {
    if (u.files().isEmpty()) {
      return "";
    }
    String files = String.join(", ", u.files());
    if (u.reportDate() == null) {
      return m.get("html.unit.file", files);
    }
    // Timeliness is judged by the earliest version: say so when the one used is later.
    return u.firstReportDate() != null && !u.firstReportDate().equals(u.reportDate())
        ? m.get("html.unit.first", files, u.reportDate(), u.firstReportDate())
        : m.get("html.unit.dated", files, u.reportDate());
  }

  private static Map<String, Object> group(String id, String title, List<Object> items) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("id", id);
    g.put("title", title);
    g.put("items", items);
    return g;
  }

  private static Map<String, Object> item(String name, String detail) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("name", name);
    i.put("detail", detail);
    return i;
  }

  private static Map<String, Object> duplicates(Summary s, Messages m, String numeral) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("numeral", numeral);
    out.put("title", m.get("report.duplicates"));
    out.put(
        "head",
        List.of(
            m.get("html.no"),
            m.get("html.dup.name"),
            m.get("html.dup.kind"),
            m.get("html.dup.entries")));
    List<Object> rows = new ArrayList<>();
    int no = 0;
    for (List<Duplicate> group : s.duplicates()) {
      Duplicate first = group.get(0);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", String.valueOf(++no));
      row.put("name", first.name());
      row.put("kind", Templates.choiceName(s.config(), first.kind()));
      List<String> entries = new ArrayList<>();
      for (Duplicate d : group) {
        String unit = s.config().unit(d.unit()).map(u -> u.name()).orElse(d.unit());
        entries.add(m.get("html.dup.entry", unit, d.sheet(), String.valueOf(d.row())));
      }
      row.put("entries", entries);
      rows.add(row);
    }
    out.put("rows", rows);
    return out;
  }

  /** One table's possible duplicates: a line per row, the group's number spanning its rows. */
  private static Map<String, Object> places(PlaceGroups.Section p, Messages m, String numeral) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("numeral", numeral);
    out.put("title", p.title());
    out.put("note", p.note());
    List<String> head = new ArrayList<>();
    head.add(m.get("report.places.group"));
    head.addAll(p.heads());
    out.put("head", head);
    List<Object> groups = new ArrayList<>();
    int no = 0;
    for (List<PlaceGroups.Line> lines : p.groups()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("no", String.valueOf(++no));
      List<Object> entries = new ArrayList<>();
      for (PlaceGroups.Line l : lines) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", l.code());
        e.put("unit", l.unit());
        e.put("at", l.at());
        e.put("name", l.name());
        e.put("places", l.places());
        entries.add(e);
      }
      g.put("entries", entries);
      groups.add(g);
    }
    out.put("groups", groups);
    return out;
  }
}
