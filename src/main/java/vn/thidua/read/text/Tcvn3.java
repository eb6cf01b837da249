package vn.thidua.read.text;

import java.text.Normalizer;

/**
 * The legacy TCVN3 (ABC) Vietnamese encoding of the .VnTime fonts: Vietnamese letters stored in the
 * single-byte range 0xA1-0xFE, which a modern reader sees as Latin-1 symbols ("§¬n vÞ" for "Đơn
 * vị"). Detects such text and converts it to Unicode.
 */
public final class Tcvn3 {
  private Tcvn3() {}

  /**
   * TCVN 5712:1993 VN3 by code, from the glibc TCVN5712-1 table restricted to VN3: VN3 keeps only
   * the lower-case letters and the seven base capitals, so the VN1 capitals (0xAF, 0xBA, 0xBF,
   * 0xC0-0xC5, 0xCD, 0xD9-0xDB, 0xE0, 0xF0, 0xFF) and combining marks (0xB0-0xB4) are not letters
   * in .VnTime fonts and stay as they are.
   */
  private static final char[] TABLE = new char[0x100];

  /** Codes that only TCVN3 text holds; see {@link #looksLikeTcvn3}. */
  private static final boolean[] FLAG = new boolean[0x100];

  /** Latin-1 letters that Unicode Vietnamese also uses, so they prove nothing. */
  private static final String UNICODE_VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

  /**
   * TCVN3 letters that are also symbols of ordinary text ("3 × 4", «quoted»); × and ÷ are in the
   * list because a dimension or ratio wrongly converted would corrupt a value.
   */
  private static final String ORDINARY_SYMBOLS = "·«»×÷";

  static {
    run(0xA1, "ĂÂÊÔƠƯĐ");
    run(0xA8, "ăâêôơưđ");
    run(0xB5, "àảãáạ");
    run(0xBB, "ằẳẵắ");
    run(0xC6, "ặầẩẫấậ");
    run(0xCC, "è");
    run(0xCE, "ẻẽéẹ");
    run(0xD2, "ềểễếệìỉ");
    run(0xDC, "ĩíịò");
    run(0xE1, "ỏõóọồổỗốộờởỡớợù");
    run(0xF1, "ủũúụừửữứựỳỷỹýỵ");
    for (int c = 0; c < 0x100; c++) {
      FLAG[c] =
          TABLE[c] != 0
              && UNICODE_VIETNAMESE_LATIN1.indexOf(c) < 0
              && ORDINARY_SYMBOLS.indexOf(c) < 0;
    }
  }

  private static void run(int firstCode, String letters) {
    for (int i = 0; i < letters.length(); i++) {
      TABLE[firstCode + i] = letters.charAt(i);
    }
  }

  /**
   * Whether a string is TCVN3 text read as Latin-1: it holds at least one character that TCVN3 uses
   * for a Vietnamese letter and that Unicode Vietnamese never uses (such as '¬', '§', 'Þ', 'µ',
   * '¸', 'Ë', 'ö', U+00AD), and no character that only Unicode Vietnamese has (letters
   * U+0100-U+01B0 such as ă đ ơ ư, U+1EA0-U+1EF9 such as ạ ế ộ, combining marks U+0300-U+036F).
   * Ordinary Unicode Vietnamese ("Hội LHPN huyện Sơn Động", "Bà Tú", "Ông Hà") is never flagged.
   * Symbols that ordinary text uses (², °, ±, ·, «, ») alone do not flag a string.
   */
  public static boolean looksLikeTcvn3(String s) {
    if (s == null) {
      return false;
    }
    boolean flagged = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c <= 0xFF) {
        flagged |= FLAG[c];
      } else if ((c >= 0x100 && c <= 0x1B0)
          || (c >= 0x1EA0 && c <= 0x1EF9)
          || (c >= 0x300 && c <= 0x36F)) {
        return false;
      }
    }
    return flagged;
  }

  /**
   * Converts TCVN3 text to NFC Unicode. With {@code upperCase} (text in a ".Vn…H" font such as
   * .VnTimeH, whose glyphs are capitals) the letters come out upper case ("HéI" → "HỘI"); otherwise
   * as the lower-case ABC table says ("Héi" → "Hội"). Characters outside the table are kept.
   */
  public static String toUnicode(String s, boolean upperCase) {
    if (s == null) {
      return null;
    }
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char mapped = c < 0x100 ? TABLE[c] : 0;
      if (mapped != 0) {
        c = mapped;
      }
      // A .Vn…H font draws every letter code as a capital, ASCII ones included.
      if (upperCase && (mapped != 0 || (c >= 'a' && c <= 'z'))) {
        c = Character.toUpperCase(c);
      }
      out[i] = c;
    }
    // Mapped letters are precomposed, but the rest of the text may not be.
    return Normalizer.normalize(new String(out), Normalizer.Form.NFC);
  }
}
