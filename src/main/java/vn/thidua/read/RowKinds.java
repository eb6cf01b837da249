package vn.thidua.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.model.Reading;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.text.Text;

/**
 * Tells apart the rows below a header: data, group rows, totals, the signature block and the
 * column-number row (workbook.md "Reading rules that decide ambiguous cases").
 */
final class RowKinds {
  private static final Pattern ROMAN =
      Pattern.compile("(?i)^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$");
  private static final Pattern LETTER = Pattern.compile("^[A-Za-z]$");
  private static final Pattern PAREN_NUMBER = Pattern.compile("^\\(?(\\d{1,3})\\)?$");

  /** The longest group mark, a Roman numeral below 400 with its dot: "CCCLXXXVIII.". */
  private static final int MARK_CHARS = 12;

  private final List<String> totalsWords = new ArrayList<>();
  private final List<String> totalsExact = new ArrayList<>();
  private final List<String> endWords = new ArrayList<>();
  private final List<Pattern> endPatterns = new ArrayList<>();

  RowKinds(Reading reading) {
    reading.totalsWords().forEach(w -> totalsExact.add(lower(w)));
    reading.totalsWords().forEach(w -> totalsWords.add(Text.fold(w)));
    reading.endWords().forEach(w -> endWords.add(Text.fold(w)));
    reading.endPatterns().forEach(p -> endPatterns.add(Pattern.compile(p)));
  }

  /** A whole-word prefix: "cong" starts "cong toan huyen" but not "cong ty". */
  private static boolean startsWithWord(String folded, String word) {
    return folded.equals(word) || folded.startsWith(word + " ");
  }

  static boolean isNumber(RawCell c) {
    return c != null && c.kind() == RawCell.Kind.NUMBER;
  }

  /** STT holds a number, typed or as text ("1", "01"). */
  static boolean indexIsNumber(RawCell c) {
    if (c == null) {
      return false;
    }
    if (c.kind() == RawCell.Kind.NUMBER) {
      return true;
    }
    String t = c.text() == null ? "" : c.text().strip();
    return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
  }

  /** A group heading's STT: a Roman numeral or a single letter ("I", "II", "A"). */
  static boolean isGroupMark(RawCell c) {
    if (c == null || c.kind() != RawCell.Kind.STRING) {
      return false;
    }
    String t = c.text().strip();
    if (t.length() > MARK_CHARS) {
      // Not worth a regex over what may be a megabyte: no mark is that long.
      return false;
    }
    t = t.replaceAll("[.)]$", "");
    return ROMAN.matcher(t).matches() || LETTER.matcher(t).matches();
  }

