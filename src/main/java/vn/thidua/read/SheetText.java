package vn.thidua.read;

import java.util.function.Supplier;
import vn.thidua.model.ValueType;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.text.Tcvn3;
import vn.thidua.read.text.Text;
import vn.thidua.read.value.Parsed;

/**
 * Decodes the text of one sheet: NFC always, and legacy TCVN3 text converted to Unicode when the
 * sheet is written in it. The decision is made per sheet, from its first rows, so a stray "m²" in a
 * Unicode sheet is never converted, while every text of a TCVN3 sheet is. A long text that many
 * cells share is decoded, cleaned and parsed once (see {@link LongTexts}).
 */
final class SheetText {
  /**
   * How much of each text the sheet's encoding is decided on. Vietnamese text shows which encoding
   * it is in within its first words; scanning a megabyte-long shared string whole for each of the
   * cells that point at it is what made such a workbook take seconds.
   */
  static final int SNIFF_CHARS = 1024;

  private enum Mode {
    UNKNOWN,
    UNICODE,
    TCVN3
  }

  // Kinds of what LongTexts remembers of a text; a parsed value's kind adds the type's ordinal.
  private static final int DECODED = 0;
  private static final int DECODED_UPPER = 1;
  private static final int CLEANED = 2;
  private static final int KEY = 3;
  private static final int PARSED = 4;

  private Mode mode = Mode.UNKNOWN;
  private boolean converted;
  private final LongTexts recent = new LongTexts();

  /** Decides the sheet's encoding from sample texts (typically its first 30 rows). */
  void learn(Iterable<String> samples) {
    int tcvn = 0;
    int unicode = 0;
    for (String s : samples) {
      if (s == null) {
        continue;
      }
      String head = sample(s);
      if (hasUnicodeOnlyVietnamese(head)) {
        unicode++;
      } else if (Tcvn3.looksLikeTcvn3(head)) {
        tcvn++;
      }
    }
    if (tcvn > 0 && tcvn >= unicode) {
      mode = Mode.TCVN3;
    } else if (unicode > 0) {
      mode = Mode.UNICODE;
    }
  }

  /** Whether any text of the sheet has been converted from TCVN3. */
  boolean converted() {
    return converted;
  }

  /** The cell with its text decoded; numbers and booleans are returned as they are. */
  RawCell decode(RawCell cell) {
    if (cell.kind() != RawCell.Kind.STRING || cell.text() == null) {
      return cell;
    }
    String text = decode(cell.text(), cell.font());
    // Usually the very same String: no need to compare a long text char by char.
    return text == cell.text() || text.equals(cell.text()) ? cell : cell.withText(text);
  }

  /** A text decoded; {@code font} tells an upper-case ".Vn…H" font. */
  String decode(String s, String font) {
    boolean upper = upperFont(font);
    if (!LongTexts.isLong(s)) {
      return decodeNow(s, upper);
    }
    int kind = upper ? DECODED_UPPER : DECODED;
    String decoded = (String) recent.get(s, kind);
    if (decoded == null) {
      decoded = decodeNow(s, upper);
      recent.put(s, kind, decoded);
    }
    return decoded;
  }

  private String decodeNow(String s, boolean upper) {
    if (mode == Mode.UNKNOWN) {
      String head = sample(s);
      if (!hasUnicodeOnlyVietnamese(head) && Tcvn3.looksLikeTcvn3(head)) {
        // The first rows held no evidence either way (all ASCII): the first TCVN3 text decides.
        mode = Mode.TCVN3;
        // What was decoded before was taken for Unicode.
        recent.clear();
      }
    }
    if (mode == Mode.TCVN3 && hasLatin1Letters(s) && !hasUnicodeOnlyVietnamese(s)) {
      converted = true;
      return Text.nfc(Tcvn3.toUnicode(s, upper));
    }
    return Text.nfc(s);
  }

  /** {@link Text#clean} of a decoded text. */
  String clean(String decoded) {
    if (!LongTexts.isLong(decoded)) {
      return Text.clean(decoded);
    }
    String cleaned = (String) recent.get(decoded, CLEANED);
    if (cleaned == null) {
      cleaned = Text.clean(decoded);
      recent.put(decoded, CLEANED, cleaned);
    }
    return cleaned;
  }

  /** {@link Text#foldKey} of a text, asked for each table and header row tried. */
  String key(String text) {
    if (!LongTexts.isLong(text)) {
      return Text.foldKey(text);
    }
    String key = (String) recent.get(text, KEY);
    if (key == null) {
      key = Text.foldKey(text);
      recent.put(text, KEY, key);
    }
    return key;
  }

  /**
   * A text cell's value as a type, by {@code parse}; the value of a text cell depends on its text
   * alone, so a long text is parsed once per type.
   */
  Parsed parse(String text, ValueType type, Supplier<Parsed> parse) {
    if (!LongTexts.isLong(text)) {
      return parse.get();
    }
    int kind = PARSED + type.ordinal();
    Parsed p = (Parsed) recent.get(text, kind);
    if (p == null) {
      p = parse.get();
      recent.put(text, kind, p);
    }
    return p;
  }

  /** The head of a text that its encoding is judged by (see {@link #SNIFF_CHARS}). */
  static String sample(String s) {
    return s.length() <= SNIFF_CHARS ? s : s.substring(0, SNIFF_CHARS);
  }

  private static boolean upperFont(String font) {
    // .VnTimeH, .VnArialH...: the "H" (hoa, capitals) variant renders the same codes as capitals.
    return font != null && font.length() > 3 && font.endsWith("H");
  }

  private static boolean hasLatin1Letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xA1 && c <= 0xFF) {
        return true;
      }
    }
    return false;
  }

  /** Letters only Unicode Vietnamese uses: ă đ ơ ư and the like, ạ…ỹ, combining marks. */
  static boolean hasUnicodeOnlyVietnamese(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x0100 && c <= 0x01B0)
          || (c >= 0x1EA0 && c <= 0x1EF9)
          || (c >= 0x0300 && c <= 0x036F)) {
        return true;
      }
    }
    return false;
  }
}
