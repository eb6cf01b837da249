package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import vn.thidua.config.ConfigException;
import vn.thidua.model.Problem;
import vn.thidua.render.Messages;
import vn.thidua.render.TemplateError;

/**
 * Builds the command line the one way, for {@code main} and for the tests: subcommands, the
 * language of help texts, and how exceptions become exit codes and one-line messages.
 */
public final class Cli {
  private Cli() {}

  /**
   * Runs a command line, the one way for {@code main} and the tests: the everyday ones through
   * {@link Quick}, which sets the same fields without picocli's model, the others through {@link
   * #commandLine}.
   *
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    Integer code = Quick.run(out, err, args);
    return code != null ? code : commandLine(out, err, args).execute(args);
  }

  /**
   * @param args the arguments, only to pick the language of help and argument errors (--lang) and
   *     the command to build before parsing
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    Args given = Args.scan(args);
    Locale locale = Messages.locale(given.lang());
    if (given.help()) {
      HelpWords.publish(given);
    }
    ThiduaCommand top = new ThiduaCommand();
    CommandLine cl = new CommandLine(top);
    String invoked = given.command();
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
    // `thidua -c FILE --lang en validate ...` means the same as `thidua validate -c FILE --lang en
    // ...`; the command's own option wins.
    cl.setExecutionStrategy(
        parseResult -> {
          ParseResult sub = parseResult.subcommand();
          if (sub != null) {
            handOn(sub, "--config", top.config);
            handOn(sub, "--lang", top.lang);
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    Messages messages = new Messages(locale, null);
    top.messages = messages;
    cl.setParameterExceptionHandler(new ArgumentErrors(messages));
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) ->
            failed(
                ex,
                commandLine.getErr(),
                messages,
                parseResult.expandedArgs().contains("--debug")));
    return cl;
  }

  /** What a command that threw says, and its exit code: the one handler of both paths. */
  static int failed(Exception ex, PrintWriter err, String lang, boolean debug) {
    return failed(ex, err, new Messages(Messages.locale(lang), null), debug);
  }

  private static int failed(Exception ex, PrintWriter err, Messages messages, boolean debug) {
    int code = ex instanceof ExitException x ? x.code() : ExitCode.UNUSABLE;
    err.println(say(ex, messages));
    if (debug) {
      Throwable trace = ex instanceof ExitException ? ex.getCause() : ex;
      if (trace != null) {
        trace.printStackTrace(err);
      }
    }
    return code;
  }

  /**
   * What a command that stopped says, in the run's language: the one place a problem of the core (a
   * key and its arguments, the problems of a config, a broken report template) becomes words.
   */
  static String say(Throwable ex, Messages messages) {
    if (ex instanceof ExitException x && x.key() != null) {
      return messages.get(x.key(), x.args().toArray());
    }
    Throwable problem = ex instanceof ExitException ? ex.getCause() : ex;
    if (problem instanceof Problem p) {
      // A file's problem names the file, not the tool; the tool's own refusals already do.
      String text = messages.get(p.key(), p.args().toArray());
      return text.startsWith("thidua:") ? text : "thidua: " + text;
    }
    if (problem instanceof ConfigException c) {
      return Session.describe(c.problems(), messages);
    }
    if (problem instanceof TemplateError t) {
      return messages.get("cli.template.error", t.getMessage());
    }
    return messages.get("cli.internal");
  }

  /** Gives the command a value of the top command's option unless it has its own. */
  private static void handOn(ParseResult sub, String option, Object value) {
    OptionSpec spec = sub.commandSpec().findOption(option);
    if (value != null && spec != null && !sub.hasMatchedOption(option)) {
      spec.setValue(value);
    }
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
}
