package vn.thidua.read.text;

/** Vietnamese text normalisation used wherever two texts are compared or shown. */
public final class Text {
  private Text() {}

  /**
   * Unicode NFC form of a string (composed and decomposed Vietnamese compare equal after it);
   * null stays null.
   */
  public static String nfc(String s) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * A display form of a cell's text: NFC, every run of white space (spaces, tabs, line breaks,
   * non-breaking and other Unicode spaces) made one ASCII space, trimmed. Null stays null.
   */
  public static String clean(String s) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * The matching key of a text: NFC, lower case (Locale.ROOT), Vietnamese diacritics removed
   * (đ/Đ become d), every character that is not a letter or digit made a space, runs of spaces
   * collapsed, trimmed. "Chiều dài\n(mét)" and "CHIEU  DAI (met)" both fold to "chieu dai met";
   * "Kinh phí — Hội" folds to "kinh phi hoi". Null folds to "".
   */
  public static String fold(String s) {
    throw new UnsupportedOperationException("TODO");
  }
}
