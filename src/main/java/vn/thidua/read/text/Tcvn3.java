package vn.thidua.read.text;

/**
 * The legacy TCVN3 (ABC) Vietnamese encoding of the .VnTime fonts: Vietnamese letters stored in
 * the single-byte range 0xA1-0xFE, which a modern reader sees as Latin-1 symbols ("§¬n vÞ" for
 * "Đơn vị"). Detects such text and converts it to Unicode.
 */
public final class Tcvn3 {
  private Tcvn3() {}

  /**
   * Whether a string is TCVN3 text read as Latin-1: it holds at least one character that TCVN3
   * uses for a Vietnamese letter and that Unicode Vietnamese never uses (such as '¬', '§', 'Þ',
   * 'µ', '¸', 'Ë', 'ö', U+00AD), and no character that only Unicode Vietnamese has (letters
   * U+0100-U+01B0 such as ă đ ơ ư, U+1EA0-U+1EF9 such as ạ ế ộ, combining marks U+0300-U+036F).
   * Ordinary Unicode Vietnamese ("Hội LHPN huyện Sơn Động", "Bà Tú", "Ông Hà") is never
   * flagged. Symbols that ordinary text uses (², °, ±, ·, «, ») alone do not flag a string.
   */
  public static boolean looksLikeTcvn3(String s) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Converts TCVN3 text to NFC Unicode. With {@code upperCase} (text in a ".Vn…H" font such as
   * .VnTimeH, whose glyphs are capitals) the letters come out upper case ("HéI" → "HỘI");
   * otherwise as the lower-case ABC table says ("Héi" → "Hội"). Characters outside the table
   * are kept.
   */
  public static String toUnicode(String s, boolean upperCase) {
    throw new UnsupportedOperationException("TODO");
  }
}
