package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * A reporting unit (district union or provincial bloc).
 *
 * @param code short stable code, e.g. "TY"
 * @param name full name, e.g. "Hội LHPN huyện Tân Yên"
 * @param aliases other names it is written as; matched without regard to case, spacing or
 *     diacritics
 * @param targets per-unit targets by name, e.g. roads → 9
 * @param location the district its roads must lie in, or null (its own district)
 * @param quotas optional limits by name, e.g. max_collective → 2
 */
public record Unit(
    String code,
    String name,
    List<String> aliases,
    Map<String, Integer> targets,
    String location,
    Map<String, Integer> quotas) {

  public Unit {
    aliases = Lists.of(aliases);
    targets = Lists.of(targets);
    quotas = Lists.of(quotas);
  }

  public int target(String name) {
    return targets.getOrDefault(name, 0);
  }
}
