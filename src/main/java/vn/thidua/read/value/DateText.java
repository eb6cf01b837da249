package vn.thidua.read.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import vn.thidua.read.text.Text;

/** Date text, day first: "15/8/2020", "15-08-2020", "15.8.2020", "2020-08-15", "8/2020". */
final class DateText {
  private DateText() {}

  private static final String[] ZERO_TIMES = {" 00:00:00", " 00:00", " 0:00:00", " 0:00"};

  private static final DateTimeFormatter ISO_DATE = strict("uuuu-M-d");
  private static final DateTimeFormatter ISO_MONTH = strict("uuuu-M");
  private static final DateTimeFormatter[] DATES = {
    strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu")
  };
  private static final DateTimeFormatter[] MONTHS = {
    strict("M/uuuu"), strict("M-uuuu"), strict("M.uuuu")
  };
  private static final String SEPARATORS = "/-.";

  private static DateTimeFormatter strict(String pattern) {
    // 'u' (proleptic year) rather than 'y' (year of era): STRICT needs an era for 'y'.
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  /** Parses text; BLANK for white space only. */
  static Parsed parse(String text) {
    String t = Text.clean(text);
    if (t.isEmpty()) {
      return Parsed.BLANK;
    }
    for (String zero : ZERO_TIMES) {
      if (t.endsWith(zero)) {
        t = t.substring(0, t.length() - zero.length());
        break;
      }
    }
    // Only the shape is looked at here, to choose the pattern; the formatter does the parsing.
    int firstLen = 0;
    while (firstLen < t.length() && isDigit(t.charAt(firstLen))) {
      firstLen++;
    }
    if (firstLen == 0 || firstLen == t.length()) {
      return Parsed.INVALID;
    }
    char sep = t.charAt(firstLen);
    int kind = SEPARATORS.indexOf(sep);
    boolean yearFirst = firstLen == 4 && sep == '-';
    int parts = yearFirst ? shape(t, sep, 0) : shape(t, sep, -1);
    if (kind < 0 || parts < 2 || parts > 3) {
      return Parsed.INVALID;
    }
    if (yearFirst) {
      return parts == 3
          ? read(t, ISO_DATE, LocalDate::from, false)
          : read(t, ISO_MONTH, YearMonth::from, true);
    }
    return parts == 3
        ? read(t, DATES[kind], LocalDate::from, false)
        : read(t, MONTHS[kind], YearMonth::from, true);
  }

  /**
   * The number of parts of digits-and-separator text whose year part (index yearPart, -1 for the
   * last) has four digits and the others one or two; 0 when the text is not so made.
   */
  private static int shape(String t, char sep, int yearPart) {
    int parts = 0;
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i < t.length() && isDigit(t.charAt(i))) {
        continue;
      }
      if (i < t.length() && t.charAt(i) != sep) {
        return 0;
      }
      int len = i - start;
      boolean year = parts == yearPart || (yearPart < 0 && i == t.length());
      if (year ? len != 4 : len < 1 || len > 2) {
        return 0;
      }
      parts++;
      start = i + 1;
    }
    return parts;
  }

  private static <T> Parsed read(
      String t, DateTimeFormatter f, TemporalQuery<T> query, boolean monthOnly) {
    try {
      T value = f.parse(t, query);
      return monthOnly ? new Parsed(Parsed.Outcome.MONTH_ONLY, value) : Parsed.ok(value);
    } catch (DateTimeParseException e) {
      return Parsed.INVALID;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
