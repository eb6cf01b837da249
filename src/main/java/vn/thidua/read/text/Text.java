package vn.thidua.read.text;

import java.text.Normalizer;

/** Vietnamese text normalisation used wherever two texts are compared or shown. */
public final class Text {
  private Text() {}

  /**
   * Unicode NFC form of a string (composed and decomposed Vietnamese compare equal after it); null
   * stays null.
   */
  public static String nfc(String s) {
    if (s == null || isAscii(s)) {
      return s;
    }
    // isNormalized is a quick check that avoids copying the (usual) already-composed text.
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * A display form of a cell's text: NFC, every run of white space (spaces, tabs, line breaks,
   * non-breaking and other Unicode spaces) made one ASCII space, trimmed. Null stays null.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String n = nfc(s);
    if (isCleanAlready(n)) {
      return n;
    }
    StringBuilder out = new StringBuilder(n.length());
    boolean pendingSpace = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The matching key of a text: NFC, lower case (Locale.ROOT), Vietnamese diacritics removed (đ/Đ
   * become d), every character that is not a letter or digit made a space, runs of spaces
   * collapsed, trimmed. "Chiều dài\n(mét)" and "CHIEU DAI (met)" both fold to "chieu dai met";
   * "Kinh phí — Hội" folds to "kinh phi hoi". Null folds to "".
   */
  public static String fold(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    if (isAscii(s)) {
      return foldAscii(s);
    }
    // NFD splits every Vietnamese letter into its base letter and combining marks, so dropping
    // the marks leaves the bare letter; NFD of an NFC text equals NFD of the text itself.
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    boolean pendingSpace = false;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x300 && cp <= 0x36F) {
        continue;
      }
      // Đ has no decomposition; Ð (eth) is what some keyboards type in its place.
      if (cp == 'đ' || cp == 'Đ' || cp == 'ð' || cp == 'Ð') {
        cp = 'd';
      }
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        pendingSpace = out.length() > 0;
      }
    }
    return out.toString();
  }

  /**
   * How much of a text {@link #foldKey} looks at. Headers, cover labels, totals and end words,
   * choice names and unit names are a few words; no real one is nearly this long.
   */
  public static final int KEY_CHARS = 256;

  /**
   * The matching key of a cell compared with short words (a header, a cover label, a totals or end
   * word, a choice, a unit name): {@link #fold} of at most its first {@value #KEY_CHARS}
   * characters. A longer text's key is its head's fold followed by " …" (nothing {@link #fold}
   * makes holds "…"), so it never equals the key of a text that fits, yet still starts with the
   * words its head starts with. Folding whole texts here would let one shared string of a megabyte,
   * which thousands of cells may point at, be folded again for every cell and every word it is
   * compared with.
   */
  public static String foldKey(String s) {
    if (s == null || s.length() <= KEY_CHARS) {
      return fold(s);
    }
    int end = KEY_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    String head = fold(s.substring(0, end));
    return head.isEmpty() ? "…" : head + " …";
  }

  /**
   * The key {@link #fold} gives two texts joined by white space ("Kinh phí" and "Hội" → "kinh phi
   * hoi"), from their keys, without copying the texts.
   */
  public static String joinKeys(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
  }

  /**
   * Whether a character is white space for {@link #clean}: Java white space plus the Unicode space
   * separators that {@link Character#isWhitespace} leaves out (U+00A0, U+2007, U+202F).
   */
  public static boolean isSpace(int c) {
    if (c == ' ') {
      return true;
    }
    if (c < 0x80) {
      return c <= 0x20 && Character.isWhitespace(c);
    }
    return c == 0x85 || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String foldAscii(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  private static boolean isCleanAlready(String s) {
    int len = s.length();
    if (len == 0) {
      return true;
    }
    if (isSpace(s.charAt(0)) || isSpace(s.charAt(len - 1))) {
      return false;
    }
    for (int i = 1; i < len; i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
