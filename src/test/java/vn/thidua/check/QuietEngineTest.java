package vn.thidua.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.read.ReadOptions;

/**
 * The rules engine of a silenced run (the command line without --debug) gets a logger that says
 * nothing and its own introspection: it must find exactly what the usual engine finds.
 */
class QuietEngineTest {
  private static final String LEVEL = "log4j2.simplelogLevel";

  @Test
  void theQuietEngineFindsTheSame() throws Exception {
    Config config = ConfigLoader.loadDefault().config();
    List<Finding> usual = findings(config, null);
    List<Finding> quiet = findings(config, "OFF");
    assertThat(quiet).isEqualTo(usual);
    assertThat(usual).extracting(Finding::rule).contains("members.registered.target");
  }

  private static List<Finding> findings(Config config, String level) throws Exception {
    String before = System.getProperty(LEVEL);
    RuleSet rules;
    try {
      if (level == null) {
        System.clearProperty(LEVEL);
      } else {
        System.setProperty(LEVEL, level);
      }
      rules = RuleSet.compile(config);
    } finally {
      if (before == null) {
        System.clearProperty(LEVEL);
      } else {
        System.setProperty(LEVEL, before);
      }
    }
    List<Finding> all = new java.util.ArrayList<>();
    for (String f : List.of("tan-yen.xlsx", "son-dong.xls", "khoi-co-quan", "hiep-hoa.xlsx")) {
      Path p = Path.of("samples/2020", f);
      all.addAll(
          new Validator(config, rules)
              .validate(p, f, new ReadOptions(null, null, null), null)
              .findings());
    }
    return all;
  }
}
