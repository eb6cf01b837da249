package vn.thidua.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.CellValue;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Cover;
import vn.thidua.model.FieldSpec;
import vn.thidua.model.Finding;
import vn.thidua.model.Mark;
import vn.thidua.model.Rule;
import vn.thidua.model.TableLayout;
import vn.thidua.model.TableRow;
import vn.thidua.model.UnitResolution;
import vn.thidua.model.ValueType;
import vn.thidua.model.WorkbookListener;
import vn.thidua.read.Locations;

/**
 * Checks one workbook against the campaign as it is read: every value ({@link CellChecks}), the
 * config's rules on the cover and each row ({@link RuleRunner}), each table as a whole ({@link
 * TableChecks}), the report date. Collects the findings of the reading and of the checks; rows are
 * not kept.
 */
public final class WorkbookCheck implements WorkbookListener {
  private final Config config;
  private final LocalDate asOf;
  private final RuleSet rules;
  private final String file;
  private final RowObserver observer;
  private final List<Finding> findings = new ArrayList<>();
  private final CellChecks cells;
  private final RuleRunner runner;

  private Cover cover = Cover.absent();
  private UnitResolution unit = new UnitResolution(null, "none");
  private TableChecks table;
  private Mark mark;
  private Instant saved;
  private String fingerprint;

  /**
   * @param asOf the day the run stands on: a report dated later is not plausible
   */
  public WorkbookCheck(
      Config config, RuleSet rules, String file, LocalDate asOf, RowObserver observer) {
    this.config = config;
    this.asOf = asOf;
    this.rules = rules;
    this.file = file;
    this.observer = observer;
    this.cells = new CellChecks(config, file, findings);
    this.runner = new RuleRunner(config, file, cells, findings);
  }

  /** All findings so far, sorted. */
  public List<Finding> findings() {
    List<Finding> sorted = new ArrayList<>(findings);
    Collections.sort(sorted);
    return sorted;
  }

  public UnitResolution unitResolution() {
    return unit;
  }

  public Cover coverValues() {
    return cover;
  }

  /** The report date, or null when blank or unreadable. */
  public LocalDate reportDate() {
    return cover.value("report_date") instanceof LocalDate d ? d : null;
  }

  /**
   * The report date when it can be the day the report was signed: not before the campaign began,
   * not after the day of the run; else null (spec/cli.md "The province inbox").
   */
  public LocalDate plausibleReportDate() {
    LocalDate d = reportDate();
    return d != null && !d.isBefore(config.campaign().window().from()) && !d.isAfter(asOf)
        ? d
        : null;
  }

  /** Plausibly dated after the nomination deadline. */
  public boolean late() {
    LocalDate d = plausibleReportDate();
    return d != null && d.isAfter(config.campaign().nominationDeadline());
  }

  /** thidua's mark in the workbook's properties, or null. */
  public Mark mark() {
    return mark;
  }

  /** The workbook's saved time, or null. */
  public Instant saved() {
    return saved;
  }

  /** The fingerprint of the workbook's data, null until it has been read in full. */
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public void properties(Mark mark, Instant saved) {
    this.mark = mark;
    this.saved = saved;
  }

  @Override
  public void fingerprint(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  @Override
  public void finding(Finding f) {
    findings.add(f);
  }

  @Override
  public void cover(Cover c) {
    this.cover = c;
  }

  @Override
  public void unit(UnitResolution u) {
    this.unit = u;
    runner.unit(u.unit());
    checkCover();
  }

  private void checkCover() {
    if (!cover.present()) {
      return;
    }
    Map<String, Object> values = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (FieldSpec f : config.cover().fields()) {
      labels.put(f.key(), f.label());
      CellValue cv = cover.fields().get(f.key());
      if (cv == null) {
        if (f.required()) {
          findings.add(
              Locations.sheet(
                  file,
                  cover.sheet(),
                  cover.sheetIndex(),
                  f.key(),
                  Rule.COVER_FIELD_MISSING,
                  f.label(),
                  cover.sheet()));
        }
        values.put(f.key(), null);
        continue;
      }
      values.put(f.key(), valueOf(f.type(), cv));
      cells.check(
          cover.sheet(), cover.sheetIndex(), cv, f.label(), f.type(), f.required(), null, null);
      if (f.key().equals("report_date")
          && cv.value() instanceof LocalDate
          && plausibleReportDate() == null) {
        // Not a date the report can have been signed on: the rules see no date, so a date in
        // the future is not also "late".
        values.put(f.key(), null);
        cells.add(
            cover.sheet(),
            cover.sheetIndex(),
            cv,
            Rule.REPORT_DATE_IMPLAUSIBLE,
            f.label(),
            config.campaign().window().from(),
            asOf);
      }
    }
    for (CompiledRule r : rules.cover()) {
      CellValue at = cover.fields().get(r.spec().cell());
      runner.evaluate(
          r,
          values,
          labels,
          cover.sheet(),
          cover.sheetIndex(),
          at,
          r.spec().cell(),
          null,
          -1,
          null);
    }
  }

  @Override
  public void tableStart(TableLayout layout) {
    table = new TableChecks(file, cells, findings, layout);
  }

  @Override
  public void row(TableRow row) {
    TableChecks t = table;
    int before = findings.size();
    Map<String, Object> values = new HashMap<>();
    LocalDate signed = plausibleReportDate();
    for (ColumnSpec c : t.spec().columns()) {
      CellValue cv = row.cell(c.key());
      values.put(c.key(), cv == null ? null : valueOf(c.type(), cv));
      if (cv != null) {
        cells.check(
            row.sheet(), row.sheetIndex(), cv, c.header(), c.type(), c.required(), c, signed);
      }
    }
    for (CompiledRule r : rules.table(t.spec().key())) {
      if (r.spec().each().isEmpty()) {
        runner.evaluate(
            r,
            values,
            t.headers,
            row.sheet(),
            row.sheetIndex(),
            row.cell(r.spec().cell()),
            r.spec().cell(),
            null,
            row.row() - 1,
            null);
        continue;
      }
      for (String col : r.spec().each()) {
        if (row.cell(col) != null) {
          runner.evaluate(
              r,
              values,
              t.headers,
              row.sheet(),
              row.sheetIndex(),
              row.cell(col),
              col,
              col,
              row.row() - 1,
              values.get(col));
        }
      }
    }
    t.unique(row);
    RowVerdict verdict = t.verdict(row, findings.subList(before, findings.size()));
    if (observer != null) {
      observer.checked(row, verdict);
    }
  }

  /** The value a rule sees: blank yes/no is no; unreadable or blank values are null. */
  private static Object valueOf(ValueType type, CellValue cv) {
    if (cv.usable()) {
      return cv.value();
    }
    return type == ValueType.YESNO && cv.isBlank() ? Boolean.FALSE : null;
  }

  @Override
  public void totals(TableRow row, String label) {
    table.totals(row, label);
  }

  @Override
  public void tableEnd(TableLayout layout) {
    table.end(unit);
    table = null;
  }
}
