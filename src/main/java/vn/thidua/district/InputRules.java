package vn.thidua.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.thidua.model.Check;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.FieldSpec;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.ValueType;
import vn.thidua.model.Window;
import vn.thidua.render.Messages;

/**
 * Excel data validation on the cells districts type in: what each cell accepts (dropdowns, whole or
 * decimal numbers, dates), with a prompt saying what to write and an error saying what is wrong,
 * both from the message bundles. Errors are prevented at the source rather than found later.
 */
final class InputRules {
  /** Excel's limits: longer texts make Excel refuse to open the file. */
  static final int MAX_TITLE = 32;

  static final int MAX_PROMPT = 255;
  static final int MAX_ERROR = 225;

  /** Text cells accept up to this many characters (the reader quotes at most 200 anyway). */
  static final int MAX_TEXT = 1000;

  private final Config config;
  private final Unit unit;
  private final Messages m;
  private final ChoiceLists lists;

  InputRules(Config config, Unit unit, Messages m, ChoiceLists lists) {
    this.config = config;
    this.unit = unit;
    this.m = m;
    this.lists = lists;
  }

  /** What a cell accepts and what the user is told. */
  private record Rule(
      DataValidationConstraint constraint, boolean list, String prompt, String error) {}

  /** Validates one column of a table over its data rows (0-based, inclusive). */
  void column(Sheet s, TableSpec t, ColumnSpec c, int firstRow, int lastRow, int col) {
    DataValidationHelper h = s.getDataValidationHelper();
    Rule rule = columnRule(h, t, c);
    List<String> prompt = new ArrayList<>();
    prompt.add(rule.prompt());
    if (c.required()) {
      prompt.add(m.get("template.prompt.required"));
    }
    boolean standard = Columns.inStandard(t, c);
    if (c.min() != null && c.min().value() != null) {
      prompt.add(
          m.get(
              standard ? "template.prompt.min.standard" : "template.prompt.min",
              figure(c.min(), c.type())));
    }
    if (c.max() != null && c.max().value() != null) {
      prompt.add(m.get("template.prompt.max", figure(c.max(), c.type())));
    }
    if (c.expect() != null) {
      prompt.add(
          Boolean.TRUE.equals(c.expect().value())
              ? m.get("template.prompt.expect", Columns.yesMark(config))
              : m.get("template.prompt.expect.no"));
    }
    criterion(c, prompt);
    add(s, new CellRangeAddressList(firstRow, lastRow, col, col), c.header(), rule, prompt);
  }

  /** A criterion column points at the guide, and says which kinds it is for ("TC5": Tập thể). */
  private void criterion(ColumnSpec c, List<String> prompt) {
    List<String> kinds = new ArrayList<>();
    config
        .criteria()
        .forEach(
            (kind, list) -> {
              if (list.stream().anyMatch(cr -> c.key().equals(cr.column()))) {
                kinds.add(Columns.kindName(config, kind));
              }
            });
    if (kinds.isEmpty()) {
      return;
    }
    prompt.add(m.get("template.prompt.criterion", m.get("template.guide.sheet")));
    if (kinds.size() < config.criteria().size()) {
      prompt.add(m.get("template.prompt.criterion.only", String.join(", ", kinds)));
    }
  }

  /** Validates one value cell of the cover (0-based). */
  void field(Sheet s, FieldSpec f, int row, int col) {
    DataValidationHelper h = s.getDataValidationHelper();
    Window w = config.campaign().window();
    LocalDate deadline = config.campaign().nominationDeadline();
    List<String> prompt = new ArrayList<>();
    Rule rule;
    if (f.type() == ValueType.DATE) {
      // A report may come late (that is a warning, not an impossibility): any date from the
      // campaign's start is accepted.
      rule =
          new Rule(
              h.createDateConstraint(OperatorType.GREATER_OR_EQUAL, date(w.from()), null, null),
              false,
              m.get("template.prompt.date", Messages.date(deadline != null ? deadline : w.to())),
              m.get("template.error.date.from", Messages.date(w.from())));
      prompt.add(rule.prompt());
      if ("report_date".equals(f.key()) && deadline != null) {
        prompt.add(m.get("template.prompt.deadline", Messages.date(deadline)));
      }
    } else {
      rule = typeRule(h, f.type(), null, false);
      prompt.add(rule.prompt());
    }
    if (f.required()) {
      prompt.add(m.get("template.prompt.required"));
    }
    add(s, new CellRangeAddressList(row, row, col, col), f.label(), rule, prompt);
  }

  private Rule columnRule(DataValidationHelper h, TableSpec t, ColumnSpec c) {
    Optional<String> location = Columns.location(t, c, unit);
    if (location.isPresent()) {
      // Only one value is right here ("Sơn Động" for KCQ and KDN): offer exactly it.
      return new Rule(
          lists.constraint(h, "location", List.of(location.get())),
          true,
          m.get("template.prompt.location", location.get()),
          m.get("template.error.choice"));
    }
    // A bound of the standard may be failed by a row still worth reporting: only the sign is
    // enforced. Other bounds (at least one member) are hard.
    boolean hard = !Columns.inStandard(t, c);
    return typeRule(h, c.type(), c, hard);
  }

