package vn.thidua.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.Mark;
import vn.thidua.model.Phrase;
import vn.thidua.model.Rule;
import vn.thidua.model.SourceFile;
import vn.thidua.model.SourceFile.Outcome;
import vn.thidua.model.Unit;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.Locations;
import vn.thidua.summary.FileResult;
import vn.thidua.summary.Intake;
import vn.thidua.summary.Intake.UnitFiles;

/**
 * Sorts out what a province inbox holds once its files are read (spec/cli.md "The province inbox"):
 * which files are not a unit's report (thidua's own reports and lists, another campaign's files,
 * blank templates, a marked copy unchanged beside its source), and, of the versions of each unit's
 * report, the one whose figures count. A pure function of what was read.
 *
 * <p>The newest version is used: the later plausible report date; on the same date the later saved
 * time (the workbook's own "modified" property); then the later file time; then the path last in
 * name order, so the choice never varies from run to run. A version without a plausible report date
 * ranks below every dated one; an unreadable one is never chosen.
 */
public final class Versions {
  /** Newest first. */
  static final Comparator<FileResult> NEWEST_FIRST =
      Comparator.comparing(
              (FileResult f) -> f.result().reportDate(),
              Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(
              f -> f.result().saved(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(
              FileResult::fileTime, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(FileResult::name)
          .reversed();

  private Versions() {}

  /**
   * @param skipped the files the walk left out without reading
   * @param read every workbook read, in the order found
   */
  public static Intake sort(Config config, List<SourceFile> skipped, List<FileResult> read) {
    List<SourceFile> files = new ArrayList<>(skipped);
    List<Finding> findings = new ArrayList<>();
    List<FileResult> counted = new ArrayList<>();
    List<FileResult> broken = new ArrayList<>();
    Map<String, List<FileResult>> versions = new LinkedHashMap<>();
    Map<String, List<FileResult>> unreadable = new LinkedHashMap<>();
    for (FileResult f : read) {
      WorkbookResult r = f.result();
      if (!r.readable()) {
        Finding why = r.findings().get(0);
        files.add(entry(f, Outcome.UNREADABLE, new Phrase(why.rule(), why.args())));
        broken.add(f);
        if (f.claimedUnit() != null) {
          unreadable.computeIfAbsent(f.claimedUnit(), k -> new ArrayList<>()).add(f);
        }
        continue;
      }
      Phrase skip = skipReason(config, f, read);
      if (skip != null) {
        files.add(entry(f, Outcome.SKIPPED, skip));
      } else if (f.claimedUnit() == null) {
        files.add(
            entry(f, Outcome.NO_UNIT, Phrase.of(Rule.CONSOLIDATE_UNIT_UNKNOWN.id(), f.name())));
        findings.add(fileFinding(f, Rule.CONSOLIDATE_UNIT_UNKNOWN, f.name()));
        counted.add(f);
      } else {
        versions.computeIfAbsent(f.claimedUnit(), k -> new ArrayList<>()).add(f);
        counted.add(f);
      }
    }
    Map<String, UnitFiles> units = new LinkedHashMap<>();
    for (Unit unit : config.units()) {
      List<FileResult> mine = new ArrayList<>(versions.getOrDefault(unit.code(), List.of()));
      List<FileResult> lost = unreadable.getOrDefault(unit.code(), List.of());
      if (mine.isEmpty() && lost.isEmpty()) {
        continue;
      }
      mine.sort(NEWEST_FIRST);
      FileResult used = mine.isEmpty() ? null : mine.get(0);
      List<FileResult> older = mine.isEmpty() ? List.of() : mine.subList(1, mine.size());
      if (used != null) {
        files.add(entry(used, Outcome.USED, null));
      }
      for (FileResult f : older) {
        files.add(
            entry(
                f,
                Outcome.SUPERSEDED,
                Phrase.of("inbox.superseded", used.name(), used.result().reportDate())));
        findings.add(
            fileFinding(
                f,
                Rule.CONSOLIDATE_UNIT_SUPERSEDED,
                f.name(),
                unit.name(),
                used.name(),
                used.result().reportDate()));
      }
      LocalDate first =
          mine.stream()
              .map(f -> f.result().reportDate())
              .filter(Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      units.put(unit.code(), new UnitFiles(used, older, lost, first));
    }
    files.sort(Comparator.comparing(SourceFile::file));
    return new Intake(units, files, findings, counted, broken);
  }

  /**
   * Why a readable workbook is not a unit's report, or null when it is one: another campaign's
   * file, one of thidua's own reports or lists, a blank template (whatever its name or mark: a
   * filled-in template is a report), or a marked copy unchanged beside its source.
   */
  private static Phrase skipReason(Config config, FileResult f, List<FileResult> read) {
    Mark mark = f.result().mark();
    if (mark != null && !mark.campaign().equals(config.campaign().code())) {
      return Phrase.of("skip.campaign", mark.campaign());
    }
    if (mark != null && (mark.kind() == Mark.Kind.REPORT || mark.kind() == Mark.Kind.NOMINATIONS)) {
      return Phrase.of("skip.own.mark");
    }
    if (f.tally().rows() == 0) {
      return Phrase.of("skip.blank");
    }
    if (unchangedCopy(f)) {
      for (FileResult source : read) {
        if (source != f
            && source.result().readable()
            && !unchangedCopy(source)
            && mark.source().equals(source.result().fingerprint())) {
          return Phrase.of("skip.copy", source.name());
        }
      }
    }
    return null;
  }

  /** A marked copy whose data are still those of the workbook it was made from. */
  private static boolean unchangedCopy(FileResult f) {
    Mark mark = f.result().mark();
    return mark != null
        && mark.kind() == Mark.Kind.ANNOTATED
        && mark.source() != null
        && mark.source().equals(f.result().fingerprint());
  }

  private static SourceFile entry(FileResult f, Outcome outcome, Phrase reason) {
    WorkbookResult r = f.result();
    return new SourceFile(
        f.name(),
        f.claimedUnit(),
        r.reportDate(),
        f.sha256(),
        outcome,
        reason,
        r.errors(),
        r.warnings());
  }

  private static Finding fileFinding(FileResult f, Rule rule, Object... args) {
    return Locations.file(f.result().file(), rule, args);
  }
}
