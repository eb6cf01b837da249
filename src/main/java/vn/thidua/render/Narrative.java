package vn.thidua.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Choice;
import vn.thidua.model.Figure;
import vn.thidua.model.MeasureSpec;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.UnitSummary;

/**
 * The report's narrative draft, written from the summary's figures: sentences for each campaign
 * part and for the units' reporting, every one a message pattern of the bundles filled with figures
 * that tong-hop.json holds. A part whose config gives it sentences ({@code summary.sentences}, the
 * default config's roads, actions, members and nominations) is said with them; any other part as
 * its figures with their labels.
 */
final class Narrative {
  /** A numbered part of the narrative: its title and its sentences. */
  record Part(String title, List<String> sentences) {}

  private final Summary s;
  private final Messages m;

  private Narrative(Summary s, Messages m) {
    this.s = s;
    this.m = m;
  }

  /** One part per table the summary holds, in config order. */
  static List<Part> results(Summary s, Messages m) {
    Narrative n = new Narrative(s, m);
    List<Part> parts = new ArrayList<>();
    for (TableSpec t : s.config().tables()) {
      if (t.summary() != null) {
        String title = t.title() == null ? t.name() : t.title();
        parts.add(new Part(title, n.sentences(t, s.totals().get(t.summary().name()))));
      }
    }
    return parts;
  }

  /** The units in time, and every unit late, undated, missing or invalid, by name. */
  static List<String> timeliness(Summary s, Messages m) {
    List<String> out = new ArrayList<>();
    out.add(m.get("docx.timeliness.ok", s.byStatus().get(UnitStatus.OK).size(), s.units().size()));
    for (UnitStatus st : UnitStatus.listed()) {
      List<String> names = new ArrayList<>();
      for (UnitSummary u : s.units()) {
        if (u.status() == st) {
          names.add(
              st == UnitStatus.LATE
                  ? m.get("docx.timeliness.late.unit", u.unit().name(), u.firstReportDate())
                  : u.unit().name());
        }
      }
      if (!names.isEmpty()) {
        out.add(
            st == UnitStatus.LATE
                ? m.get(
                    "docx.timeliness.late",
                    s.config().campaign().nominationDeadline(),
                    Messages.whole(join(names, ", ")))
                : m.get("docx.timeliness." + st.id(), Messages.whole(join(names, ", "))));
      }
    }
    return out;
  }

  private List<String> sentences(TableSpec t, Figure.Group f) {
    if (!m.has("docx." + t.summary().name() + ".result")) {
      return generic(t, f);
    }
    List<String> out =
        switch (t.summary().name()) {
          case "roads" -> roads(f);
          case "actions" -> actions(t, f);
          case "members" -> members(f);
          case "nominations" -> nominations(f);
          default -> null;
        };
    return out != null ? out : generic(t, f);
  }

