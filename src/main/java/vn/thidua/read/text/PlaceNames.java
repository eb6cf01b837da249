package vn.thidua.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.Config;
import vn.thidua.model.Reading;

/**
 * Place and unit names compared as a person reads them (workbook.md, "Place and unit names compare
 * as a person reads them"): folded, then without one leading administrative word of the name's
 * level ("huyện", "H.", "xã", "thôn"…), a trailing ", tỉnh Bắc Giang" or "- Bắc Giang", and for
 * unit names a leading union name ("Hội LHPN"). "huyện Sơn Động", "H.Sơn Động", "Huyện Sơn Động,
 * tỉnh Bắc Giang" and "Son Dong" all have the key "son dong". The word lists come from the config's
 * reading section; this class is the one place the rule lives.
 */
public final class PlaceNames {
  /** The level of a place name, which decides the leading words it may drop. */
  public enum Level {
    DISTRICT,
    COMMUNE,
    HAMLET
  }

  /**
   * The word that leads the province's own name (folded "tỉnh"). It is never dropped: a name led by
   * it is the province, never a unit.
   */
  private static final String PROVINCE_WORD = "tinh";

  /** What may stand between a name and a trailing province: "Sơn Động, tỉnh…", "Sơn Động - …". */
  private static final String SEPARATORS = ",-\u2010\u2011\u2012\u2013\u2014\u2212";

  private final Map<Level, List<Words>> levels = new EnumMap<>(Level.class);
  private final List<Words> organisations;
  private final List<String> place;

  /** The rule with a config's word lists and its province's place. */
  public static PlaceNames of(Config config) {
    CampaignInfo c = config.campaign();
    String place = c == null || c.province() == null ? null : c.province().place();
    return new PlaceNames(config.reading(), place);
  }

  /**
   * @param reading the word lists (blank entries are ignored: the config check reports them)
   * @param provincePlace the province's place ("Bắc Giang"), dropped when it trails a name; may be
   *     null
   */
  public PlaceNames(Reading reading, String provincePlace) {
    levels.put(Level.DISTRICT, words(reading.districtWords()));
    levels.put(Level.COMMUNE, words(reading.communeWords()));
    levels.put(Level.HAMLET, words(reading.hamletWords()));
    organisations = words(reading.organisationNames());
    place = split(provincePlace).folded;
  }

  /**
   * The comparison key of a place name at a level: "Xã Bảo Sơn", "X. Bảo Sơn" and "BAO SON" are all
   * "bao son" as communes; "Tổ dân phố Hòa Bình" and "TDP Hoà Bình" are "hoa binh" as hamlets. Two
   * places are the same when their keys are equal; a blank name has the key "".
   */
  public String key(Level level, String text) {
    Words w = split(text);
    List<Words> leading = levels.get(level);
    int end = nameEnd(w, List.of(leading));
    return w.key(drop(leading, w, 0, end), end);
  }

  /** Whether two place names at a level name the same place; blank names the same as nothing. */
  public boolean same(Level level, String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String k = key(level, a);
    return !k.isEmpty() && k.equals(key(level, b));
  }

  /**
   * The comparison key of a unit name: a place key at district level that also drops a leading
   * union name, so "Hội Phụ nữ H. Tân Yên", "HLHPN huyện Tân Yên" and "Tân Yên" are all "tan yen".
   * Null when the text names no unit: blank, or the province ("Hội LHPN tỉnh Bắc Giang", a name led
   * by "tỉnh"; or its place alone, "Bắc Giang", which only a district word makes the city's name).
   */
  public String unitKey(String text) {
    Words w = split(text);
    List<Words> district = levels.get(Level.DISTRICT);
    int end = nameEnd(w, List.of(organisations, district));
    int start = drop(organisations, w, 0, end);
    if (start == end || w.folded.get(start).equals(PROVINCE_WORD)) {
      return null;
    }
    int named = drop(district, w, start, end);
    if (named == start && w.folded.subList(start, end).equals(place)) {
      return null;
    }
    return w.key(named, end);
  }

  /**
   * What a longer text names, given the unit keys ({@link #unitKey}) of what may be named: the
   * values whose key occurs in it as whole words for the longest stretch, counting a leading union
   * name and district word ("(Kèm theo Báo cáo số 61/BC-HPN … của Hội Phụ nữ H. Tân Yên)" names
   * "tan yen"). The province's place counts only behind a district word ("TP Bắc Giang"), and a key
   * behind a commune or hamlet word not at all ("xã Sơn Động" is a commune). Empty when nothing is
   * named; several values when several are named equally long.
   */
  public <T> Set<T> mentioned(String text, Map<String, T> byKey) {
    Words w = split(text);
    int n = w.folded.size();
    List<Map.Entry<String[], T>> keys = new ArrayList<>();
    byKey.forEach((k, v) -> keys.add(Map.entry(k.split(" "), v)));
    List<Words> district = levels.get(Level.DISTRICT);
    Set<T> found = new LinkedHashSet<>();
    int best = 0;
    for (int i = 0; i < n; i++) {
      int org = i + lead(organisations, w, i, n);
      int named = org + lead(district, w, org, n);
      // "xã Sơn Động", "thôn Yên Thế": a commune or a hamlet, not the union of the district.
      boolean lower =
          follows(levels.get(Level.COMMUNE), w, i) || follows(levels.get(Level.HAMLET), w, i);
      // From the furthest start: the longest stretch for a key found from several.
      int[] starts = {named, org, i};
      for (Map.Entry<String[], T> e : keys) {
        String[] key = e.getKey();
        for (int start : starts) {
          boolean led = start == named && named > org;
          boolean bare = start == i;
          if (w.startsWith(start, key)
              && (led || !Arrays.asList(key).equals(place))
              && !(bare && lower)) {
            int length = start - i + key.length;
            if (length > best) {
              best = length;
              found.clear();
            }
            if (length == best) {
              found.add(e.getValue());
            }
            break;
          }
        }
      }
    }
    return found;
  }

