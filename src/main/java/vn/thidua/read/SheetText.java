package vn.thidua.read;

import vn.thidua.read.source.RawCell;
import vn.thidua.read.text.Tcvn3;
import vn.thidua.read.text.Text;

/**
 * Decodes the text of one sheet: NFC always, and legacy TCVN3 text converted to Unicode when the
 * sheet is written in it. The decision is made per sheet, from its first rows, so a stray "m²" in a
 * Unicode sheet is never converted, while every text of a TCVN3 sheet is.
 */
final class SheetText {
  private enum Mode {
    UNKNOWN,
    UNICODE,
    TCVN3
  }

  private Mode mode = Mode.UNKNOWN;
  private boolean converted;

  /** Decides the sheet's encoding from sample texts (typically its first 30 rows). */
  void learn(Iterable<String> samples) {
    int tcvn = 0;
    int unicode = 0;
    for (String s : samples) {
      if (s == null) {
        continue;
      }
      if (hasUnicodeOnlyVietnamese(s)) {
        unicode++;
      } else if (Tcvn3.looksLikeTcvn3(s)) {
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
    return text.equals(cell.text()) ? cell : cell.withText(text);
  }

  /** A text decoded; {@code font} tells an upper-case ".Vn…H" font. */
  String decode(String s, String font) {
    if (mode == Mode.UNKNOWN && !hasUnicodeOnlyVietnamese(s) && Tcvn3.looksLikeTcvn3(s)) {
      // The first rows held no evidence either way (all ASCII): the first TCVN3 text decides.
      mode = Mode.TCVN3;
    }
    if (mode == Mode.TCVN3 && hasLatin1Letters(s) && !hasUnicodeOnlyVietnamese(s)) {
      converted = true;
      return Text.nfc(Tcvn3.toUnicode(s, upperFont(font)));
    }
    return Text.nfc(s);
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
