package vn.thidua.model;

import java.util.Locale;

/**
 * Every rule of the tool's own, defined once: its stable id (also its message key in the bundles),
 * its severity and its scope. Findings of these rules are made from the constant, {@code thidua
 * rules} and docs/quy-tac.md list them from here; the campaign's own rules are in its config.
 */
public enum Rule {
  FILE_MISSING("file.missing", Severity.ERROR, Scope.FILE),
  FILE_EMPTY("file.empty", Severity.ERROR, Scope.FILE),
  FILE_UNREADABLE("file.unreadable", Severity.ERROR, Scope.FILE),
  FILE_CORRUPT("file.corrupt", Severity.ERROR, Scope.FILE),
  FILE_ENCRYPTED("file.encrypted", Severity.ERROR, Scope.FILE),
  FILE_PASSWORD_WRONG("file.password.wrong", Severity.ERROR, Scope.FILE),
  FILE_FORMAT_UNKNOWN("file.format.unknown", Severity.ERROR, Scope.FILE),
  FILE_FORMAT_XLSB("file.format.xlsb", Severity.ERROR, Scope.FILE),
  FILE_FORMAT_ODS("file.format.ods", Severity.ERROR, Scope.FILE),
  FILE_FORMAT_XLS95("file.format.xls95", Severity.ERROR, Scope.FILE),
  FILE_FOLDER_NOCSV("file.folder.nocsv", Severity.ERROR, Scope.FILE),
  FILE_CSV_ENCODING("file.csv.encoding", Severity.ERROR, Scope.FILE),
  FILE_ZIPBOMB("file.zipbomb", Severity.ERROR, Scope.FILE),
  FILE_NOT_REPORT("file.not_report", Severity.ERROR, Scope.FILE),
  FILE_INTERNAL("file.internal", Severity.ERROR, Scope.FILE),
  COVER_MISSING("cover.missing", Severity.ERROR, Scope.STRUCTURE),
  COVER_FIELD_MISSING("cover.field.missing", Severity.ERROR, Scope.STRUCTURE),
  UNIT_UNKNOWN("unit.unknown", Severity.ERROR, Scope.STRUCTURE),
  UNIT_CONFLICT("unit.conflict", Severity.WARNING, Scope.STRUCTURE),
  UNIT_COVER_UNKNOWN("unit.cover.unknown", Severity.WARNING, Scope.STRUCTURE),
  TABLE_MISSING("table.missing", Severity.ERROR, Scope.STRUCTURE),
  TABLE_HEADER_MISSING("table.header.missing", Severity.ERROR, Scope.STRUCTURE),
  TABLE_DUPLICATE("table.duplicate", Severity.WARNING, Scope.STRUCTURE),
  TABLE_AFTER_END("table.after_end", Severity.WARNING, Scope.STRUCTURE),
  COLUMN_MISSING("column.missing", Severity.ERROR, Scope.STRUCTURE),
  COLUMN_DUPLICATE("column.duplicate", Severity.WARNING, Scope.STRUCTURE),
  COLUMN_EXTRA("column.extra", Severity.INFO, Scope.STRUCTURE),
  SHEET_TCVN3("sheet.tcvn3", Severity.WARNING, Scope.STRUCTURE),
  SHEET_IGNORED("sheet.ignored", Severity.INFO, Scope.STRUCTURE),
  ROW_GROUP("row.group", Severity.INFO, Scope.STRUCTURE),
  ROW_NUMBERED_EMPTY("row.numbered_empty", Severity.INFO, Scope.STRUCTURE),
  VALUE_REQUIRED("value.required", Severity.ERROR, Scope.VALUE),
  VALUE_INTEGER_INVALID("value.integer.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_NUMBER_INVALID("value.number.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_LENGTH_INVALID("value.length.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_COUNT_INVALID("value.count.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_YESNO_INVALID("value.yesno.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_DATE_INVALID("value.date.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_CHOICE_INVALID("value.choice.invalid", Severity.ERROR, Scope.VALUE),
  VALUE_NUMBER_AMBIGUOUS("value.number.ambiguous", Severity.ERROR, Scope.VALUE),
  VALUE_NEGATIVE("value.negative", Severity.ERROR, Scope.VALUE),
  VALUE_DATE_MONTH_ONLY("value.date.month_only", Severity.WARNING, Scope.VALUE),
  DATE_AFTER_REPORT("date.after_report", Severity.WARNING, Scope.VALUE),
  REPORT_DATE_IMPLAUSIBLE("report.date.implausible", Severity.ERROR, Scope.STRUCTURE),
  TOTALS_MISMATCH("totals.mismatch", Severity.ERROR, Scope.VALUE),
  CONSOLIDATE_UNIT_UNKNOWN("consolidate.unit.unknown", Severity.ERROR, Scope.PROVINCE),
  CONSOLIDATE_UNIT_SUPERSEDED("consolidate.unit.superseded", Severity.WARNING, Scope.PROVINCE),
  CONSOLIDATE_DUPLICATE("consolidate.duplicate", Severity.WARNING, Scope.PROVINCE),
  CONFIG_RULE_FAILED("config.rule.failed", Severity.WARNING, Scope.CONFIG);

  /** Where a rule's findings come from, as {@code thidua rules} groups them. */
  public enum Scope {
    FILE,
    STRUCTURE,
    VALUE,
    PROVINCE,
    CONFIG;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String id;
  private final Severity severity;
  private final Scope scope;

  Rule(String id, Severity severity, Scope scope) {
    this.id = id;
    this.severity = severity;
    this.scope = scope;
  }

  /** The stable dotted id, which is also the message key. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public Scope scope() {
    return scope;
  }

  /** The built-in rule of this id, or empty: a rule the config declares says its own message. */
  public static java.util.Optional<Rule> byId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }

  /** The rule of a value that cannot be read as its column's type ("value.date.invalid"). */
  public static Rule invalid(ValueType type) {
    return switch (type) {
      case INTEGER -> VALUE_INTEGER_INVALID;
      case NUMBER -> VALUE_NUMBER_INVALID;
      case LENGTH -> VALUE_LENGTH_INVALID;
      case COUNT -> VALUE_COUNT_INVALID;
      case YESNO -> VALUE_YESNO_INVALID;
      case DATE -> VALUE_DATE_INVALID;
      case CHOICE -> VALUE_CHOICE_INVALID;
      case TEXT -> throw new IllegalArgumentException("text is always readable");
    };
  }
}
