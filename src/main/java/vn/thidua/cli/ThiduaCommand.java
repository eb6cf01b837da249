package vn.thidua.cli;

import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thidua.render.Messages;

/** The top command: only dispatches to the subcommands. */
@Command(
    name = "thidua",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks the emulation-campaign workbooks district unions send, consolidates them into the"
          + " province report and draws up the nomination list."
    })
public class ThiduaCommand implements Runnable {
  /**
   * The subcommands with their names and aliases, in help order. Only the one a run invokes is
   * built (picocli reads every annotation of a command it is given, and start-up matters).
   */
  static final java.util.Map<java.util.List<String>, java.util.function.Supplier<Object>> COMMANDS =
      commands();

  /** The name of the completion command, which needs every other command built. */
  static final String COMPLETION = "generate-completion";

  @Spec CommandSpec spec;

  /** The language of the run, which {@link Cli} knows from {@code --lang} before parsing. */
  Messages messages = new Messages(Messages.locale("vi"), null);

  /**
   * The config whose campaign {@code --version} names. Given before a command ({@code thidua -c
   * FILE validate ...}), it is that command's config: {@link Cli} hands it on.
   */
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      descriptionKey = "option.config",
      description =
          "Campaign config (YAML). Default: the campaign config embedded in the tool (see `thidua"
              + " config`).")
  Path config;

  /** The language of the run; given before a command, it is that command's: {@link Cli}. */
  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      descriptionKey = "option.lang",
      description = "Language of messages and reports: vi (default) or en.")
  CommonOptions.Lang lang;

  private static java.util.Map<java.util.List<String>, java.util.function.Supplier<Object>>
      commands() {
    var m =
        new java.util.LinkedHashMap<java.util.List<String>, java.util.function.Supplier<Object>>();
    m.put(java.util.List.of("validate", "kiem-tra"), ValidateCommand::new);
    m.put(java.util.List.of("consolidate", "tong-hop"), ConsolidateCommand::new);
    m.put(java.util.List.of("nominate", "khen-thuong"), NominateCommand::new);
    m.put(java.util.List.of("template", "bieu-mau"), TemplateCommand::new);
    m.put(java.util.List.of("config", "cau-hinh"), ConfigCommand::new);
    m.put(java.util.List.of("rules", "quy-tac"), RulesCommand::new);
    // bash/zsh completion: `source <(thidua generate-completion)`. Hidden from the list of
    // commands: the officers who read it work in Windows, where it does not apply.
    m.put(java.util.List.of(COMPLETION), ThiduaCommand::completion);
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Object completion() {
    CommandSpec completion = CommandSpec.forAnnotatedObject(new AutoComplete.GenerateCompletion());
    completion.usageMessage().hidden(true);
    return completion;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
