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
    },
    subcommands = {
      ValidateCommand.class,
      ConsolidateCommand.class,
      NominateCommand.class,
      TemplateCommand.class,
      ConfigCommand.class,
      RulesCommand.class
    })
public class ThiduaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
