package vn.thidua.model;

import java.util.List;

/**
 * The province union that consolidates the reports.
 *
 * @param name e.g. "Hội LHPN tỉnh Bắc Giang"
 * @param place the place written before the date in reports, e.g. "Bắc Giang"
 * @param aliases other ways title blocks name it; such lines never name a reporting unit
 */
public record Province(String name, String place, List<String> aliases) {
  public Province {
    aliases = Lists.of(aliases);
  }
}
