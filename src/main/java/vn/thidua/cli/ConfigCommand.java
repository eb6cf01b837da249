package vn.thidua.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.config.ConfigException;
import vn.thidua.config.ConfigLoader;
import vn.thidua.config.LoadedConfig;
import vn.thidua.render.Messages;

/** Prints the embedded default config, or checks a config file. */
@Command(
    name = "config",
    aliases = "cau-hinh",
    description = {
      "Prints the default campaign config embedded in the tool as YAML, to copy and edit"
          + " for the next campaign.",
      "With --check FILE, checks a config: YAML syntax, known entries, references between"
          + " tables, columns, groups and choice lists, and every rule expression. Each problem is"
          + " printed as FILE:LINE:COLUMN: message; exit code 2 when there is one."
    })
public class ConfigCommand extends BaseCommand {
  @Mixin CommonOptions common;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      descriptionKey = "option.check",
      description = "Check this config file instead of printing the default one.")
  Path check;

  @Override
  public Integer call() {
    Messages messages = new Messages(common.locale(), null);
    if (check == null) {
      stdout().print(ConfigLoader.defaultYaml());
      stdout().flush();
      return ExitCode.OK;
    }
    try {
      LoadedConfig loaded = ConfigLoader.load(check);
      Session.compile(loaded);
      var c = loaded.config();
      if (!common.quiet) {
        stdout()
            .println(
                messages.get(
                    "cli.config.ok",
                    check.toString(),
                    c.campaign().code(),
                    c.units().size(),
                    c.tables().size()));
      }
      return ExitCode.OK;
    } catch (ConfigException e) {
      throw new ExitException(ExitCode.UNUSABLE, e);
    }
  }
}
