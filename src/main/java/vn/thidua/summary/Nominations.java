package vn.thidua.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.Finding;
import vn.thidua.model.ListedRow;
import vn.thidua.model.Nomination;
import vn.thidua.model.NominationSpec;
import vn.thidua.model.Rule;
import vn.thidua.model.Severity;
import vn.thidua.model.Unit;

/**
 * Judges the nominations for commendation (campaign.md section 4): a nomination is eligible when
 * nothing speaks against it, and every reason against it is given — each criterion of its kind not
 * marked, no action described, no position for an individual, the unit's report late or undated, an
 * unknown kind, any other error on its row, or more nominations of its kind than the unit's quota
 * (counted in sheet order). The same collective or person nominated twice, in one unit or two, is
 * flagged on every entry, never a reason.
 */
public final class Nominations {
  private Nominations() {}

  /**
   * @param rows the listed rows of the nomination table, units in config order
   * @param untimely per unit whose report is not shown to be in time (late, undated), the reason
   *     its nominations get
   */
  public static List<Nomination> judge(
      Config config, List<ListedRow> rows, Map<String, Nomination.Reason> untimely) {
    NominationSpec spec = config.nomination();
    if (spec == null || rows == null) {
      return List.of();
    }
    Map<String, String> kindNames = config.kindNames();
    Map<String, Integer> seenOfKind = new HashMap<>();
    // The same key as the duplicates of the summary, so duplicate_of names its group's others.
    List<String> same = List.of(spec.kind(), spec.name());
    Map<String, List<ListedRow>> byName = new LinkedHashMap<>();
    for (ListedRow r : rows) {
      String key = Duplicates.key(r, same);
      if (key != null) {
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    List<Nomination> out = new ArrayList<>();
    for (ListedRow r : rows) {
      Object kindValue = r.data().get(spec.kind());
      String kind = kindValue == null ? null : kindValue.toString();
      List<Nomination.Reason> reasons = new ArrayList<>();
      for (Finding f : r.findings()) {
        if (f.severity() == Severity.ERROR) {
          reasons.add(reason(spec, f));
        }
      }
      if (untimely.containsKey(r.unit())) {
        reasons.add(untimely.get(r.unit()));
      }
      if (kind != null) {
        int n = seenOfKind.merge(r.unit() + "\u0000" + kind, 1, Integer::sum);
        Integer quota = quota(config, spec, r.unit(), kind);
        if (quota != null && n > quota) {
          reasons.add(
              new Nomination.Reason(
                  "reason.quota", List.of(quota, kindNames.getOrDefault(kind, kind))));
        }
      }
      Map<String, Boolean> criteria = new LinkedHashMap<>();
      if (kind != null) {
        for (Criterion c : config.criteria().getOrDefault(kind, List.of())) {
          criteria.put(c.code(), Boolean.TRUE.equals(r.data().get(c.column())));
        }
      }
      List<Nomination.Ref> duplicateOf = new ArrayList<>();
      String key = Duplicates.key(r, same);
      for (ListedRow o : key == null ? List.<ListedRow>of() : byName.get(key)) {
        if (o != r) {
          duplicateOf.add(new Nomination.Ref(o.unit(), o.sheet(), o.row()));
        }
      }
      out.add(
          new Nomination(
              r.unit(),
              kind,
              kind == null ? r.values().get(spec.kind()) : kindNames.getOrDefault(kind, kind),
              r.values().get(spec.name()),
              r.values().get(spec.position()),
              r.values().get(spec.action()),
              criteria,
              reasons.isEmpty(),
              reasons,
              duplicateOf,
              r.file(),
              r.sheet(),
              r.row(),
              r.cells()));
    }
    // Collectives, then individuals (the criteria's order), then unknown kinds; stable otherwise.
    List<String> kinds = new ArrayList<>(config.criteria().keySet());
    out.sort(
        Comparator.comparingInt(
            n ->
                n.kind() == null || !kinds.contains(n.kind())
                    ? kinds.size()
                    : kinds.indexOf(n.kind())));
    return out;
  }

  private static Integer quota(Config config, NominationSpec spec, String unitCode, String kind) {
    String key = spec.quotas().get(kind);
    Unit unit = unitCode == null ? null : config.unit(unitCode).orElse(null);
    return key == null || unit == null ? null : unit.quotas().get(key);
  }

  /** A reason in the nomination list's words; other errors keep their own message. */
  private static Nomination.Reason reason(NominationSpec spec, Finding f) {
    String column = f.column() == null ? "" : f.column();
    if (f.rule().equals(spec.criteriaRule())) {
      return new Nomination.Reason(
          "reason.criterion", List.of(f.args().size() > 2 ? f.args().get(2) : column));
    }
    if (column.equals(spec.kind())) {
      return new Nomination.Reason("reason.kind", java.util.Arrays.asList(f.value()));
    }
    if (column.equals(spec.action()) && f.rule().equals(Rule.VALUE_REQUIRED.id())) {
      return new Nomination.Reason("reason.action", List.of());
    }
    if (column.equals(spec.position())) {
      return new Nomination.Reason("reason.position", List.of());
    }
    if (column.equals(spec.name()) && f.rule().equals(Rule.VALUE_REQUIRED.id())) {
      return new Nomination.Reason("reason.name", List.of());
    }
    return new Nomination.Reason(f.rule(), f.args());
  }
}
