package vn.thidua.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.Config;
import vn.thidua.model.Unit;
import vn.thidua.read.text.Text;

/**
 * Tells which unit a text names, by its code, name or an alias, compared folded ("H. Lục Ngạn",
 * "LUC NGAN" and "Hội LHPN huyện Lục Ngạn" are one unit).
 */
public final class UnitMatcher {
  private final Map<String, Unit> exact = new HashMap<>();
  private final List<Map.Entry<String, Unit>> phrases = new ArrayList<>();
  private final Set<String> province = new HashSet<>();

  public UnitMatcher(Config config) {
    for (Unit u : config.units()) {
      exact.putIfAbsent(Text.fold(u.code()), u);
      List<String> forms = new ArrayList<>(u.aliases());
      forms.add(u.name());
      for (String f : forms) {
        String folded = Text.fold(f);
        exact.putIfAbsent(folded, u);
        phrases.add(Map.entry(folded, u));
      }
    }
    // Longest phrases first: "hoi lhpn huyen luc nam" must win over "luc nam".
    phrases.sort((a, b) -> b.getKey().length() - a.getKey().length());
    var p = config.campaign().province();
    if (p != null) {
      province.add(Text.fold(p.name()));
      p.aliases().forEach(a -> province.add(Text.fold(a)));
    }
  }

  /** The unit a text names exactly (code, name or alias), or null. */
  public Unit exact(String text) {
    return text == null ? null : exact.get(Text.foldKey(text));
  }

  /**
   * The unit a longer text names ("(Kèm theo Báo cáo số 61/BC-HPN … Hội LHPN thành phố Bắc
   * Giang)"): exactly, or by the longest name or alias it contains as whole words. Null when it
   * names none, or two units equally well, or it is the province's own line.
   */
  public Unit find(String text) {
    if (text == null) {
      return null;
    }
    // Every title line is asked: only its head is folded (a unit is named in the first words).
    String folded = Text.foldKey(text);
    if (folded.isEmpty() || province.contains(folded)) {
      return null;
    }
    Unit u = exact.get(folded);
    if (u != null) {
      return u;
    }
    String padded = " " + folded + " ";
    Unit found = null;
    int foundLength = 0;
    for (Map.Entry<String, Unit> e : phrases) {
      String phrase = e.getKey();
      if (phrase.length() < foundLength) {
        break;
      }
      if (!phrase.isEmpty() && padded.contains(" " + phrase + " ")) {
        if (found != null && found != e.getValue()) {
          return null;
        }
        found = e.getValue();
        foundLength = phrase.length();
      }
    }
    return found;
  }
}
