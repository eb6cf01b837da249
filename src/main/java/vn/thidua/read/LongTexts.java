package vn.thidua.read;

/**
 * What was last worked out from the long texts of one sheet (decoded, cleaned, parsed as a type),
 * by String instance. An .xlsx (and an .xls) stores each distinct text once and every cell showing
 * it gets the same String, so a megabyte-long shared string behind 12,000 cells is worked out once
 * instead of 12,000 times. A few slots rather than a map: texts that are not shared (inline
 * strings, CSV cells) are distinct instances, and the memo must not keep a whole sheet of them
 * alive.
 */
final class LongTexts {
  /** Texts up to this length cost little to work out again and are not remembered. */
  static final int MIN_CHARS = 256;

  private static final int SLOTS = 64;

  private final String[] texts = new String[SLOTS];
  private final int[] kinds = new int[SLOTS];
  private final Object[] values = new Object[SLOTS];

  static boolean isLong(String s) {
    return s != null && s.length() > MIN_CHARS;
  }

  /** What was remembered for this very String (not an equal one) and kind, or null. */
  Object get(String text, int kind) {
    int i = slot(text, kind);
    return texts[i] == text && kinds[i] == kind ? values[i] : null;
  }

  void put(String text, int kind, Object value) {
    int i = slot(text, kind);
    texts[i] = text;
    kinds[i] = kind;
    values[i] = value;
  }

  void clear() {
    java.util.Arrays.fill(texts, null);
    java.util.Arrays.fill(values, null);
  }

  private static int slot(String text, int kind) {
    // Fibonacci hashing spreads identity hashes (and the kinds of one text) over the slots.
    return ((System.identityHashCode(text) + kind) * 0x9E3779B9) >>> 26;
  }
}
