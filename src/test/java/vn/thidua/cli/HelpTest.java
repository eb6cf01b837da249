package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command, hidden ones too, in Vietnamese: every option and parameter has a
 * Vietnamese description, and no English text of the annotations shows through.
 */
class HelpTest {
  private static final ResourceBundle VI =
      ResourceBundle.getBundle(
          "thidua.help",
          Locale.forLanguageTag("vi"),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  /** Every command by its qualified name ("" for the top one), built in English. */
  static Map<String, CommandSpec> english() {
    CommandLine top = Cli.commandLine(sink(), sink(), "--lang", "en");
    Map<String, CommandSpec> all = new LinkedHashMap<>();
    all.put("", top.getCommandSpec());
    top.getSubcommands()
        .values()
        .forEach(sub -> all.put(sub.getCommandName(), sub.getCommandSpec()));
    return all;
  }

  static CommandSpec vietnamese(String command) {
    CommandLine top = Cli.commandLine(sink(), sink());
    return command.isEmpty()
        ? top.getCommandSpec()
        : top.getSubcommands().get(command).getCommandSpec();
  }

  static Stream<String> commands() {
    return english().keySet().stream();
  }

  @Test
  void everyCommandIsCovered() {
    assertThat(english().keySet())
        .contains("", "validate", "consolidate", "nominate", "template", "config", "rules")
        .contains(ThiduaCommand.COMPLETION);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyOptionHasAVietnameseDescriptionKey(String command) {
    for (ArgSpec arg : english().get(command).args()) {
      String key = arg.descriptionKey();
      boolean found = !key.isEmpty() && VI.containsKey(key);
      if (!found && arg instanceof OptionSpec o) {
        // picocli's own -h and -V fall back on their names: "help", "version".
        found = VI.containsKey(o.longestName().replaceFirst("^-+", ""));
      }
      assertThat(found).as("%s %s has a Vietnamese description", command, arg).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void vietnameseHelpDescribesEveryOptionWithoutEnglish(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    Run run = Run.of(args);
    assertThat(run.code()).isZero();
    String help = run.out();
    assertThat(help).startsWith("Cách dùng: ").contains("Tùy chọn:").doesNotContain("Usage:");

    List<String> entries = entries(help);
    assertThat(entries).as("option lines of %s", command).isNotEmpty();
    for (String entry : entries) {
      assertThat(entry).as("an option line of %s", command).matches("(?s).*\\S {2,}\\S.*");
    }

    String flat = flat(help);
    CommandSpec en = english().get(command);
    List<String> english = new ArrayList<>();
    for (ArgSpec arg : en.args()) {
      english.add(String.join(" ", arg.description()));
    }
    english.addAll(List.of(en.usageMessage().description()));
    // A line the bundle repeats word for word (a shell command) is in no language.
    english.removeAll(List.of(vietnamese(command).usageMessage().description()));
    for (String text : english) {
      String start = flat(text);
      start = start.substring(0, Math.min(start.length(), 30));
      if (start.length() >= 12) {
        assertThat(flat)
            .as("English text in the Vietnamese help of %s", command)
            .doesNotContain(start);
      }
    }
  }

  /**
   * Each entry of the parameter and option lists: its first line, and the next one when the names
   * filled the first.
   */
  static List<String> entries(String help) {
    List<String> entries = new ArrayList<>();
    boolean inList = false;
    String[] lines = help.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.equals("Tùy chọn:") || line.equals("Tham số:")) {
        inList = true;
      } else if (line.isBlank() || !line.startsWith(" ")) {
        inList = false;
      } else if (inList && indent(line) <= 6) {
        String entry = line;
        if (!line.strip().contains("  ") && i + 1 < lines.length && indent(lines[i + 1]) > 6) {
          entry = line + "  " + lines[i + 1].strip();
        }
        entries.add(entry);
      }
    }
    return entries;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }
}
