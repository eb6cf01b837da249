package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

  @Spec CommandSpec spec;

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
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
