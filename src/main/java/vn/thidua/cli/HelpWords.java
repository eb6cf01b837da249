package vn.thidua.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.config.ConfigException;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.TableSpec;
import vn.thidua.render.Messages;

/**
 * The campaign's own words in the help: which tables a workbook holds and which criteria a
 * nomination must meet come from the config in use (the one {@code -c} names, else the default),
 * not from the help texts, so the next campaign's help names its own. picocli puts them in where a
 * help text says {@code ${sys:thidua.tables}} or {@code ${sys:thidua.criteria}} (its variable
 * interpolation); a help text gives its own general words after {@code :-} for when there are none
 * (a config that does not load: its problems are said by the command, not by the help).
 */
final class HelpWords {
  static final String TABLES = "thidua.tables";
  static final String CRITERIA = "thidua.criteria";

  private HelpWords() {}

  /**
   * Puts the words of the config in use where the help texts find them; only when help is asked for
   * ({@link Args#help}), the one time they are worth a config's load.
   */
  static void publish(Args given) {
    Config config;
    try {
      config =
          given.config() == null
              ? ConfigLoader.loadDefault().config()
              : ConfigLoader.load(Path.of(given.config())).config();
    } catch (ConfigException | RuntimeException e) {
      System.clearProperty(TABLES);
      System.clearProperty(CRITERIA);
      return;
    }
    Messages m = new Messages(Messages.locale(given.lang()), config);
    System.setProperty(TABLES, tables(config, m));
    System.setProperty(CRITERIA, criteria(config, m));
  }

  /** "Biểu 1", "Biểu 2": each table by its name, quoted. */
  static String tables(Config config, Messages m) {
    List<String> names = new ArrayList<>();
    for (TableSpec t : config.tables()) {
      names.add(m.get("help.words.table", t.name()));
    }
    return String.join(", ", names);
  }

  /** TC1, TC2, TC3 (Tập thể); TC1, TC2 (Cá nhân): each kind's criteria by code. */
  static String criteria(Config config, Messages m) {
    Map<String, String> kinds = config.kindNames();
    List<String> parts = new ArrayList<>();
    config
        .criteria()
        .forEach(
            (kind, list) ->
                parts.add(
                    m.get(
                        "help.words.criteria",
                        String.join(", ", list.stream().map(Criterion::code).toList()),
                        kinds.getOrDefault(kind, kind))));
    return String.join("; ", parts);
  }
}
