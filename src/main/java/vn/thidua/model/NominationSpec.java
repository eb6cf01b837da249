package vn.thidua.model;

import java.util.Map;

/**
 * Which table holds the nominations for commendation, and its columns.
 *
 * @param table the table key ("nominations")
 * @param kind the choice column of the kind; its codes are the keys of {@code criteria}
 * @param name the collective's or person's name
 * @param position the position and workplace (required for an individual)
 * @param action the typical action described
 * @param quotas per kind code, the name of the unit quota limiting it (units[].quotas), e.g.
 *     collective → max_collective
 * @param criteriaRule the id of the table's rule that says a criterion of the nomination's kind is
 *     not marked; its findings are listed as "criterion not met", naming the criterion from the
 *     rule's third argument. Null when the campaign has no such rule.
 */
public record NominationSpec(
    String table,
    String kind,
    String name,
    String position,
    String action,
    Map<String, String> quotas,
    String criteriaRule) {

  public NominationSpec {
    quotas = Lists.of(quotas);
  }
}