  /**
   * Where the name ends: before a trailing ", tỉnh Bắc Giang" or "- Bắc Giang" when a name is left
   * in front of it once its leading words are gone ("tp-bac-giang" keeps its "bac giang").
   */
  private int nameEnd(Words w, List<List<Words>> leading) {
    int n = w.folded.size();
    if (place.isEmpty()) {
      return n;
    }
    for (int k = n - place.size() - 1; k <= n - place.size(); k++) {
      if (k < 1 || !w.separated.get(k) || !w.folded.subList(n - place.size(), n).equals(place)) {
        continue;
      }
      if (k < n - place.size() && !w.folded.get(k).equals(PROVINCE_WORD)) {
        continue;
      }
      int i = 0;
      for (List<Words> list : leading) {
        i += lead(list, w, i, k);
      }
      if (i < k) {
        return k;
      }
    }
    return n;
  }

  /** Past one leading word of a list, unless nothing would remain before {@code end}. */
  private static int drop(List<Words> list, Words w, int from, int end) {
    int length = lead(list, w, from, end);
    return from + length < end ? from + length : from;
  }

  /** Whether an entry of a list ends right before word {@code end}. */
  private static boolean follows(List<Words> list, Words w, int end) {
    for (Words entry : list) {
      int size = entry.folded.size();
      if (size <= end && lead(List.of(entry), w, end - size, end) == size) {
        return true;
      }
    }
    return false;
  }

  /** How many words the longest entry of a list found at {@code from} covers, or 0. */
  private static int lead(List<Words> list, Words w, int from, int end) {
    for (Words entry : list) {
      int size = entry.folded.size();
      if (from + size > end) {
        continue;
      }
      // A text with diacritics is read with them: "Quán Triều" and "Xa Lý" do not start with
      // "quận" or "xã". A text typed without any (file names, old keyboards) is read folded.
      List<String> mine = w.marked ? w.written : w.folded;
      List<String> theirs = w.marked ? entry.written : entry.folded;
      if (mine.subList(from, from + size).equals(theirs)) {
        return size;
      }
    }
    return 0;
  }

  /**
   * A word list, longest entry first so "thị xã" is tried before a shorter entry it starts with.
   */
  private static List<Words> words(List<String> list) {
    List<Words> out = new ArrayList<>();
    for (String s : list) {
      Words w = split(s);
      if (!w.folded.isEmpty()) {
        out.add(w);
      }
    }
    out.sort(Comparator.comparingInt((Words w) -> w.folded.size()).reversed());
    return out;
  }

  /**
   * A text split into words at every character that is not a letter, a digit or a combining mark;
   * each word folded ({@link Text#fold}) and as written (NFC, lower case).
   *
   * @param separated per word, whether a separator (comma, dash) stands before it
   * @param marked whether any word carries diacritics
   */
  private record Words(
      List<String> folded, List<String> written, List<Boolean> separated, boolean marked) {

    boolean startsWith(int from, String[] key) {
      if (from + key.length > folded.size()) {
        return false;
      }
      for (int i = 0; i < key.length; i++) {
        if (!folded.get(from + i).equals(key[i])) {
          return false;
        }
      }
      return true;
    }

    String key(int from, int to) {
      return String.join(" ", folded.subList(from, to));
    }
  }

  private static Words split(String text) {
    List<String> folded = new ArrayList<>();
    List<String> written = new ArrayList<>();
    List<Boolean> separated = new ArrayList<>();
    boolean marked = false;
    String s = text == null ? "" : Text.nfc(text);
    StringBuilder word = new StringBuilder();
    boolean separator = false;
    for (int i = 0; i <= s.length(); ) {
      int cp = i < s.length() ? s.codePointAt(i) : ' ';
      i += i < s.length() ? Character.charCount(cp) : 1;
      if (Character.isLetterOrDigit(cp) || (cp >= 0x300 && cp <= 0x36F)) {
        word.appendCodePoint(cp);
        continue;
      }
      if (word.length() > 0) {
        String f = Text.fold(word.toString());
        if (!f.isEmpty()) {
          String w = word.toString().toLowerCase(Locale.ROOT);
          folded.add(f);
          written.add(w);
          separated.add(separator);
          marked |= !f.equals(w);
          separator = false;
        }
        word.setLength(0);
      }
      separator |= SEPARATORS.indexOf(cp) >= 0;
    }
    return new Words(List.copyOf(folded), List.copyOf(written), List.copyOf(separated), marked);
  }
}
