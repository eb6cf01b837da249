package vn.thidua.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.ListedRow;
import vn.thidua.model.Nomination;
import vn.thidua.model.Severity;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Summary;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.UnitStatus;
import vn.thidua.model.UnitSummary;

/**
 * Makes the province summary from what each workbook gave: a pure function, no I/O.
 *
 * <p>Each workbook counts for the unit it claims. A unit with no workbook is missing; with two or
 * more it is invalid and none of their rows is used (with {@code latest}, the one with the newest
 * report date is used instead and the others are set aside); with one that could not be read it is
 * invalid; else it is late (report date after the deadline) or ok. Late units count in every total.
 * Rows of workbooks not used are counted as rejected, each with a finding.
 */
public final class Consolidation {
  private Consolidation() {}

  public static Summary consolidate(
      Config config, List<FileResult> files, boolean latest, LocalDate asOf) {
    Measures measures = new Measures(config);
    List<Finding> province = new ArrayList<>();
    Map<String, List<FileResult>> byUnit = new LinkedHashMap<>();
    for (FileResult f : files) {
      if (f.claimedUnit() != null) {
        byUnit.computeIfAbsent(f.claimedUnit(), k -> new ArrayList<>()).add(f);
      } else if (f.result().readable()) {
        province.add(fileFinding(f, Severity.ERROR, "consolidate.unit.unknown", f.name()));
      }
    }
    // First who counts for which unit, then the listed rows and the nominations, then figures.
    Map<String, FileResult> chosenFor = new HashMap<>();
    Map<String, UnitStatus> statusOf = new HashMap<>();
    Set<FileResult> used = new HashSet<>();
    for (Unit unit : config.units()) {
      List<FileResult> claims = byUnit.getOrDefault(unit.code(), List.of());
      FileResult chosen = choose(unit, claims, latest, province);
      UnitStatus status;
      if (claims.isEmpty()) {
        status = UnitStatus.MISSING;
      } else if (chosen == null || !chosen.result().readable()) {
        status = UnitStatus.INVALID;
      } else {
        status = chosen.result().late() ? UnitStatus.LATE : UnitStatus.OK;
        used.add(chosen);
      }
      chosenFor.put(unit.code(), chosen);
      statusOf.put(unit.code(), status);
    }
    Map<String, List<ListedRow>> listed = listed(config, files, used);
    Set<String> lateUnits = new HashSet<>();
    statusOf.forEach(
        (code, st) -> {
          if (st == UnitStatus.LATE) {
            lateUnits.add(code);
          }
        });
    List<Nomination> nominations =
        config.nomination() == null
            ? List.of()
            : Nominations.judge(config, listed.get(config.nomination().table()), lateUnits);
    Map<String, Long> eligible = new HashMap<>();
    nominations.stream()
        .filter(Nomination::eligible)
        .forEach(n -> eligible.merge(n.unit(), 1L, Long::sum));

    List<UnitSummary> units = new ArrayList<>();
    Map<UnitStatus, List<String>> byStatus = new EnumMap<>(UnitStatus.class);
    for (UnitStatus s : UnitStatus.values()) {
      byStatus.put(s, new ArrayList<>());
    }
    Map<String, List<Map<String, Object>>> perTable = new LinkedHashMap<>();
    for (Unit unit : config.units()) {
      List<FileResult> claims = byUnit.getOrDefault(unit.code(), List.of());
      FileResult chosen = chosenFor.get(unit.code());
      UnitStatus status = statusOf.get(unit.code());
      boolean counts = status == UnitStatus.OK || status == UnitStatus.LATE;
      Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
      for (TableSpec t : config.tables()) {
        if (t.summary() == null) {
          continue;
        }
        TableTally tally = counts ? chosen.tally().table(t.key()) : null;
        Map<String, Object> figures =
            measures.unit(
                t, tally, unit, status == UnitStatus.LATE, eligible.getOrDefault(unit.code(), 0L));
        tables.put(t.summary().name(), figures);
        perTable.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(figures);
      }
      List<FileResult> counted =
          chosen != null && claims.size() > 1 && latest ? List.of(chosen) : claims;
      long errors = counted.stream().mapToLong(f -> f.result().errors()).sum();
      long warnings = counted.stream().mapToLong(f -> f.result().warnings()).sum();
      units.add(
          new UnitSummary(
              unit,
              status,
              chosen == null ? null : chosen.name(),
              claims.stream().map(FileResult::name).toList(),
              chosen == null ? null : chosen.result().reportDate(),
              tables,
              errors,
              warnings));
      byStatus.get(status).add(unit.code());
    }
    for (FileResult f : files) {
      if (f.result().readable()
          && !used.contains(f)
          && f.claimedUnit() != null
          && config.unit(f.claimedUnit()).isEmpty()) {
        province.add(fileFinding(f, Severity.ERROR, "consolidate.unit.unknown", f.name()));
      }
    }

    Map<String, Map<String, Object>> totals = new LinkedHashMap<>();
    for (TableSpec t : config.tables()) {
      if (t.summary() != null) {
        totals.put(t.summary().name(), measures.total(t, perTable.get(t.key())));
      }
    }
    Duplicates.Found duplicates = Duplicates.find(config, listed, province);

    long read =
        files.stream().filter(f -> f.result().readable()).mapToLong(f -> f.tally().rows()).sum();
    long usedRows = used.stream().mapToLong(f -> f.tally().rows()).sum();
    List<SourceFile> sources =
        files.stream()
            .map(
                f ->
                    new SourceFile(
                        f.name(),
                        f.claimedUnit(),
                        f.result().reportDate(),
                        f.sha256(),
                        used.contains(f),
                        f.result().readable(),
                        f.result().errors(),
                        f.result().warnings()))
            .toList();
    List<Finding> findings = new ArrayList<>();
    files.forEach(f -> findings.addAll(f.result().findings()));
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
        sources,
        findings,
        listed,
        nominations,
        duplicates.places());
  }

  /** The workbook a unit's figures come from, or null when two or more claim it. */
  private static FileResult choose(
      Unit unit, List<FileResult> claims, boolean latest, List<Finding> out) {
    if (claims.size() <= 1) {
      return claims.isEmpty() ? null : claims.get(0);
    }
    String names = String.join(", ", claims.stream().map(FileResult::name).toList());
    if (latest) {
      List<FileResult> dated =
          claims.stream()
              .filter(f -> f.result().readable() && f.result().reportDate() != null)
              .sorted(Comparator.comparing((FileResult f) -> f.result().reportDate()).reversed())
              .toList();
      if (!dated.isEmpty()
          && (dated.size() == 1
              || dated.get(0).result().reportDate().isAfter(dated.get(1).result().reportDate()))) {
        FileResult newest = dated.get(0);
        for (FileResult f : claims) {
          if (f != newest) {
            out.add(
                fileFinding(
                    f,
                    Severity.WARNING,
                    "consolidate.unit.superseded",
                    f.name(),
                    unit.name(),
                    newest.name()));
          }
        }
        return newest;
      }
    }
    for (FileResult f : claims) {
      out.add(fileFinding(f, Severity.ERROR, "consolidate.unit.duplicate", unit.name(), names));
    }
    return null;
  }

  private static Finding fileFinding(FileResult f, Severity s, String rule, Object... args) {
    return vn.thidua.read.Locations.file(f.result().file(), s, rule, args);
  }

  /** Listed rows of the workbooks used, units in config order, each tagged with its unit. */
  private static Map<String, List<ListedRow>> listed(
      Config config, List<FileResult> files, Set<FileResult> used) {
    Map<String, List<ListedRow>> out = new LinkedHashMap<>();
    for (TableSpec t : config.tables()) {
      if (t.summary() == null || !t.summary().list()) {
        continue;
      }
      List<ListedRow> rows = new ArrayList<>();
      for (Unit u : config.units()) {
        for (FileResult f : files) {
          if (used.contains(f) && Objects.equals(f.claimedUnit(), u.code())) {
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
        }
      }
      out.put(t.key(), rows);
    }
    return out;
  }
}
