package vn.thidua.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.Config;
import vn.thidua.model.Figure;
import vn.thidua.model.Finding;
import vn.thidua.model.ListedRow;
import vn.thidua.model.Nomination;
import vn.thidua.model.Severity;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.UnitSummary;

/**
 * Makes the province summary from what the inbox holds: a pure function, no I/O.
 *
 * <p>Each unit's figures come from the version of its report the inbox chose (its {@link
 * Intake.UnitFiles}). A unit with no workbook is missing; with none that could be read, invalid;
 * with no plausible report date in any version, undated; with its earliest report date after the
 * nomination deadline, late; else ok (campaign.md section 5). Late and undated units count in every
 * total, but their nominations are not eligible. Rows of the versions set aside and of files whose
 * unit cannot be told are counted as rejected.
 */
public final class Consolidation {
  private Consolidation() {}

  public static Summary consolidate(Config config, Intake intake, LocalDate asOf) {
    Measures measures = new Measures(config);
    List<Finding> province = new ArrayList<>(intake.findings());
    LocalDate deadline = config.campaign().nominationDeadline();
    // First who counts for which unit, then the listed rows and the nominations, then figures.
    Map<String, UnitStatus> statusOf = new HashMap<>();
    Set<FileResult> used = new HashSet<>();
    Map<String, Nomination.Reason> untimely = new HashMap<>();
    for (Unit unit : config.units()) {
      Intake.UnitFiles versions = intake.units().get(unit.code());
      UnitStatus status;
      if (versions == null) {
        status = UnitStatus.MISSING;
      } else if (versions.used() == null) {
        status = UnitStatus.INVALID;
      } else {
        used.add(versions.used());
        if (versions.firstReportDate() == null) {
          status = UnitStatus.UNDATED;
          untimely.put(unit.code(), new Nomination.Reason("reason.undated", List.of()));
        } else if (versions.firstReportDate().isAfter(deadline)) {
          status = UnitStatus.LATE;
          untimely.put(unit.code(), new Nomination.Reason("reason.late", List.of(deadline)));
        } else {
          status = UnitStatus.OK;
        }
      }
      statusOf.put(unit.code(), status);
    }
    Map<String, List<ListedRow>> listed = listed(config, intake, used);
    List<Nomination> nominations =
        config.nomination() == null
            ? List.of()
            : Nominations.judge(config, listed.get(config.nomination().table()), untimely);
    Map<String, Long> eligible = new HashMap<>();
    nominations.stream()
        .filter(Nomination::eligible)
        .forEach(n -> eligible.merge(n.unit(), 1L, Long::sum));

    // A unit in time carries no late warning, even when the version used is dated after the
    // deadline: timeliness is judged once per unit, from its earliest version.
    Set<String> lateRules = Timeliness.rules(config);
    Map<String, List<Finding>> findingsOf = new HashMap<>();
    for (FileResult f : intake.read()) {
      UnitStatus status = f.claimedUnit() == null ? null : statusOf.get(f.claimedUnit());
      List<Finding> kept =
          f.result().findings().stream()
              .filter(x -> status == UnitStatus.LATE || !lateRules.contains(x.rule()))
              .toList();
      findingsOf.put(f.name(), kept);
    }

    List<UnitSummary> units = new ArrayList<>();
    Map<UnitStatus, List<String>> byStatus = new EnumMap<>(UnitStatus.class);
    for (UnitStatus s : UnitStatus.values()) {
      byStatus.put(s, new ArrayList<>());
    }
    Map<String, List<Figure.Group>> perTable = new LinkedHashMap<>();
    for (Unit unit : config.units()) {
      Intake.UnitFiles versions = intake.units().get(unit.code());
      FileResult chosen = versions == null ? null : versions.used();
      UnitStatus status = statusOf.get(unit.code());
      boolean counts = chosen != null;
      Map<String, Figure.Group> tables = new LinkedHashMap<>();
      for (TableSpec t : config.tables()) {
        if (t.summary() == null) {
          continue;
        }
        TableTally tally = counts ? chosen.tally().table(t.key()) : null;
        Figure.Group figures =
            measures.unit(
                t,
                tally,
                unit,
                untimely.containsKey(unit.code()),
                eligible.getOrDefault(unit.code(), 0L));
        tables.put(t.summary().name(), figures);
        perTable.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(figures);
      }
      List<Finding> own = chosen == null ? List.of() : findingsOf.get(chosen.name());
      List<String> files = new ArrayList<>();
      List<String> superseded = new ArrayList<>();
      if (versions != null) {
        if (chosen != null) {
          files.add(chosen.name());
        }
        versions.superseded().forEach(f -> superseded.add(f.name()));
        files.addAll(superseded);
        versions.unreadable().forEach(f -> files.add(f.name()));
      }
      units.add(
          new UnitSummary(
              unit,
              status,
              chosen == null ? null : chosen.name(),
              files,
              chosen == null ? null : chosen.result().reportDate(),
              versions == null ? null : versions.firstReportDate(),
              superseded,
              tables,
              own.stream().filter(x -> x.severity() == Severity.ERROR).count(),
              own.stream().filter(x -> x.severity() == Severity.WARNING).count()));
      byStatus.get(status).add(unit.code());
    }

    Map<String, Figure.Group> totals = new LinkedHashMap<>();
    for (TableSpec t : config.tables()) {
      if (t.summary() != null) {
        totals.put(
            t.summary().name(),
            measures.total(
                t, perTable.get(t.key()), config.units().stream().map(Unit::code).toList()));
      }
    }
    Duplicates.Found duplicates = Duplicates.find(config, listed, province);

    long read = intake.read().stream().mapToLong(f -> f.tally().rows()).sum();
    long usedRows = used.stream().mapToLong(f -> f.tally().rows()).sum();
    List<Finding> findings = new ArrayList<>();
    intake.read().forEach(f -> findings.addAll(findingsOf.get(f.name())));
    // An unreadable file's one finding says why; a skipped file's findings are not the province's.
    intake.unreadable().forEach(f -> findings.addAll(f.result().findings()));
    Collections.sort(province);
    findings.addAll(province);
    return new Summary(
        config,
        asOf,
        units,
        totals,
        units.stream().mapToLong(UnitSummary::errors).sum(),
        units.stream().mapToLong(UnitSummary::warnings).sum(),
        byStatus,
        duplicates.entries(),
        new Summary.RowCounts(read, usedRows, read - usedRows),
        intake.files(),
        findings,
        listed,
        nominations,
        duplicates.places());
  }

  /** Listed rows of the workbooks used, units in config order, each tagged with its unit. */
  private static Map<String, List<ListedRow>> listed(
      Config config, Intake intake, Set<FileResult> used) {
    Map<String, List<ListedRow>> out = new LinkedHashMap<>();
    for (TableSpec t : config.tables()) {
      if (t.summary() == null || !t.summary().list()) {
        continue;
      }
      List<ListedRow> rows = new ArrayList<>();
      for (Unit u : config.units()) {
        Intake.UnitFiles versions = intake.units().get(u.code());
        FileResult f = versions == null ? null : versions.used();
        if (f == null || !used.contains(f)) {
          continue;
        }
        for (ListedRow r : f.tally().table(t.key()).listed) {
          rows.add(
              new ListedRow(
                  u.code(),
                  f.name(),
                  r.table(),
                  r.sheet(),
                  r.row(),
                  r.values(),
                  r.cells(),
                  r.data(),
                  r.meets(),
                  r.findings()));
        }
      }
      out.put(t.key(), rows);
    }
    return out;
  }
}