  /**
   * The rule of a value type; {@code c} gives the bounds, window and list of a table column, and is
   * null for a cover field.
   */
  private Rule typeRule(DataValidationHelper h, ValueType type, ColumnSpec c, boolean hard) {
    Window w = config.campaign().window();
    Check window = c == null ? null : c.window();
    List<String> values = c == null ? List.of() : Columns.choiceNames(config, c);
    // A choice without a list to offer is typed like text.
    ValueType as = type == ValueType.CHOICE && values.isEmpty() ? ValueType.TEXT : type;
    return switch (as) {
      case INTEGER, COUNT -> {
        String[] b = bounds(c, hard);
        yield new Rule(
            b[1] == null
                ? h.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, b[0], null)
                : h.createIntegerConstraint(OperatorType.BETWEEN, b[0], b[1]),
            false,
            m.get(type == ValueType.COUNT ? "template.prompt.count" : "template.prompt.integer"),
            rangeError("template.error.integer", b));
      }
      case NUMBER, LENGTH -> {
        String[] b = bounds(c, hard);
        yield new Rule(
            b[1] == null
                ? h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, b[0], null)
                : h.createDecimalConstraint(OperatorType.BETWEEN, b[0], b[1]),
            false,
            m.get(type == ValueType.LENGTH ? "template.prompt.length" : "template.prompt.number"),
            rangeError(
                type == ValueType.LENGTH ? "template.error.length" : "template.error.number", b));
      }
      case YESNO -> {
        String yes = Columns.yesMark(config);
        yield new Rule(
            lists.constraint(h, "yes", List.of(yes)),
            true,
            m.get("template.prompt.yesno", yes),
            m.get("template.error.yesno", yes));
      }
      case DATE ->
          window != null
              ? new Rule(
                  h.createDateConstraint(OperatorType.BETWEEN, date(w.from()), date(w.to()), null),
                  false,
                  m.get(
                      "template.prompt.date.window",
                      Messages.date(w.from()),
                      Messages.date(w.to())),
                  m.get("template.error.date", Messages.date(w.from()), Messages.date(w.to())))
              : new Rule(
                  h.createDateConstraint(
                      OperatorType.GREATER_OR_EQUAL, date(LocalDate.of(1900, 1, 1)), null, null),
                  false,
                  m.get("template.prompt.date", Messages.date(w.to())),
                  m.get("template.error.date.any", Messages.date(w.to())));
      case CHOICE -> {
        String prompt = m.get("template.prompt.choice", String.join("; ", values));
        yield new Rule(
            lists.constraint(h, c.choices(), values),
            true,
            prompt.length() <= MAX_PROMPT ? prompt : m.get("template.prompt.choice.long"),
            m.get("template.error.choice"));
      }
      default ->
          new Rule(
              h.createTextLengthConstraint(
                  OperatorType.LESS_OR_EQUAL, String.valueOf(MAX_TEXT), null),
              false,
              m.get("template.prompt.text"),
              m.get("template.error.text", String.valueOf(MAX_TEXT)));
    };
  }

  /** Lower and upper bound as Excel formulas; the upper one is null when there is none. */
  private static String[] bounds(ColumnSpec c, boolean hard) {
    BigDecimal min = c == null ? null : value(c.min());
    BigDecimal max = c == null ? null : value(c.max());
    BigDecimal lower;
    if (min == null) {
      lower = BigDecimal.ZERO;
    } else if (hard) {
      lower = min;
    } else {
      lower = min.min(BigDecimal.ZERO);
    }
    String upper = hard && max != null ? max.toPlainString() : null;
    return new String[] {lower.toPlainString(), upper};
  }

  private String rangeError(String key, String[] b) {
    String base = m.get(key, m.figure(new BigDecimal(b[0])));
    return b[1] == null
        ? base
        : base + " " + m.get("template.error.max", m.figure(new BigDecimal(b[1])));
  }

  private String figure(Check c, ValueType type) {
    String v = m.figure(value(c));
    return type == ValueType.LENGTH ? m.get("template.metres", v) : v;
  }

  private static BigDecimal value(Check c) {
    return c == null || c.value() == null ? null : new BigDecimal(c.value().toString());
  }

  private static String date(LocalDate d) {
    return "=DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
  }

  private void add(
      Sheet s, CellRangeAddressList where, String title, Rule rule, List<String> prompt) {
    DataValidation dv = s.getDataValidationHelper().createValidation(rule.constraint(), where);
    dv.setEmptyCellAllowed(true);
    dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
    dv.createPromptBox(
        Texts.cut(title, MAX_TITLE), Texts.cut(String.join(" ", prompt), MAX_PROMPT));
    dv.setShowPromptBox(true);
    dv.createErrorBox(
        Texts.cut(m.get("template.error.title"), MAX_TITLE), Texts.cut(rule.error(), MAX_ERROR));
    dv.setShowErrorBox(true);
    if (rule.list()) {
      // POI's flag is inverted for .xlsx: "suppress" there writes showDropDown="false", which is
      // what shows the arrow; in .xls false shows it.
      dv.setSuppressDropDownArrow(s instanceof XSSFSheet);
    }
    s.addValidationData(dv);
  }
}
