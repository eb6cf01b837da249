package vn.thidua.district;

/** Texts cut to the lengths Excel accepts. */
final class Texts {
  private Texts() {}

  /** The text, cut to {@code max} characters with an ellipsis when longer. */
  static String cut(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 1) + "…";
  }
}
