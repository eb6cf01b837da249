package vn.thidua.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.CellValue;
import vn.thidua.model.Choice;
import vn.thidua.model.Config;
import vn.thidua.model.ValueType;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.text.Text;
import vn.thidua.read.value.Parsed;
import vn.thidua.read.value.ValueReader;

/** Reads a (decoded) cell as the typed value of its column or cover field. */
final class CellReader {
  private static final java.time.format.DateTimeFormatter WRITTEN_DATE =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ValueReader values;
  private final Map<String, Map<String, String>> choiceCodes = new HashMap<>();

  CellReader(Config config) {
    var r = config.reading();
    this.values = new ValueReader(r.yes(), r.no(), r.lengthUnits());
    config
        .choices()
        .forEach(
            (name, list) -> {
              Map<String, String> codes = new HashMap<>();
              for (Choice c : list) {
                codes.putIfAbsent(Text.fold(c.name()), c.code());
                codes.putIfAbsent(Text.fold(c.code()), c.code());
                c.aliases().forEach(a -> codes.putIfAbsent(Text.fold(a), c.code()));
              }
              choiceCodes.put(name, codes);
            });
  }

  ValueReader values() {
    return values;
  }

  /** The cell as the user sees it (see {@link ValueReader#written}). */
  static String display(RawCell c) {
    return ValueReader.written(c);
  }

  /**
   * Reads one cell.
   *
   * @param cell the decoded cell, or null when empty
   * @param row0 0-based row, col 0-based column: where the cell is (or would be)
   * @param text the sheet's text, which cleans and parses a long text shared by many cells once
   */
  CellValue read(
      String key, ValueType type, String choices, RawCell cell, int row0, int col, SheetText text) {
    String a1 = Locations.a1(row0, col);
    String formula = cell == null ? null : cell.formula();
    if (cell == null) {
      return new CellValue(key, row0 + 1, col, a1, null, null, CellValue.State.BLANK, formula);
    }
    String written;
    Parsed p;
    if (cell.kind() == RawCell.Kind.NUMBER && type != ValueType.TEXT && type != ValueType.CHOICE) {
      // A numeric cell is parsed first and written from its value: on big sheets, converting
      // each number (or date serial) twice is most of the cost of reading it.
      p = parse(type, choices, cell, null);
      if (p.isOk() && p.value() instanceof LocalDate d) {
        written = WRITTEN_DATE.format(d);
      } else if (p.isOk() && p.value() instanceof BigDecimal n && !cell.date()) {
        written = n.toPlainString();
      } else {
        written = display(cell);
      }
    } else {
      written = cell.kind() == RawCell.Kind.STRING ? text.clean(cell.text()) : display(cell);
      if (written == null || written.isEmpty()) {
        return new CellValue(key, row0 + 1, col, a1, null, null, CellValue.State.BLANK, formula);
      }
      String w = written;
      // A long text that many cells share is parsed once; a choice is looked up by its head.
      p =
          LongTexts.isLong(w) && cell.kind() == RawCell.Kind.STRING && type != ValueType.CHOICE
              ? text.parse(w, type, () -> parse(type, choices, cell, w))
              : parse(type, choices, cell, w);
    }
    CellValue.State state =
        switch (p.outcome()) {
          case BLANK -> CellValue.State.BLANK;
          case OK -> CellValue.State.OK;
          case MONTH_ONLY -> CellValue.State.MONTH_ONLY;
          case INVALID -> CellValue.State.INVALID;
          case AMBIGUOUS -> CellValue.State.AMBIGUOUS;
        };
    return new CellValue(key, row0 + 1, col, a1, written, p.value(), state, formula);
  }

  private Parsed parse(ValueType type, String choices, RawCell cell, String written) {
    // Text keeps the cleaned form; typed readers see the cleaned text too ("1.200 " → "1.200").
    RawCell c =
        cell.kind() == RawCell.Kind.STRING && !written.equals(cell.text())
            ? cell.withText(written)
            : cell;
    return switch (type) {
      case TEXT -> Parsed.ok(written);
      case INTEGER -> values.integer(c);
      case NUMBER -> values.number(c);
      case LENGTH -> values.length(c);
      case COUNT -> values.count(c);
      case YESNO -> values.yesNo(c);
      case DATE -> values.date(c);
      case CHOICE -> choice(choices, written);
    };
  }

  private Parsed choice(String list, String written) {
    String code = choiceCodes.getOrDefault(list, Map.of()).get(Text.foldKey(written));
    return code == null ? Parsed.INVALID : Parsed.ok(code);
  }

  /** The canonical names of a choice list, for messages. */
  static String names(List<Choice> choices) {
    return String.join("; ", choices.stream().map(Choice::name).toList());
  }
}
