package vn.thidua.read.value;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.read.text.Text;

/** Number text written the Vietnamese way: "1.200", "12,5", "1 200", "-1.234,5". */
final class VnNumber {
  private VnNumber() {}

  /**
   * Groups: 1 sign, 2 dot-grouped, 3 space-grouped, 4 ungrouped integer part, 5 decimals. A group
   * separator needs a first group without a leading zero: "0.600" is far more likely an English 0.6
   * than six hundred, so it falls through to AMBIGUOUS instead of being read as 600.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "([+\\-\u2212]?)(?:([1-9]\\d{0,2}(?:\\.\\d{3})+)|([1-9]\\d{0,2}(?: \\d{3})+)|(\\d+))"
              + "(?:,(\\d+))?");

  /** Text made only of number characters: with a dot that did not parse, it is AMBIGUOUS. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("[+\\-\u2212]?[\\d., ]*\\d[\\d., ]*");

  /** Parses text; BLANK for white space only. */
  static Parsed parse(String text) {
    String t = trim(text);
    if (t.isEmpty()) {
      return Parsed.BLANK;
    }
    Matcher m = NUMBER.matcher(t);
    if (m.matches()) {
      StringBuilder digits = new StringBuilder(t.length());
      if (!m.group(1).isEmpty() && m.group(1).charAt(0) != '+') {
        digits.append('-');
      }
      String whole = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      for (int i = 0; i < whole.length(); i++) {
        char c = whole.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      if (m.group(5) != null) {
        digits.append('.').append(m.group(5));
      }
      return Parsed.ok(normalize(new BigDecimal(digits.toString())));
    }
    if (t.indexOf('.') >= 0 && NUMBER_LIKE.matcher(t).matches()) {
      return Parsed.AMBIGUOUS;
    }
    return Parsed.INVALID;
  }

  /** Trailing zeros stripped, and scale 0 for integral values so they never print as "1.2E+3". */
  static BigDecimal normalize(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Trims Unicode spaces and makes the inner ones (NBSP in "1 200") ASCII spaces. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && Text.isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && Text.isSpace(s.charAt(end - 1))) {
      end--;
    }
    boolean unify = false;
    for (int i = start; i < end && !unify; i++) {
      char c = s.charAt(i);
      unify = c != ' ' && Text.isSpace(c);
    }
    if (!unify) {
      return s.substring(start, end);
    }
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      out[i - start] = Text.isSpace(c) ? ' ' : c;
    }
    return new String(out);
  }
}
