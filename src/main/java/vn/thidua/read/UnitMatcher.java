package vn.thidua.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.Config;
import vn.thidua.model.Unit;
import vn.thidua.read.text.PlaceNames;
import vn.thidua.read.text.Text;

/**
 * Tells which unit a text names, by its code, or by its name or an alias compared as a person reads
 * them ({@link PlaceNames#unitKey}): "H. Lục Ngạn", "LUC NGAN", "HLHPN huyện Lục Ngạn" and "Hội
 * LHPN huyện Lục Ngạn, tỉnh Bắc Giang" are one unit.
 */
public final class UnitMatcher {
  private final PlaceNames names;
  private final Map<String, Unit> codes = new HashMap<>();
  private final Map<String, Unit> byKey = new HashMap<>();
  private final Set<String> province = new HashSet<>();

  public UnitMatcher(Config config) {
    this.names = PlaceNames.of(config);
    for (Unit u : config.units()) {
      codes.putIfAbsent(Text.fold(u.code()), u);
      List<String> forms = new ArrayList<>(u.aliases());
      forms.add(u.name());
      for (String f : forms) {
        String key = names.unitKey(f);
        if (key != null) {
          byKey.putIfAbsent(key, u);
        }
      }
    }
    var p = config.campaign().province();
    if (p != null) {
      province.add(Text.fold(p.name()));
      p.aliases().forEach(a -> province.add(Text.fold(a)));
    }
  }

  /** The unit a text names as a whole (code, name or alias), or null. */
  public Unit exact(String text) {
    if (text == null) {
      return null;
    }
    text = head(text);
    Unit u = codes.get(Text.fold(text));
    if (u != null) {
      return u;
    }
    String key = names.unitKey(text);
    return key == null ? null : byKey.get(key);
  }

  /**
   * The unit a longer text names ("(Kèm theo Báo cáo số 61/BC-HPN … Hội LHPN thành phố Bắc Giang)",
   * "Bao cao Hiep Hoa 2020"): as a whole, or by the longest mention of a name or alias it holds as
   * whole words. Null when it names none, or two units equally well, or it is the province's own
   * line.
   */
  public Unit find(String text) {
    if (text == null) {
      return null;
    }
    text = head(text);
    if (province.contains(Text.fold(text)) || names.unitKey(text) == null) {
      return null;
    }
    Unit u = exact(text);
    if (u != null) {
      return u;
    }
    Set<Unit> found = names.mentioned(text, byKey);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  // A unit is named in the first words of a cell: a title cell that goes on for a megabyte costs
  // no more than its head (Text.KEY_CHARS).
  private static String head(String text) {
    return text.length() <= Text.KEY_CHARS ? text : text.substring(0, Text.KEY_CHARS);
  }
}
