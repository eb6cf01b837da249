package vn.thidua.check;

import java.util.List;

/** The config's rule expressions do not compile. */
public class RuleException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  public RuleException(List<RuleProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
