package vn.thidua.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.thidua.model.CellValue;
import vn.thidua.model.Check;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.Phrase;
import vn.thidua.model.Rule;
import vn.thidua.model.Severity;
import vn.thidua.model.ValueType;

/** The checks of one cell on its own: its value against its column's type, bounds and dates. */
final class CellChecks {
  private final Config config;
  private final String file;
  private final List<Finding> findings;

  /**
   * @param findings where the findings go
   */
  CellChecks(Config config, String file, List<Finding> findings) {
    this.config = config;
    this.file = file;
    this.findings = findings;
  }

  /**
   * The findings of one cell as read: blank where required, unreadable, ambiguous, month-only, out
   * of the column's bounds, not the expected yes/no, outside the campaign window, after the report
   * date.
   *
   * @param col the table column, or null for a cover field
   * @param signed the plausible report date, or null
   */
  void check(
      String sheet,
      int sheetIndex,
      CellValue cv,
      String header,
      ValueType type,
      boolean required,
      ColumnSpec col,
      LocalDate signed) {
    switch (cv.state()) {
      case BLANK -> {
        if (required) {
          add(sheet, sheetIndex, cv, Rule.VALUE_REQUIRED, header);
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
            col != null && col.invalidRule() != null ? col.invalidRule() : Rule.invalid(type).id();
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
        add(sheet, sheetIndex, cv, Rule.VALUE_NUMBER_AMBIGUOUS, header);
        return;
      }
      case MONTH_ONLY -> add(sheet, sheetIndex, cv, Rule.VALUE_DATE_MONTH_ONLY, header);
      case OK -> {}
    }
    if (col == null) {
      return;
    }
    Object v = cv.value();
    if (v instanceof BigDecimal n) {
      BigDecimal min = bound(col.min());
      if (n.signum() < 0 && (min == null || min.signum() >= 0)) {
        add(sheet, sheetIndex, cv, Rule.VALUE_NEGATIVE, header);
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
    boolean after =
        signed != null
            && (v instanceof LocalDate d
                ? d.isAfter(signed)
                : v instanceof YearMonth m && m.isAfter(YearMonth.from(signed)));
    if (after) {
      add(sheet, sheetIndex, cv, Rule.DATE_AFTER_REPORT, header, signed);
    }
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

  private static BigDecimal bound(Check c) {
    return c == null || c.value() == null ? null : new BigDecimal(c.value().toString());
  }

  /** A finding of one of the tool's own rules on a cell, with the column's header. */
  void add(String sheet, int sheetIndex, CellValue cv, Rule rule, String header, Object... more) {
    add(sheet, sheetIndex, cv, rule.severity(), rule.id(), header, more);
  }

  /** A finding on a cell, quoting its value as written and naming its column's header. */
  void add(
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

  Finding onCell(
      String sheet, int sheetIndex, CellValue cv, String column, Rule rule, List<Object> args) {
    return onCell(sheet, sheetIndex, cv, column, rule.severity(), rule.id(), args);
  }

  /** A finding on a cell as read, quoting its value as written. */
  Finding onCell(
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
}
