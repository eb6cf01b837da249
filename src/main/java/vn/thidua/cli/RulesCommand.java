package vn.thidua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.check.RuleCatalog;
import vn.thidua.render.Messages;

/** The error catalogue: every rule id, its severity, its message in both languages. */
@Command(
    name = "rules",
    aliases = "quy-tac",
    description = {
      "Lists every rule a finding can carry: its stable id, severity, and message in Vietnamese"
          + " and English (each message says what is wrong and how to fix it). Rules of the"
          + " config in use (-c) are included.",
      "In the messages, {0} is the cell as written and {1} the column's header; other numbers"
          + " are figures of the rule."
    })
public class RulesCommand extends BaseCommand {
  // A MessageFormat placeholder with its format ("{2,number,#,##0}", "{6,choice,0#|1# ...}").
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(\\d+),(?:[^{}]|\\{[^{}]*\\})*\\}");

  enum Format {
    text,
    md,
    json
  }

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "text|md|json",
      defaultValue = "text",
      descriptionKey = "option.format.rules",
      description = "Output: text (default), md (Markdown) or json.")
  Format format;

  @Override
  public Integer call() {
    Session s = Session.open(common);
    Messages vi = new Messages(Messages.locale("vi"), s.config);
    Messages en = new Messages(Messages.locale("en"), s.config);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleCatalog.Entry e : RuleCatalog.of(s.config)) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("rule", e.id());
      r.put("severity", e.severity().id());
      r.put("scope", e.scope());
      r.put("vi", plain(vi.pattern(e.id())));
      r.put("en", plain(en.pattern(e.id())));
      rules.add(r);
    }
    var out = stdout();
    switch (format) {
      case json -> out.print(vn.thidua.render.Json.write(Map.of("rules", rules)));
      case md -> {
        out.println(
            "| "
                + s.messages.get("rules.col.rule")
                + " | "
                + s.messages.get("rules.col.severity")
                + " | "
                + s.messages.get("rules.col.scope")
                + " | Tiếng Việt | English |");
        out.println("|---|---|---|---|---|");
        for (Map<String, Object> r : rules) {
          out.println(
              "| `"
                  + r.get("rule")
                  + "` | "
                  + s.messages.severity(
                      vn.thidua.model.Severity.valueOf(
                          r.get("severity").toString().toUpperCase(java.util.Locale.ROOT)))
                  + " | "
                  + r.get("scope")
                  + " | "
                  + cell(r.get("vi"))
                  + " | "
                  + cell(r.get("en"))
                  + " |");
        }
      }
      case text -> {
        for (Map<String, Object> r : rules) {
          out.println(r.get("rule") + "  [" + r.get("severity") + ", " + r.get("scope") + "]");
          out.println("  vi: " + r.get("vi"));
          out.println("  en: " + r.get("en"));
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String cell(Object s) {
    return s.toString().replace("|", "\\|");
  }

  /** The message pattern with its placeholders shown plainly: "{2,number,#,##0}" → "{2}". */
  static String plain(String pattern) {
    return PLACEHOLDER.matcher(pattern).replaceAll("{$1}").replace("''", "'");
  }
}
