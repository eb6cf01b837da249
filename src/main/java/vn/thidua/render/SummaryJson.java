package vn.thidua.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Duplicate;
import vn.thidua.model.PossibleDuplicates;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Summary;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.UnitSummary;

/** tong-hop.json: the figures, in the shape of spec/cli.md (a stable machine interface). */
public final class SummaryJson {
  private SummaryJson() {}

  public static String render(Summary s, Messages m) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> campaign = new LinkedHashMap<>();
    campaign.put("code", s.config().campaign().code());
    campaign.put("name", s.config().campaign().name());
    root.put("campaign", campaign);
    List<Object> units = new ArrayList<>();
    for (UnitSummary u : s.units()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("code", u.unit().code());
      o.put("name", u.unit().name());
      o.put("status", u.status().id());
      o.put("file", u.file());
      o.put("report_date", date(u.reportDate()));
      o.put("superseded", u.superseded());
      o.put("first_report_date", date(u.firstReportDate()));
      o.putAll(u.tables());
      o.put("errors", u.errors());
      o.put("warnings", u.warnings());
      units.add(o);
    }
    root.put("units", units);
    Map<String, Object> totals = new LinkedHashMap<>(s.totals());
    totals.put("errors", s.errors());
    totals.put("warnings", s.warnings());
    Map<String, Object> byStatus = new LinkedHashMap<>();
    for (UnitStatus st : UnitStatus.values()) {
      byStatus.put(st.id(), s.byStatus().get(st));
    }
    totals.put("units", byStatus);
    root.put("totals", totals);
    List<Object> duplicates = new ArrayList<>();
    for (List<Duplicate> group : s.duplicates()) {
      List<Object> g = new ArrayList<>();
      for (Duplicate d : group) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("table", d.table());
        o.put("unit", d.unit());
        o.put("sheet", d.sheet());
        o.put("row", d.row());
        o.put("name", d.name());
        o.put("kind", d.kind());
        g.add(o);
      }
      duplicates.add(g);
    }
    root.put("duplicates", duplicates);
    for (PossibleDuplicates p : s.possibleDuplicates()) {
      List<Object> groups = new ArrayList<>();
      for (List<PossibleDuplicates.Entry> group : p.groups()) {
        List<Object> g = new ArrayList<>();
        for (PossibleDuplicates.Entry e : group) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("unit", e.unit());
          o.put("sheet", e.sheet());
          o.put("row", e.row());
          o.put("name", e.name());
          // Each place under its column's key ("commune", "hamlet"), as written.
          o.putAll(e.places());
          g.add(o);
        }
        groups.add(g);
      }
      root.put(p.key(), groups);
    }
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("read", s.rows().read());
    rows.put("used", s.rows().used());
    rows.put("rejected", s.rows().rejected());
    root.put("rows", rows);
    List<Object> files = new ArrayList<>();
    for (SourceFile f : s.sources()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("path", f.file());
      o.put("unit", f.unit());
      o.put("outcome", f.outcome().id());
      o.put(
          "reason",
          f.reason() == null ? null : m.get(f.reason().key(), f.reason().args().toArray()));
      files.add(o);
    }
    root.put("files", files);
    return Json.write(root);
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? null : d.toString();
  }
}
