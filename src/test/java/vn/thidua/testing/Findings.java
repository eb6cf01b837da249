package vn.thidua.testing;

import java.nio.file.Path;
import java.util.List;
import vn.thidua.check.RuleSet;
import vn.thidua.check.Validator;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.Severity;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.ReadOptions;

/**
 * Runs the validator and flattens findings to one line each: "Biểu 1!E12 error road.length.min".
 */
public final class Findings {
  private Findings() {}

  public static WorkbookResult validate(Config config, Path file, ReadOptions options) {
    WorkbookResult r;
    try {
      r =
          new Validator(config, RuleSet.compile(config))
              .validate(file, file.getFileName().toString(), options, null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    // Every finding a test meets must also render: a placeholder left in a message means a
    // finding lost its arguments.
    for (String lang : new String[] {"vi", "en"}) {
      var m = new vn.thidua.render.Messages(vn.thidua.render.Messages.locale(lang), config);
      for (Finding f : r.findings()) {
        String text = m.finding(f);
        if (java.util.regex.Pattern.compile("\\{\\d").matcher(text).find()) {
          throw new AssertionError("placeholder left in " + f.rule() + " (" + lang + "): " + text);
        }
      }
    }
    return r;
  }

  public static WorkbookResult validate(Path file) {
    return validate(ConfigLoader.loadDefault().config(), file, ReadOptions.DEFAULT);
  }

  /** Errors and warnings, one line each. */
  public static List<String> lines(WorkbookResult r) {
    return r.findings().stream().filter(Finding::counts).map(Findings::line).toList();
  }

  /** Every finding, info included. */
  public static List<String> all(WorkbookResult r) {
    return r.findings().stream().map(Findings::line).toList();
  }

  public static String line(Finding f) {
    String where = f.sheet() == null ? "-" : f.sheet();
    if (f.cell() != null) {
      where += "!" + f.cell();
    } else if (f.row() != null) {
      where += "!" + f.row();
    }
    return where + " " + f.severity().id() + " " + f.rule();
  }

  public static boolean is(Finding f, Severity s) {
    return f.severity() == s;
  }
}
