package vn.thidua.summary;

import java.util.HashSet;
import java.util.Set;
import vn.thidua.model.Config;
import vn.thidua.model.RuleSpec;

/**
 * Which of the config's rules say a report is late: the cover rules that compare the report date
 * with the nomination deadline. Validating one workbook gives their warning on its date; a province
 * run judges timeliness once per unit, from its earliest version, and keeps their warnings only for
 * a unit that is late (campaign.md section 5).
 */
final class Timeliness {
  private static final String DEADLINE = "nomination_deadline";

  private Timeliness() {}

  static Set<String> rules(Config config) {
    Set<String> ids = new HashSet<>();
    if (config.cover() != null) {
      for (RuleSpec r : config.cover().rules()) {
        if (r.check() != null && r.check().contains(DEADLINE)) {
          ids.add(r.id());
        }
      }
    }
    return ids;
  }
}
