package vn.thidua.model;

import java.util.List;
import java.util.Map;

/** Null-safe immutable copies for record components bound from YAML, where absent means empty. */
final class Lists {
  private Lists() {}

  static <T> List<T> of(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static <K, V> Map<K, V> of(Map<K, V> map) {
    return map == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
