package vn.thidua.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.MapContext;
import vn.thidua.model.CellValue;
import vn.thidua.model.Check;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Cover;
import vn.thidua.model.Criterion;
import vn.thidua.model.FieldSpec;
import vn.thidua.model.Finding;
import vn.thidua.model.Mark;
import vn.thidua.model.Phrase;
import vn.thidua.model.Severity;
import vn.thidua.model.TableLayout;
import vn.thidua.model.TableRow;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.UnitResolution;
import vn.thidua.model.ValueType;
import vn.thidua.model.WorkbookListener;
import vn.thidua.read.Locations;
import vn.thidua.read.text.Text;

/**
 * Checks one workbook against the campaign as it is read: every value, every row rule, totals rows,
 * the per-unit target, repeated nominations, the report date. Collects the findings of the reading
 * and of the checks; rows are not kept.
 */
public final class WorkbookCheck implements WorkbookListener {
  private final Config config;
  private final LocalDate asOf;
  private final RuleSet rules;
  private final String file;
  private final RowObserver observer;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Object> campaign = new HashMap<>();
  private final Map<String, List<String>> criteria = new HashMap<>();
  private final Set<String> evaluationErrors = new HashSet<>();

  private Cover cover = Cover.absent();
  private UnitResolution unit = new UnitResolution(null, "none");
  private Map<String, Object> unitMap;
  private TableState table;
  private Mark mark;
  private Instant saved;
  private String fingerprint;

  /** What is counted while a table streams by. */
  private static final class TableState {
    final TableSpec spec;
    final TableLayout layout;
    final Map<String, BigDecimal> sums = new HashMap<>();
    final Set<String> seen = new HashSet<>();
    int rows;
    int meeting;

    /** Column headers by key, for messages. */
    final Map<String, String> headers = new HashMap<>();

