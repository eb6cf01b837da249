package vn.thidua.check;

import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.read.text.PlaceNames;
import vn.thidua.read.text.Text;

/**
 * The functions rule expressions may call, besides JEXL's operators: {@code same(a, b)} compares
 * texts folded (case, spacing, diacritics ignored), {@code same_district(a, b)} compares district
 * names as a person reads them ("huyện Sơn Động" is "Sơn Động", {@link PlaceNames}), {@code
 * fold(s)} gives the folded form, {@code criterion(kind, column)} names a nomination criterion
 * ("TC3"). Nothing else of Java is reachable from a config.
 */
public final class RuleFunctions {
  private final Config config;
  private final PlaceNames places;

  RuleFunctions(Config config) {
    this.config = config;
    this.places = PlaceNames.of(config);
  }

  public boolean same(Object a, Object b) {
    return a != null && b != null && Text.fold(a.toString()).equals(Text.fold(b.toString()));
  }

  // Named in snake case because config authors type it in rule expressions, next to YAML keys.
  public boolean same_district(Object a, Object b) {
    return a != null
        && b != null
        && places.same(PlaceNames.Level.DISTRICT, a.toString(), b.toString());
  }

  public String fold(Object s) {
    return s == null ? null : Text.fold(s.toString());
  }

  public String criterion(Object kind, Object column) {
    if (kind == null || column == null) {
      return null;
    }
    for (Criterion c : config.criteria().getOrDefault(kind.toString(), java.util.List.of())) {
      if (column.toString().equals(c.column())) {
        return c.code();
      }
    }
    return column.toString().toUpperCase(java.util.Locale.ROOT);
  }
}
