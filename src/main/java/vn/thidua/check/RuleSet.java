package vn.thidua.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.internal.introspection.Uberspect;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.impl.NoOpLog;
import vn.thidua.model.Config;
import vn.thidua.model.RuleSpec;
import vn.thidua.model.TableSpec;

/**
 * The config's row rules compiled once: JEXL expressions in a sandbox that reaches only the row's
 * values, the campaign, the unit and {@link RuleFunctions}.
 */
public final class RuleSet {
  /** The level of log4j's simple logger, which the command line sets (cli.LibraryLogs). */
  private static final String LIBRARY_LOG_LEVEL = "log4j2.simplelogLevel";

  private final JexlEngine engine;
  private final Map<String, List<CompiledRule>> byTable = new HashMap<>();
  private final List<CompiledRule> cover = new ArrayList<>();

  private RuleSet(Config config) {
    Map<String, Object> namespaces = new HashMap<>();
    // The null namespace makes the functions callable without a prefix: same(a, b).
    namespaces.put(null, new RuleFunctions(config));
    JexlPermissions permissions = new JexlPermissions.ClassPermissions(RuleFunctions.class);
    JexlBuilder builder = new JexlBuilder().permissions(permissions);
    if ("OFF".equalsIgnoreCase(System.getProperty(LIBRARY_LOG_LEVEL))) {
      // Libraries silenced (no --debug): a logger that says nothing, for the engine and its
      // introspection (the uberspect JEXL would make itself, but for the logger), spares
      // commons-logging's discovery and log4j's start-up, some 60 ms of CPU before the rules
      // are ready.
      Log none = new NoOpLog();
      builder.logger(none).uberspect(new Uberspect(none, builder.strategy(), permissions));
    }
    this.engine =
        builder.namespaces(namespaces).strict(true).safe(false).silent(false).cache(256).create();
  }

  /** Compiles every rule; all problems are reported together. */
  public static RuleSet compile(Config config) throws RuleException {
    RuleSet set = new RuleSet(config);
    List<RuleProblem> problems = new ArrayList<>();
    if (config.cover() != null) {
      set.cover.addAll(set.compileAll("/cover/rules", config.cover().rules(), problems));
    }
    for (int t = 0; t < config.tables().size(); t++) {
      TableSpec table = config.tables().get(t);
      set.byTable.put(
          table.key(), set.compileAll("/tables/" + t + "/rules", table.rules(), problems));
    }
    if (!problems.isEmpty()) {
      throw new RuleException(problems);
    }
    return set;
  }

  List<CompiledRule> table(String key) {
    return byTable.getOrDefault(key, List.of());
  }

  List<CompiledRule> cover() {
    return cover;
  }

  private List<CompiledRule> compileAll(String at, List<RuleSpec> rules, List<RuleProblem> out) {
    List<CompiledRule> compiled = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec r = rules.get(i);
      String here = at + "/" + i;
      Set<String> names = new LinkedHashSet<>();
      JexlScript when = script(r.when(), here + "/when", names, out);
      JexlScript check = script(r.check(), here + "/check", names, out);
      List<JexlScript> args = new ArrayList<>();
      for (int a = 0; a < r.args().size(); a++) {
        args.add(script(r.args().get(a), here + "/args/" + a, new LinkedHashSet<>(), out));
      }
      if (check != null) {
        compiled.add(new CompiledRule(r, when, check, args, names));
      }
    }
    return compiled;
  }

  private JexlScript script(
      String source, String pointer, Set<String> names, List<RuleProblem> out) {
    if (source == null || source.isBlank()) {
      return null;
    }
    try {
      JexlScript s = engine.createScript(new JexlInfo(pointer, 1, 1), source);
      s.getVariables().forEach(path -> names.add(path.get(0)));
      return s;
    } catch (JexlException e) {
      JexlInfo info = e.getInfo();
      int line = info == null ? 0 : info.getLine();
      int col = info == null ? 0 : info.getColumn();
      out.add(
          new RuleProblem(pointer, line, col, "config.rule.syntax", List.of(source, reason(e))));
      return null;
    }
  }

  private static String reason(JexlException e) {
    String m = e.getMessage();
    return m == null ? "" : m.substring(m.indexOf(' ') + 1).trim();
  }
}
