package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.thidua.render.Messages;

/**
 * A command line picocli cannot parse, said in one line of the run's language (picocli's own
 * messages are English sentences) and the usage hint: exit 2. Each kind of picocli error has its
 * message key; one it does not foresee still gets a line in the language, quoting the argument.
 */
final class ArgumentErrors implements IParameterExceptionHandler {
  private final Messages messages;

  ArgumentErrors(Messages messages) {
    this.messages = messages;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("thidua: " + describe(ex, args));
    err.println(messages.get("cli.usage.hint", cl.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCode.UNUSABLE;
  }

  String describe(ParameterException ex, String[] args) {
    if (ex instanceof UnmatchedArgumentException u) {
      return unmatched(u);
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      return missing(m.getMissing(), args);
    }
    if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return messages.get("cli.arg.repeated", name(o.getOverwritten()));
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      List<String> names = exclusive(ex.getCommandLine());
      if (!names.isEmpty()) {
        return messages.get("cli.arg.exclusive", String.join(", ", names));
      }
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return invalid(ex.getArgSpec(), ex.getValue(), ex.getCause());
    }
    return ex.getValue() != null
        ? messages.get("cli.arg.bad.value", ex.getValue())
        : messages.get("cli.arg.bad");
  }

  private String unmatched(UnmatchedArgumentException u) {
    String arg = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
    CommandSpec spec = u.getCommandLine().getCommandSpec();
    if (u.isUnknownOption()) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      List<String> names = new ArrayList<>();
      spec.options().stream()
          .filter(o -> !o.hidden())
          .forEach(o -> names.addAll(List.of(o.names())));
      String like = Suggestion.closest(name, names, u.getSuggestions());
      return like == null
          ? messages.get("cli.arg.option.unknown", name)
          : messages.get("cli.arg.option.suggest", name, like);
    }
    if (spec.subcommands().isEmpty()) {
      return messages.get("cli.arg.extra", arg);
    }
    List<String> commands = new ArrayList<>();
    List<String> names = new ArrayList<>();
    spec.subcommands().values().stream()
        .distinct()
        .filter(c -> !c.getCommandSpec().usageMessage().hidden())
        .forEach(
            c -> {
              commands.add(c.getCommandName());
              names.add(c.getCommandName());
              names.addAll(List.of(c.getCommandSpec().aliases()));
            });
    String like = Suggestion.closest(arg, names, u.getSuggestions());
    return like == null
        ? messages.get("cli.arg.command.unknown", arg, String.join(", ", commands))
        : messages.get("cli.arg.command.suggest", arg, like);
  }

  /**
   * A required parameter or option not given, or an option given without its value (picocli says
   * both with one exception type: the option on the command line tells them apart).
   */
  private String missing(List<ArgSpec> missing, String[] args) {
    List<String> names = missing.stream().map(ArgumentErrors::name).toList();
    if (missing.stream().allMatch(ArgSpec::isPositional)) {
      return messages.get("cli.arg.missing.param", String.join(", ", names));
    }
    if (missing.size() == 1 && missing.get(0) instanceof OptionSpec o && given(o, args)) {
      return messages.get("cli.arg.missing.value", name(o), o.paramLabel());
    }
    if (missing.size() > 1 && missing.stream().allMatch(a -> a.group() != null)) {
      return messages.get("cli.arg.missing.oneof", String.join(", ", names));
    }
    return messages.get("cli.arg.missing.option", String.join(", ", names));
  }

  /** Whether the option is on the command line: alone, or last of a cluster ({@code -qc}). */
  private static boolean given(OptionSpec o, String[] args) {
    for (String a : args) {
      for (String n : o.names()) {
        if (a.equals(n)
            || n.length() == 2
                && !a.startsWith("--")
                && a.startsWith("-")
                && a.endsWith(n.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The options of an exclusive group given together (all of the group's when unknown). */
  private static List<String> exclusive(CommandLine cl) {
    ParseResult parsed = cl.getParseResult();
    List<String> any = new ArrayList<>();
    for (ArgGroupSpec g : groups(cl.getCommandSpec().argGroups()).toList()) {
      if (!g.exclusive()) {
        continue;
      }
      List<OptionSpec> options = new ArrayList<>(g.options());
      List<String> matched =
          options.stream()
              .filter(o -> parsed != null && parsed.hasMatchedOption(o))
              .map(ArgumentErrors::name)
              .toList();
      if (matched.size() > 1) {
        return matched;
      }
      if (any.isEmpty()) {
        options.forEach(o -> any.add(name(o)));
      }
    }
    return any;
  }

  private static Stream<ArgGroupSpec> groups(List<ArgGroupSpec> groups) {
    return groups.stream().flatMap(g -> Stream.concat(Stream.of(g), groups(g.subgroups())));
  }

  /** A value its option's type refuses: a choice not in the list, not a number, not a date. */
  private String invalid(ArgSpec arg, String value, Throwable cause) {
    if (cause instanceof ArgumentProblem p) {
      List<Object> all = new ArrayList<>(List.of(name(arg), value));
      all.addAll(p.args());
      return messages.get(p.key(), all.toArray());
    }
    Class<?> type =
        arg.isMultiValue() && arg.auxiliaryTypes().length > 0
            ? arg.auxiliaryTypes()[0]
            : arg.type();
    if (type.isEnum()) {
      List<String> choices = new ArrayList<>();
      if (arg.completionCandidates() != null) {
        arg.completionCandidates().forEach(choices::add);
      } else {
        Arrays.stream(type.getEnumConstants()).forEach(c -> choices.add(c.toString()));
      }
      return messages.get("cli.arg.choice", name(arg), value, String.join(", ", choices));
    }
    if (List.of(int.class, Integer.class, long.class, Long.class).contains(type)) {
      return messages.get("cli.arg.number", name(arg), value);
    }
    return messages.get("cli.arg.invalid", name(arg), value);
  }

  /** How the help names an option (its longest name) or a parameter (its label). */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }
}
