package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import vn.thidua.render.Messages;

/**
 * Builds the command line the one way, for {@code main} and for the tests: subcommands, the
 * language of help texts, and how exceptions become exit codes and one-line messages.
 */
public final class Cli {
  private Cli() {}

  /**
   * @param args the arguments, only to pick the help language (--lang) before parsing
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    Locale locale = Messages.locale(langOf(args));
    ThiduaCommand top = new ThiduaCommand();
    CommandLine cl = new CommandLine(top);
    String invoked = invoked(args);
    // The completion script lists every command, so that one needs them all built.
    boolean one =
        !invoked.equals(ThiduaCommand.COMPLETION)
            && ThiduaCommand.COMMANDS.keySet().stream().anyMatch(names -> names.contains(invoked));
    ThiduaCommand.COMMANDS.forEach(
        (names, command) -> {
          if (!one || names.contains(invoked)) {
            cl.addSubcommand(command.get());
          }
        });
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    headings(cl);
    if (!"en".equals(locale.getLanguage())) {
      ResourceBundle help =
          ResourceBundle.getBundle(
              "thidua.help",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      setBundle(cl, help);
    }
    // `thidua -c FILE validate ...` means the same as `thidua validate -c FILE ...`.
    cl.setExecutionStrategy(
        parseResult -> {
          ParseResult sub = parseResult.subcommand();
          if (top.config != null && sub != null && !sub.hasMatchedOption("--config")) {
            OptionSpec config = sub.commandSpec().findOption("--config");
            if (config != null) {
              config.setValue(top.config);
            }
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    Messages messages = new Messages(locale, null);
    top.messages = messages;
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("thidua: " + ex.getMessage());
          e.println(
              messages.get("cli.usage.hint", ex.getCommandLine().getCommandSpec().qualifiedName()));
          return ExitCode.UNUSABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          boolean debug = parseResult.expandedArgs().contains("--debug");
          if (ex instanceof ExitException x) {
            if (x.getMessage() != null) {
              e.println(x.getMessage());
            }
            if (debug && x.getCause() != null) {
              x.getCause().printStackTrace(e);
            }
            return x.code();
          }
          e.println(messages.get("cli.internal", String.valueOf(ex)));
          if (debug) {
            ex.printStackTrace(e);
          }
          return ExitCode.UNUSABLE;
        });
    return cl;
  }

  /** The first argument that is not an option of the top command: the command invoked. */
  private static String invoked(String... args) {
    int i = 0;
    while (i < args.length && args[i] != null && args[i].startsWith("-")) {
      i += args[i].equals("-c") || args[i].equals("--config") ? 2 : 1;
    }
    return i < args.length && args[i] != null ? args[i] : "";
  }

  /** The English headings of every help section; the Vietnamese ones come from the bundle. */
  private static void headings(CommandLine cl) {
    cl.getCommandSpec()
        .usageMessage()
        .descriptionHeading("%n")
        .parameterListHeading("%nParameters:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    cl.getSubcommands().values().forEach(Cli::headings);
  }

  private static void setBundle(CommandLine cl, ResourceBundle bundle) {
    CommandSpec spec = cl.getCommandSpec();
    spec.resourceBundle(bundle);
    cl.getSubcommands().values().forEach(sub -> setBundle(sub, bundle));
  }

  static String langOf(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--lang=")) {
        return args[i].substring("--lang=".length());
      }
    }
    return "vi";
  }
}
