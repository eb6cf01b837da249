package vn.thidua.check;

import java.util.List;

/**
 * A rule expression of the config that does not compile.
 *
 * @param pointer JSON pointer of the expression in the config ("/tables/2/rules/0/check")
 * @param line 1-based line inside the expression, col its column (0 when unknown)
 * @param key message key
 * @param args message arguments
 */
public record RuleProblem(String pointer, int line, int col, String key, List<Object> args) {}