  /** The road sentences, or null when the config's road figures are not the default's. */
  private List<String> roads(Figure.Group f) {
    Figure.Group funds = f.group("funds");
    if (!has(f, "reported", "meeting_standard", "target", "units_meeting_target", "length_m")
        || !has(f, "lighting", "cameras")
        || !has(funds, "union", "people", "other")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(
        m.get(
            "docx.roads.result",
            f.value("reported"),
            f.value("meeting_standard"),
            f.value("target"),
            m.get(f.yes("target_met") ? "docx.met" : "docx.notmet"),
            f.value("units_meeting_target"),
            s.units().size()));
    out.add(
        m.get("docx.roads.detail", f.value("length_m"), f.value("lighting"), f.value("cameras")));
    out.add(
        m.get(
            "docx.roads.funds", funds.value("union"), funds.value("people"), funds.value("other")));
    List<String> below = new ArrayList<>();
    for (UnitSummary u : s.units()) {
      Figure.Group r = u.tables().get("roads");
      if (r.yes("target_met")) {
        continue;
      }
      below.add(
          u.status().counted()
              ? m.get(
                  "docx.roads.below.unit",
                  u.unit().name(),
                  r.value("meeting_standard"),
                  r.value("target"))
              : m.get("docx.roads.below." + u.status().id(), u.unit().name()));
    }
    out.add(
        below.isEmpty()
            ? m.get("docx.roads.below.none")
            : m.get("docx.roads.below", below.size(), Messages.whole(join(below, "; "))));
    return out;
  }

  private List<String> actions(TableSpec t, Figure.Group f) {
    if (!has(f, "count", "beneficiaries", "value", "by_level", "by_type")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(
        m.get("docx.actions.result", f.value("count"), f.value("beneficiaries"), f.value("value")));
    out.add(m.get("docx.actions.levels", counts(t, "by_level", f)));
    out.add(m.get("docx.actions.types", counts(t, "by_type", f)));
    return out;
  }

  /** "Huyện: 22; Cơ sở: 22", in the order of the config's choices, leaving out zeros. */
  private Messages.Whole counts(TableSpec t, String measure, Figure.Group f) {
    Map<String, Long> byName = f.countBy(measure).counts();
    MeasureSpec ms =
        t.summary().measures().stream()
            .filter(x -> x.name().equals(measure))
            .findFirst()
            .orElseThrow();
    String list = t.column(ms.column()).orElseThrow().choices();
    List<String> items = new ArrayList<>();
    long counted = 0;
    for (Choice c : s.config().choiceList(list)) {
      if (byName.get(c.name()) != null) {
        items.add(m.get("docx.count.item", c.name(), byName.get(c.name())));
        counted += byName.get(c.name());
      }
    }
    // Rows whose value is blank or not one of the choices are counted in the total but under no
    // choice: said, so the parts add up to the total the sentence before gave.
    Number total = f.at("count") == null ? null : f.at("count").number();
    if (total != null && total.longValue() > counted) {
      items.add(m.get("docx.count.unstated", total.longValue() - counted));
    }
    return Messages.whole(items.isEmpty() ? m.get("docx.none") : join(items, "; "));
  }

  private List<String> members(Figure.Group f) {
    if (!has(f, "total", "registered", "completed", "below_target")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (f.value("rate") != null && f.value("completion_rate") != null) {
      out.add(
          m.get(
              "docx.members.result",
              f.value("registered"),
              f.value("total"),
              f.value("rate"),
              f.value("completed"),
              f.value("completion_rate")));
    }
    // The grassroots unions below target, grouped under their unit, units in config order.
    Map<String, List<String>> byUnit = new LinkedHashMap<>();
    List<Figure.UnitName> below = f.unitNames("below_target");
    for (Figure.UnitName e : below) {
      String unit = s.config().unit(e.unit()).map(Unit::name).orElse("");
      byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(e.name());
    }
    List<String> groups = new ArrayList<>();
    byUnit.forEach(
        (unit, names) ->
            groups.add(m.get("docx.members.below.unit", unit, Messages.whole(join(names, ", ")))));
    out.add(
        groups.isEmpty()
            ? m.get("docx.members.below.none")
            : m.get("docx.members.below", below.size(), Messages.whole(join(groups, "; "))));
    return out;
  }

  private List<String> nominations(Figure.Group f) {
    if (!has(f, "collective", "individual", "eligible")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(
        m.get(
            "docx.nominations.result",
            f.value("collective"),
            f.value("individual"),
            f.value("eligible")));
    if (!s.duplicates().isEmpty()) {
      out.add(m.get("docx.nominations.duplicates", s.duplicates().size()));
    }
    return out;
  }

  /** Any other part: its figures with their labels, as the tables of figures have them. */
  private List<String> generic(TableSpec t, Figure.Group f) {
    List<String> items = new ArrayList<>();
    for (Figures.Section sec : Figures.of(s, m)) {
      if (sec.table() == t) {
        for (int i = 0; i < sec.columns().size(); i++) {
          Figures.Column c = sec.columns().get(i);
          items.add(
              m.get("docx.figure.item", c.label(), m.figure(sec.totals().values().get(i), c)));
        }
      }
    }
    return List.of(m.get("docx.figures", Messages.whole(join(items, "; "))));
  }

  private static boolean has(Figure.Group f, String... keys) {
    for (String k : keys) {
      if (!f.has(k)) {
        return false;
      }
    }
    return true;
  }

  /** Names the tool listed itself, joined; never a sentence (those are the bundles'). */
  private static String join(List<String> items, String separator) {
    return String.join(separator, items);
  }
}
