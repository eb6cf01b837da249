package vn.thidua.read.value;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.text.Text;

/**
 * Reads cells as the typed values of the campaign config, the way districts write them (workbook.md
 * "Numbers", "Yes/no", "Dates"). Never guesses: what cannot be read is INVALID or AMBIGUOUS, and
 * the caller reports it quoting {@link #written(RawCell)}.
 *
 * <p>Number text rules (Vietnamese convention): spaces (also non-breaking) around the number are
 * ignored; an optional sign; "." groups thousands only when followed by exactly three digits
 * ("1.200", "12.500.000"); "," is the decimal mark ("12,5", "1.234,5"); a space may group thousands
 * the same way ("1 200"). Any other text with a dot ("1.5", "12.5", "1.20", "1.2345") is AMBIGUOUS.
 * Anything else that is not a number is INVALID. Numeric cells are taken as they are. All numbers
 * are BigDecimal (from a double cell via {@code BigDecimal.valueOf}), with trailing zeros stripped
 * and never in exponent form for integral values.
 *
 * <p>Words (yes/no words, length units) are folded when they are made of letters and digits only,
 * so "Có", "có" and "co" are one, but compared as written (cleaned, lower case) when they hold a
 * symbol, so "✓" and "-" stay apart (both fold to "") and "có?" or "m²" do not pass for "có" or
 * "m".
 */
public final class ValueReader {

  private static final Parsed YES = Parsed.ok(Boolean.TRUE);
  private static final Parsed NO = Parsed.ok(Boolean.FALSE);
  private static final Parsed ONE = Parsed.ok(BigDecimal.ONE);
  private static final Parsed ZERO = Parsed.ok(BigDecimal.ZERO);
  private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** Yes/no by the text exactly as configured: the common marks ("x", "có") skip folding. */
  private final Map<String, Boolean> exactWords = new HashMap<>();

  private final Map<String, Boolean> wordKeys = new HashMap<>();
  private final Map<String, BigDecimal> units = new HashMap<>();

  /**
   * @param yesWords texts meaning yes (compared after {@code Text.fold}, so "Có", "có", "co" are
   *     one), e.g. x, có, co, ✓, v, 1, true, đạt
   * @param noWords texts meaning no, e.g. không, khong, 0, -, false, chưa
   * @param lengthUnits unit words of a length and their factor to metres (folded), e.g. m → 1, mét
   *     → 1, met → 1, km → 1000
   * @throws IllegalArgumentException when a word means both yes and no, or is blank
   */
  public ValueReader(
      Collection<String> yesWords,
      Collection<String> noWords,
      Map<String, BigDecimal> lengthUnits) {
    addWords(yesWords, Boolean.TRUE);
    addWords(noWords, Boolean.FALSE);
    for (Map.Entry<String, BigDecimal> unit : lengthUnits.entrySet()) {
      units.put(wordKey(unit.getKey()), Objects.requireNonNull(unit.getValue(), unit.getKey()));
    }
  }