  /**
   * Signature block: no number in STT, at most three cells, one of which starts with an end word
   * ("Người lập biểu", "TM.") or reads like a dateline ("..., ngày 16 tháng 9 năm 2020").
   */
  boolean isEnd(RawRow row, int indexCol) {
    if (row.cells().size() > 3 || indexIsNumber(indexCol < 0 ? null : row.cell(indexCol))) {
      return false;
    }
    for (RawCell c : row.cells()) {
      if (c.kind() != RawCell.Kind.STRING) {
        continue;
      }
      // Checked on every row with few cells: only the head of a long text is folded.
      String f = Text.foldKey(c.text());
      for (String w : endWords) {
        if (startsWithWord(f, w)) {
          return true;
        }
      }
      for (Pattern p : endPatterns) {
        if (p.matcher(f).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The totals label when the row is a totals row: STT is not a number, its first text (in STT or a
   * later column) starts with a totals word, and some cell holds a number.
   */
  String totalsLabel(RawRow row, int indexCol, NumberTest numbers) {
    return totalsLabel(row, indexCol, numbers, Text::clean);
  }

  /** {@link #totalsLabel(RawRow, int, NumberTest)}, the label cleaned by {@code clean}. */
  String totalsLabel(
      RawRow row,
      int indexCol,
      NumberTest numbers,
      java.util.function.UnaryOperator<String> clean) {
    if (indexCol >= 0 && indexIsNumber(row.cell(indexCol))) {
      return null;
    }
    String label = null;
    for (RawCell c : row.cells()) {
      if (c.kind() == RawCell.Kind.STRING && !c.text().isBlank()) {
        String cleaned = clean.apply(c.text());
        if (isTotalsText(cleaned)) {
          label = cleaned;
        }
        break;
      }
    }
    if (label == null) {
      return null;
    }
    for (RawCell c : row.cells()) {
      if (numbers.isNumber(c)) {
        return label;
      }
    }
    return null;
  }

  /**
   * "Cộng" and "Công ty" fold alike: with diacritics the words are compared as written; only text
   * typed without any diacritics is compared folded, and then a one-word totals word ("Cong") must
   * be the whole label.
   */
  private boolean isTotalsText(String text) {
    // Asked of the first text of every row: a label is judged by its head (Text.KEY_CHARS), and
    // a longer text (cleaned: white space padding does not count) is never the whole of a label.
    boolean cut = text.length() > Text.KEY_CHARS;
    String head = cut ? text.substring(0, Text.KEY_CHARS) : text;
    String l = cut ? lower(head) : lower(head).replaceAll("[:.]+$", "");
    if (!l.chars().allMatch(ch -> ch < 0x80)) {
      return totalsExact.stream()
          .anyMatch(w -> (!cut && l.equals(w)) || l.startsWith(w + " ") || l.startsWith(w + ":"));
    }
    String f = cut ? Text.foldKey(text) : Text.fold(l);
    for (String w : totalsWords) {
      if (w.indexOf(' ') < 0 ? f.equals(w) : startsWithWord(f, w)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return Text.clean(s).toLowerCase(java.util.Locale.ROOT);
  }

  /** Tells whether a cell holds a number (text numbers included). */
  interface NumberTest {
    boolean isNumber(RawCell c);
  }

  /** A group row: STT blank or a group mark, at most one other non-empty cell, holding text. */
  static boolean isGroup(RawRow row, int indexCol) {
    RawCell index = indexCol < 0 ? null : row.cell(indexCol);
    if (index != null && !isGroupMark(index)) {
      return false;
    }
    int others = 0;
    for (RawCell c : row.cells()) {
      if (c.col() == indexCol) {
        continue;
      }
      if (c.kind() != RawCell.Kind.STRING || ++others > 1) {
        return false;
      }
    }
    return others == 1 || index != null;
  }

  /** Only a number in STT and nothing else: a pre-numbered template row left empty. */
  static boolean isNumberedEmpty(RawRow row, int indexCol) {
    return indexCol >= 0 && row.cells().size() == 1 && indexIsNumber(row.cell(indexCol));
  }

  /**
   * The column-number row right under a header: at least three non-empty cells running (1) (2)
   * (3)…, 1 2 3… or A B C….
   */
  static boolean isColumnNumbers(RawRow row) {
    if (row == null || row.cells().size() < 3) {
      return false;
    }
    int prev = Integer.MIN_VALUE;
    for (RawCell c : row.cells()) {
      int n = sequenceValue(c);
      if (n == Integer.MIN_VALUE || (prev != Integer.MIN_VALUE && n != prev + 1)) {
        return false;
      }
      prev = n;
    }
    return true;
  }

  private static int sequenceValue(RawCell c) {
    if (c.kind() == RawCell.Kind.NUMBER) {
      double d = c.number();
      return d == Math.rint(d) && Math.abs(d) < 10_000 ? (int) d : Integer.MIN_VALUE;
    }
    if (c.kind() != RawCell.Kind.STRING) {
      return Integer.MIN_VALUE;
    }
    String t = c.text().strip();
    var m = PAREN_NUMBER.matcher(t);
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
      // Letters run 1000+: never confused with numbers.
      return 1000 + Character.toUpperCase(t.charAt(0));
    }
    return Integer.MIN_VALUE;
  }
}