    TableState(TableLayout layout) {
      this.spec = layout.spec();
      this.layout = layout;
      spec.columns().forEach(c -> headers.put(c.key(), c.header()));
    }
  }

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
    var c = config.campaign();
    campaign.put("code", c.code());
    campaign.put("name", c.name());
    campaign.put("nomination_deadline", c.nominationDeadline());
    campaign.put("window", Map.of("from", c.window().from(), "to", c.window().to()));
    config
        .criteria()
        .forEach((kind, list) -> criteria.put(kind, list.stream().map(Criterion::column).toList()));
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
    Unit x = u.unit();
    if (x != null) {
      unitMap = new HashMap<>();
      unitMap.put("code", x.code());
      unitMap.put("name", x.name());
      unitMap.put("location", x.location());
      unitMap.put("targets", x.targets());
    }
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
                  Severity.ERROR,
                  "cover.field.missing",
                  f.label(),
                  cover.sheet()));
        }
        values.put(f.key(), null);
        continue;
      }
      values.put(f.key(), valueOf(f.type(), cv));
      cellFindings(
          cover.sheet(), cover.sheetIndex(), cv, f.label(), f.type(), f.required(), null, null);
      if (f.key().equals("report_date")
          && cv.value() instanceof LocalDate
          && plausibleReportDate() == null) {
        // Not a date the report can have been signed on: the rules see no date, so a date in
        // the future is not also "late".
        values.put(f.key(), null);
        add(
            cover.sheet(),
            cover.sheetIndex(),
            cv,
            Severity.ERROR,
            "report.date.implausible",
            f.label(),
            config.campaign().window().from(),
            asOf);
      }
    }
    for (CompiledRule r : rules.cover()) {
      CellValue at = cover.fields().get(r.spec().cell());
      evaluate(
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
    table = new TableState(layout);
  }

  @Override
  public void row(TableRow row) {
    TableState t = table;
    t.rows++;
    Set<String> errors = new HashSet<>();
    int before = findings.size();
    Map<String, Object> values = new HashMap<>();
    Map<String, String> headers = t.headers;
    for (ColumnSpec c : t.spec.columns()) {
      CellValue cv = row.cell(c.key());
      values.put(c.key(), cv == null ? null : valueOf(c.type(), cv));
      if (cv == null) {
        continue;
      }
      cellFindings(
          row.sheet(), row.sheetIndex(), cv, c.header(), c.type(), c.required(), c, t.spec);
      if (cv.usable() && c.type().numeric() && cv.value() instanceof BigDecimal n) {
        t.sums.merge(c.key(), n, BigDecimal::add);
      }
    }
    for (CompiledRule r : rules.table(t.spec.key())) {
      if (r.spec().each().isEmpty()) {
        evaluate(
            r,
            values,
            headers,
            row.sheet(),
            row.sheetIndex(),
            row.cell(r.spec().cell()),
            r.spec().cell(),
            null,
            row.row() - 1,
            null);
      } else {
        for (String col : r.spec().each()) {
          if (row.cell(col) != null) {
            evaluate(
                r,
                values,
                headers,
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
    }
    unique(t, row);
    List<Finding> rowFindings = findings.subList(before, findings.size());
    for (Finding f : rowFindings) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f.column() == null ? "" : f.column());
      }
    }
    if (t.spec.target() != null && t.spec.target().meets(errors)) {
      t.meeting++;
    }
    if (observer != null) {
      observer.checked(row, List.copyOf(rowFindings));
    }
  }

  /** The value a rule sees: blank yes/no is no; unreadable or blank values are null. */
  private static Object valueOf(ValueType type, CellValue cv) {
    if (cv.usable()) {
      return cv.value();
    }
    return type == ValueType.YESNO && cv.isBlank() ? Boolean.FALSE : null;
  }

  private void cellFindings(
      String sheet,
      int sheetIndex,
      CellValue cv,
      String header,
      ValueType type,
      boolean required,
      ColumnSpec col,
      TableSpec spec) {
    switch (cv.state()) {
      case BLANK -> {
        if (required) {
          add(sheet, sheetIndex, cv, Severity.ERROR, "value.required", header);
        }
        if (col != null
            && col.expect() != null
            && type == ValueType.YESNO
            && !Boolean.FALSE.equals(col.expect().value())) {
          expected(sheet, sheetIndex, cv, col, header);
        }
        return;
      }
      case INVALID -> {
        String rule =
            col != null && col.invalidRule() != null
                ? col.invalidRule()
                : "value." + type.name().toLowerCase(java.util.Locale.ROOT) + ".invalid";
        if (type == ValueType.CHOICE && col != null) {
          add(
              sheet,
              sheetIndex,
              cv,
              Severity.ERROR,
              rule,
              header,
              String.join(
                  "; ", config.choiceList(col.choices()).stream().map(c -> c.name()).toList()));
        } else {
          add(sheet, sheetIndex, cv, Severity.ERROR, rule, header);
        }
        return;
      }
      case AMBIGUOUS -> {
        add(sheet, sheetIndex, cv, Severity.ERROR, "value.number.ambiguous", header);
        return;
      }
      case MONTH_ONLY ->
          add(sheet, sheetIndex, cv, Severity.WARNING, "value.date.month_only", header);
      case OK -> {}
    }
    if (col == null) {
      return;
    }
    Object v = cv.value();
    if (v instanceof BigDecimal n) {
      BigDecimal min = bound(col.min());
      if (n.signum() < 0 && (min == null || min.signum() >= 0)) {
        add(sheet, sheetIndex, cv, Severity.ERROR, "value.negative", header);
      } else if (min != null && n.compareTo(min) < 0) {
        add(sheet, sheetIndex, cv, col.min().severity(), col.min().rule(), header, n, min);
      }
      BigDecimal max = bound(col.max());
      if (max != null && n.compareTo(max) > 0) {
        add(sheet, sheetIndex, cv, col.max().severity(), col.max().rule(), header, n, max);
      }
    }
    if (v instanceof Boolean b && col.expect() != null && !b.equals(col.expect().value())) {
      expected(sheet, sheetIndex, cv, col, header);
    }
    if (col.window() != null) {
      var w = config.campaign().window();
      boolean inside =
          v instanceof LocalDate d ? w.contains(d) : !(v instanceof YearMonth m) || w.contains(m);
      if (!inside) {
        add(
            sheet,
            sheetIndex,
            cv,
            col.window().severity(),
            col.window().rule(),
            header,
            w.from(),
            w.to());
        return;
      }
    }
    // A road "completed" after the report that announces it was signed: inside the window, so
    // only a warning that one of the two dates is wrong.
    LocalDate signed = plausibleReportDate();
    boolean after =
        signed != null
            && (v instanceof LocalDate d
                ? d.isAfter(signed)
                : v instanceof YearMonth m && m.isAfter(YearMonth.from(signed)));
    if (after) {
      add(sheet, sheetIndex, cv, Severity.WARNING, "date.after_report", header, signed);
    }
  }

  private static BigDecimal bound(Check c) {
    return c == null || c.value() == null ? null : new BigDecimal(c.value().toString());
  }

  /**
   * A yes/no cell that does not say what the standard expects. Its {2} says what the cell holds in
   * words ("ô đang để trống", "ô đang ghi "không""): {0} alone would print a blank cell as
   * "(trống)" inside the message's own brackets.
   */
  private void expected(String sheet, int sheetIndex, CellValue cv, ColumnSpec col, String header) {
    Phrase holds = cv.isBlank() ? Phrase.of("cell.blank") : Phrase.of("cell.written", cv.written());
    add(sheet, sheetIndex, cv, col.expect().severity(), col.expect().rule(), header, holds);
  }

  private void add(
      String sheet,
      int sheetIndex,
      CellValue cv,
      Severity s,
      String rule,
      String header,
      Object... more) {
    List<Object> args = new ArrayList<>();
    args.add(cv.written());
    args.add(header);
    Collections.addAll(args, more);
    findings.add(onCell(sheet, sheetIndex, cv, cv.key(), s, rule, args));
  }

  /** A finding on a cell as read, quoting its value as written. */
  private Finding onCell(
      String sheet,
      int sheetIndex,
      CellValue cv,
      String column,
      Severity s,
      String rule,
      List<Object> args) {
    return new Finding(
        file, sheet, sheetIndex, cv.row(), cv.col(), cv.a1(), column, cv.written(), s, rule, args);
  }

  /**
   * Runs one rule on a row (or the cover).
   *
   * @param at the cell the finding points at, or null when its column is absent
   * @param column the column key of that cell
   * @param each the column an "each" rule is checking, bound as {@code column}; else null
   * @param row0 0-based row for a finding without a cell; -1 for the cover
   * @param eachValue the value bound as {@code value}
   */
  private void evaluate(
      CompiledRule r,
      Map<String, Object> values,
      Map<String, String> headers,
      String sheet,
      int sheetIndex,
      CellValue at,
      String column,
      String each,
      int row0,
      Object eachValue) {
    MapContext ctx = new MapContext();
    for (String name : r.names()) {
      Object v;
      boolean isValue;
      if (each != null && name.equals("value")) {
        v = eachValue;
        isValue = true;
      } else if (values.containsKey(name)) {
        v = values.get(name);
        isValue = true;
      } else {
        v = global(name, each);
        isValue = false;
      }
      if (v == null && isValue && !r.spec().evaluateNulls()) {
        return;
      }
      ctx.set(name, v);
    }
    try {
      if (r.when() != null && !Boolean.TRUE.equals(r.when().execute(ctx))) {
        return;
      }
      if (Boolean.TRUE.equals(r.check().execute(ctx))) {
        return;
      }
      List<Object> args = new ArrayList<>();
      args.add(at == null ? null : at.written());
      args.add(headers.get(column));
      for (var a : r.args()) {
        args.add(a == null ? null : a.execute(ctx));
      }
      Severity severity = r.spec().severity();
      String id = r.spec().id();
      if (at != null) {
        findings.add(onCell(sheet, sheetIndex, at, column, severity, id, args));
      } else if (row0 < 0) {
        findings.add(
            Locations.sheet(file, sheet, sheetIndex, column, severity, id, args.toArray()));
      } else {
        findings.add(
            Locations.row(file, sheet, sheetIndex, row0, column, severity, id, args.toArray()));
      }
    } catch (JexlException e) {
      // A rule that cannot run on some values is a config bug: say it once per file and rule.
      if (evaluationErrors.add(r.spec().id())) {
        findings.add(
            Locations.sheet(
                file,
                sheet,
                sheetIndex,
                null,
                Severity.WARNING,
                "config.rule.failed",
                r.spec().id(),
                String.valueOf(e.getMessage())));
      }
    }
  }

  private Object global(String name, String each) {
    return switch (name) {
      case "campaign" -> campaign;
      case "unit" -> unitMap;
      case "criteria" -> criteria;
      case "column" -> each;
      default -> null;
    };
  }

  private void unique(TableState t, TableRow row) {
    var u = t.spec.unique();
    if (u == null) {
      return;
    }
    StringBuilder key = new StringBuilder();
    for (String c : u.columns()) {
      Object v = row.value(c);
      if (v == null) {
        return;
      }
      key.append(Text.fold(v.toString())).append('\u0000');
    }
    if (!t.seen.add(key.toString())) {
      CellValue at = row.cell(u.cell());
      if (at != null) {
        findings.add(
            onCell(
                row.sheet(),
                row.sheetIndex(),
                at,
                u.cell(),
                u.severity(),
                u.rule(),
                java.util.Arrays.asList(
                    at.written(),
                    t.spec.column(u.cell()).map(ColumnSpec::header).orElse(u.cell()))));
      }
    }
  }

  @Override
  public void totals(TableRow row, String label) {
    TableState t = table;
    for (ColumnSpec c : t.spec.columns()) {
      CellValue cv = row.cell(c.key());
      if (cv == null
          || !cv.usable()
          || !c.type().numeric()
          || !(cv.value() instanceof BigDecimal total)) {
        continue;
      }
      BigDecimal sum = t.sums.getOrDefault(c.key(), BigDecimal.ZERO);
      // Cached doubles carry binary noise: equal to a millionth is equal.
      if (total.subtract(sum).abs().compareTo(new BigDecimal("0.000001")) > 0) {
        List<Object> args = new ArrayList<>();
        args.add(cv.written());
        args.add(c.header());
        args.add(label);
        args.add(total);
        args.add(sum);
        args.add(cv.formula() == null ? "" : "=" + cv.formula());
        args.add(cv.formula() == null ? 0 : 1);
        findings.add(
            onCell(
                row.sheet(),
                row.sheetIndex(),
                cv,
                c.key(),
                Severity.ERROR,
                "totals.mismatch",
                args));
      }
    }
  }

  @Override
  public void tableEnd(TableLayout layout) {
    TableState t = table;
    var target = t.spec.target();
    if (target != null && unit.known()) {
      int wanted = unit.unit().target(target.name());
      if (t.meeting < wanted) {
        findings.add(
            Locations.sheet(
                file,
                layout.sheet(),
                layout.sheetIndex(),
                null,
                target.severity(),
                target.rule(),
                t.meeting,
                wanted,
                t.rows,
                unit.unit().name()));
      }
    }
    table = null;
  }
}