  private void addWords(Collection<String> words, Boolean meaning) {
    for (String word : words) {
      String key = wordKey(word);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("blank yes/no word: '" + word + "'");
      }
      Boolean before = wordKeys.put(key, meaning);
      if (before != null && !before.equals(meaning)) {
        throw new IllegalArgumentException("'" + word + "' means both yes and no");
      }
      exactWords.put(word, meaning);
    }
  }

  /** A number (BigDecimal). Null cell or blank text: BLANK. Boolean or error cell: INVALID. */
  public Parsed number(RawCell cell) {
    if (cell == null) {
      return Parsed.BLANK;
    }
    return switch (cell.kind()) {
      case NUMBER -> numberOf(cell.number());
      case STRING -> cell.text() == null ? Parsed.BLANK : VnNumber.parse(cell.text());
      case BOOLEAN, ERROR -> Parsed.INVALID;
    };
  }

  /** A whole number (BigDecimal of scale 0): like {@link #number} and INVALID if not integral. */
  public Parsed integer(RawCell cell) {
    return integral(number(cell));
  }

  /**
   * A length in metres (BigDecimal): a number with an optional unit word after it, with or without
   * a space ("600m", "600 m", "0,6 km" → 600, "1.020 m" → 1020); numeric cells are metres. An
   * unknown word ("khoảng 600") is INVALID; an ambiguous number stays AMBIGUOUS.
   */
  public Parsed length(RawCell cell) {
    if (cell == null || cell.kind() != RawCell.Kind.STRING || cell.text() == null) {
      return number(cell);
    }
    String t = VnNumber.trim(cell.text());
    int split = 0;
    while (split < t.length() && isNumberChar(t.charAt(split))) {
      split++;
    }
    if (split == t.length()) {
      return VnNumber.parse(t);
    }
    // Checked before the number so that "1.5 acres" is INVALID, not AMBIGUOUS.
    BigDecimal factor = units.get(wordKey(t.substring(split)));
    if (factor == null || split == 0) {
      return Parsed.INVALID;
    }
    Parsed n = VnNumber.parse(t.substring(0, split));
    if (n.outcome() == Parsed.Outcome.BLANK) {
      return Parsed.INVALID;
    }
    return n.outcome() == Parsed.Outcome.OK
        ? Parsed.ok(VnNumber.normalize(((BigDecimal) n.value()).multiply(factor)))
        : n;
  }

  /**
   * A count where a yes mark stands for one (cameras: "x" counts as 1): a whole number, or a yes
   * word → 1, or a no word → 0.
   */
  public Parsed count(RawCell cell) {
    Parsed n = integer(cell);
    if (n.outcome() != Parsed.Outcome.INVALID) {
      return n;
    }
    Parsed yesNo = yesNo(cell);
    if (yesNo.outcome() != Parsed.Outcome.OK) {
      return Parsed.INVALID;
    }
    return yesNo == YES ? ONE : ZERO;
  }

  /**
   * Yes/no (Boolean): a yes word or a no word (folded), a boolean cell, a numeric 1 or 0. Null cell
   * or blank text: BLANK (the caller decides what blank means). Anything else: INVALID.
   */
  public Parsed yesNo(RawCell cell) {
    if (cell == null) {
      return Parsed.BLANK;
    }
    return switch (cell.kind()) {
      case BOOLEAN -> booleanOf(cell) ? YES : NO;
      case NUMBER -> cell.number() == 1 ? YES : cell.number() == 0 ? NO : Parsed.INVALID;
      case STRING -> yesNoOf(cell.text());
      case ERROR -> Parsed.INVALID;
    };
  }

  private Parsed yesNoOf(String text) {
    if (text == null) {
      return Parsed.BLANK;
    }
    Boolean meaning = exactWords.get(text);
    if (meaning == null) {
      if (isBlank(text)) {
        return Parsed.BLANK;
      }
      meaning = wordKeys.get(wordKey(text));
    }
    return meaning == null ? Parsed.INVALID : meaning ? YES : NO;
  }

  /**
   * A date, day first always (java.time.LocalDate): a numeric cell formatted as a date (its serial
   * in the 1900 date system; sources convert 1904 workbooks); text "15/8/2020", "15-08-2020",
   * "15.8.2020", "2020-08-15", optionally followed by a zero time "00:00[:00]". Impossible dates
   * ("31/02/2020") and two-digit years are INVALID. Month only ("8/2020", "08-2020", "8.2020") is
   * MONTH_ONLY with a java.time.YearMonth. A number not formatted as a date is INVALID: a serial is
   * never guessed.
   */
  public Parsed date(RawCell cell) {
    if (cell == null) {
      return Parsed.BLANK;
    }
    return switch (cell.kind()) {
      case NUMBER -> {
        yield cell.date() ? dayOf(cell.number()) : Parsed.INVALID;
      }
      case STRING -> cell.text() == null ? Parsed.BLANK : DateText.parse(cell.text());
      case BOOLEAN, ERROR -> Parsed.INVALID;
    };
  }

  /**
   * The cell as the user sees it, for quoting in findings: the text of a string cell (as stored); a
   * date-formatted number as dd/MM/yyyy; another number in plain form without grouping ("1598",
   * "12.5", "0.6"); a boolean as TRUE/FALSE; an error as its code. Null cell: null.
   */
  public static String written(RawCell cell) {
    if (cell == null) {
      return null;
    }
    return switch (cell.kind()) {
      case STRING, ERROR -> cell.text();
      case BOOLEAN -> booleanOf(cell) ? "TRUE" : "FALSE";
      case NUMBER -> {
        double d = cell.number();
        LocalDateTime dt = cell.date() ? dateOf(d) : null;
        if (dt != null) {
          yield WRITTEN_DATE.format(dt);
        }
        yield Double.isFinite(d)
            ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
            : Double.toString(d);
      }
    };
  }

  /**
   * The key a word is matched by: {@link Text#fold} for words of letters and digits (the marks of
   * decomposed text included), else the cleaned text in lower case.
   */
  static String wordKey(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp) && !Text.isSpace(cp) && !(cp >= 0x300 && cp <= 0x36F)) {
        return Text.clean(s).toLowerCase(Locale.ROOT);
      }
    }
    return Text.fold(s);
  }

  private static Parsed numberOf(double d) {
    // BigDecimal.valueOf uses the shortest decimal that reads back as the double: 27.5, not
    // 27.499999...; NaN and infinities are not numbers a report can hold.
    return Double.isFinite(d)
        ? Parsed.ok(VnNumber.normalize(BigDecimal.valueOf(d)))
        : Parsed.INVALID;
  }

  private static Parsed integral(Parsed n) {
    if (n.outcome() != Parsed.Outcome.OK) {
      return n;
    }
    BigDecimal v = (BigDecimal) n.value();
    // normalize() leaves integral values at scale 0 and others above it.
    return v.scale() == 0 ? n : Parsed.INVALID;
  }

  /** Serial to date-time, or null when the serial is not a day of the 1900 system. */
  // A register repeats a few hundred dates over thousands of rows: the last conversions are kept
  // (by whole serial), since POI's conversion is most of the cost of reading a date cell.
  private final Parsed[] days = new Parsed[512];

  private Parsed dayOf(double serial) {
    if (serial == Math.rint(serial) && serial >= 1 && serial < 2_958_466) {
      int slot = (int) serial & (days.length - 1);
      Parsed p = days[slot];
      if (p != null
          && ((java.time.LocalDate) p.value()).toEpochDay() == EPOCH_OFFSET + (long) serial) {
        return p;
      }
      LocalDateTime dt = dateOf(serial);
      p = dt == null ? Parsed.INVALID : Parsed.ok(dt.toLocalDate());
      if (dt != null) {
        days[slot] = p;
      }
      return p;
    }
    LocalDateTime dt = dateOf(serial);
    return dt == null ? Parsed.INVALID : Parsed.ok(dt.toLocalDate());
  }

  // Excel serial 61 is 1900-03-01 (epoch day -25508); serials before it carry Excel's 1900 leap
  // day, so only those from 61 on are checked against the cache by arithmetic.
  private static final long EPOCH_OFFSET = -25569;

  private static LocalDateTime dateOf(double serial) {
    // Below 1 a date-formatted cell holds a time of day only, which is no date.
    if (!Double.isFinite(serial) || serial < 1 || !DateUtil.isValidExcelDate(serial)) {
      return null;
    }
    return DateUtil.getLocalDateTime(serial, false);
  }

  private static boolean booleanOf(RawCell cell) {
    return cell.text() != null ? "TRUE".equalsIgnoreCase(cell.text()) : cell.number() != 0;
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || ".,+- \u2212".indexOf(c) >= 0;
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Text.isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
