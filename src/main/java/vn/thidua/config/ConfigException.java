package vn.thidua.config;

import java.util.List;

/** A config that cannot be used, with every problem found. */
public class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems, Throwable cause) {
    super(problems.isEmpty() ? "config" : problems.get(0).key(), cause);
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
