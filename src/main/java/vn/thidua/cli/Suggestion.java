package vn.thidua.cli;

import java.util.List;
import java.util.Locale;

/**
 * The one name a mistyped command or option most likely meant, or none. picocli's own suggestions
 * ({@code UnmatchedArgumentException.getSuggestions()}) are its three most similar command names,
 * however far, and for an option only the names sharing its first two letters, so "--fromat" finds
 * nothing there. A name a typing slip away (letters left out, added, changed or swapped) comes
 * first; else a suggestion of picocli's that the typed word begins ("kiem" for "kiem-tra").
 */
final class Suggestion {
  private Suggestion() {}

  static String closest(String typed, List<String> names, List<String> picocli) {
    String t = typed.toLowerCase(Locale.ROOT);
    String stripped = t.replaceFirst("^-+", "");
    // One or two letters are too few to tell a slip from another option (-x is not -c).
    int limit =
        stripped.length() <= 2 ? 0 : stripped.length() <= 5 ? 1 : stripped.length() <= 8 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      int d = distance(t, n.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    if (best != null) {
      return best;
    }
    for (String s : picocli) {
      if (stripped.length() >= 2 && s.toLowerCase(Locale.ROOT).startsWith(t)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
   * neighbouring letters ("fromat" is one swap from "format").
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
