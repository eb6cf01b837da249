package vn.thidua.cli;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.check.RuleException;
import vn.thidua.check.RuleProblem;
import vn.thidua.check.RuleSet;
import vn.thidua.config.ConfigException;
import vn.thidua.config.ConfigLoader;
import vn.thidua.config.ConfigProblem;
import vn.thidua.config.LoadedConfig;
import vn.thidua.model.Config;
import vn.thidua.render.Messages;

/** What a command works with: the config (checked, rules compiled) and the messages. */
final class Session {
  final LoadedConfig loaded;
  final Config config;
  final RuleSet rules;
  final Messages messages;

  private Session(LoadedConfig loaded, RuleSet rules, Messages messages) {
    this.loaded = loaded;
    this.config = loaded.config();
    this.rules = rules;
    this.messages = messages;
  }

  /** Loads the config of the options, or ends the command with exit 2 and its problems. */
  static Session open(CommonOptions options) {
    Messages plain = new Messages(options.locale(), null);
    try {
      if (options.config == null) {
        Defaults.Loaded d = Defaults.get();
        return new Session(
            d.config(), d.rules(), new Messages(options.locale(), d.config().config()));
      }
      LoadedConfig loaded = load(options);
      RuleSet rules = compile(loaded);
      return new Session(loaded, rules, new Messages(options.locale(), loaded.config()));
    } catch (ConfigException e) {
      throw new ExitException(ExitCode.UNUSABLE, e);
    }
  }

  static LoadedConfig load(CommonOptions options) throws ConfigException {
    return options.config == null ? ConfigLoader.loadDefault() : ConfigLoader.load(options.config);
  }

  /** Compiles the rule expressions; their problems point at YAML lines like any other. */
  static RuleSet compile(LoadedConfig loaded) throws ConfigException {
    try {
      return RuleSet.compile(loaded.config());
    } catch (RuleException e) {
      List<ConfigProblem> problems = new ArrayList<>();
      var locations = loaded.locations();
      for (RuleProblem p : e.problems()) {
        ConfigProblem at =
            ConfigLoader.locate(loaded.source(), locations, p.pointer(), p.key(), p.args());
        // The expression's own line and column are relative to where it starts in the YAML.
        int line = at.line() == 0 ? 0 : at.line() + Math.max(0, p.line() - 1);
        int col =
            at.column() == 0
                ? 0
                : (p.line() <= 1 ? at.column() + Math.max(0, p.col() - 1) : p.col());
        problems.add(new ConfigProblem(at.source(), line, col, p.key(), p.args()));
      }
      throw new ConfigException(problems, e);
    }
  }

  /** One line per problem: "file:line:column: message" (line and column left out when unknown). */
  static String describe(List<ConfigProblem> problems, Messages messages) {
    StringBuilder sb = new StringBuilder();
    for (ConfigProblem p : problems) {
      if (sb.length() > 0) {
        sb.append(System.lineSeparator());
      }
      sb.append(p.source());
      if (p.line() > 0) {
        sb.append(':').append(p.line()).append(':').append(p.column());
      }
      sb.append(": ").append(messages.get(p.key(), p.args().toArray()));
    }
    return sb.toString();
  }
}
