package vn.thidua.model;

import java.util.List;

/**
 * An allowed value of a choice column.
 *
 * @param code stable code used in expressions and JSON ("collective"); defaults to the name
 * @param name canonical Vietnamese name ("Tập thể")
 * @param aliases other ways it is written
 */
public record Choice(String code, String name, List<String> aliases) {
  public Choice {
    aliases = Lists.of(aliases);
    code = code == null ? name : code;
  }
}
