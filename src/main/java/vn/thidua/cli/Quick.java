package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The everyday command lines without picocli: picocli reads every annotation of a command and
 * builds its model before it parses (some 170 classes compiled for Java 5, which no class-data
 * archive can hold, and reflection), about a third of a one-workbook validate. A command line this
 * parser is sure of (a command's name, then its own options and parameters in their plain forms) is
 * parsed with the tables {@code QuickLine} holds, which the build generates from the same
 * annotations (QuickLineWriter), and sets the fields exactly as picocli would, defaults included.
 * Anything else (help, version, completion, options before the command, clusters, {@code @files}, a
 * value picocli might refuse or read otherwise, an error of any kind) is left to picocli, which
 * then says what is wrong in the usual words.
 */
final class Quick {
  /** An option without a value. */
  static final int FLAG = 0;

  /** An option with one value, given once. */
  static final int ONE = 1;

  /** An option whose values, split at commas, add up over its occurrences. */
  static final int MANY = 2;

  /** Help: picocli's. */
  static final int HELP = 3;

  /**
   * One option of a command.
   *
   * @param names its names, as typed
   * @param kind {@link #FLAG}, {@link #ONE}, {@link #MANY} or {@link #HELP}
   * @param defaultValue picocli's default, applied when the option is not given; or null
   * @param required whether picocli refuses the command without it (outside a group)
   * @param group the exclusive group (exactly one of its options) it belongs to, or -1
   */
  record Option(String[] names, int kind, String defaultValue, boolean required, int group) {}

  /**
   * A command the quick path knows.
   *
   * @param id its number in the generated tables
   * @param names its name and aliases
   * @param minParameters how many positional parameters it needs
   * @param maxParameters how many it takes
   * @param groups how many exclusive groups it has
   * @param options its options, in the generated tables' order
   */
  record Command(
      int id, String[] names, int minParameters, int maxParameters, int groups, Option[] options) {}

  /** The generated tables and setters (QuickLineWriter makes the class after this is compiled). */
  interface Tables {
    /** The commands the quick path parses, with their options. */
    Command[] commands();

    /** A new command object, its mixins made, as picocli makes it. */
    BaseCommand make(int command);

    /** Sets an option (-1: a positional parameter) from its text, as picocli would. */
    void set(BaseCommand command, int id, int option, String value);
  }

  /** The tables, or null when the build made none: then picocli parses everything. */
  private static final Tables TABLES = tables();

  private Quick() {}

  private static Tables tables() {
    try {
      return (Tables)
          Class.forName("vn.thidua.cli.QuickLine").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return null;
    }
  }

  /**
   * Runs the command when the arguments are plain enough; null when picocli must parse them.
   *
   * @return the exit code
   */
  static Integer run(PrintWriter out, PrintWriter err, String... args) {
    BaseCommand command = parse(args);
    if (command == null) {
      return null;
    }
    command.streams(out, err);
    try {
      return command.call();
    } catch (Exception ex) {
      return Cli.failed(ex, err, Args.scan(args).lang(), List.of(args).contains("--debug"));
    }
  }

  /** The command with its fields set as picocli would set them, or null. */
  static BaseCommand parse(String... args) {
    if (TABLES == null || args.length == 0 || args[0] == null) {
      return null;
    }
    Command command = find(args[0]);
    if (command == null) {
      return null;
    }
    try {
      return parse(command, args);
    } catch (RuntimeException e) {
      // A value picocli would refuse, or convert otherwise: picocli says what is wrong.
      return null;
    }
  }

  private static BaseCommand parse(Command command, String[] args) {
    BaseCommand target = TABLES.make(command.id());
    Option[] options = command.options();
    boolean[] given = new boolean[options.length];
    int parameters = 0;
    boolean positionalOnly = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      // picocli reads arguments from @files.
      if (a == null || a.startsWith("@")) {
        return null;
      }
      if (positionalOnly || !a.startsWith("-")) {
        if (++parameters > command.maxParameters()) {
          return null;
        }
        TABLES.set(target, command.id(), -1, a);
        continue;
      }
      if (a.equals("--")) {
        positionalOnly = true;
        continue;
      }
      String name = a;
      String value = null;
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        if (eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        }
      } else if (a.length() != 2) {
        // "-" alone, clusters (-qc), attached values (-oDIR, -o=DIR), negative numbers.
        return null;
      }
      int o = index(options, name);
      if (o < 0 || options[o].kind() == HELP || (given[o] && options[o].kind() != MANY)) {
        return null;
      }
      given[o] = true;
      if (options[o].kind() == FLAG) {
        if (value != null) {
          return null;
        }
        TABLES.set(target, command.id(), o, null);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          return null;
        }
        value = args[++i];
        // picocli may take it for an option, or read a file of arguments.
        if (value == null || value.startsWith("-") || value.startsWith("@")) {
          return null;
        }
      }
      if (options[o].kind() == MANY && !plainList(value)) {
        return null;
      }
      TABLES.set(target, command.id(), o, value);
    }
    if (parameters < command.minParameters()) {
      return null;
    }
    int[] inGroup = new int[command.groups()];
    for (int o = 0; o < options.length; o++) {
      Option opt = options[o];
      if (opt.group() >= 0) {
        inGroup[opt.group()] += given[o] ? 1 : 0;
      } else if (!given[o]) {
        if (opt.required()) {
          return null;
        }
        if (opt.defaultValue() != null) {
          TABLES.set(target, command.id(), o, opt.defaultValue());
        }
      }
    }
    for (int g : inGroup) {
      if (g != 1) {
        return null;
      }
    }
    return target;
  }

  /** A comma list picocli splits the same way: no quotes, no empty item. */
  private static boolean plainList(String value) {
    return !value.isEmpty()
        && value.indexOf('"') < 0
        && !value.startsWith(",")
        && !value.endsWith(",")
        && !value.contains(",,");
  }

  private static Command find(String name) {
    for (Command c : TABLES.commands()) {
      for (String n : c.names()) {
        if (n.equals(name)) {
          return c;
        }
      }
    }
    return null;
  }

  private static int index(Option[] options, String name) {
    for (int o = 0; o < options.length; o++) {
      for (String n : options[o].names()) {
        if (n.equals(name)) {
          return o;
        }
      }
    }
    return -1;
  }

  // --- conversions the generated code calls: as picocli converts, or an exception ---

  /** A value of an enum, its name in any case (picocli: case-insensitive enum values). */
  static <E extends Enum<E>> E choice(E[] values, String value) {
    for (E e : values) {
      if (e.name().equalsIgnoreCase(value) || e.toString().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException(value);
  }

  /** A whole number in plain decimal digits (picocli also reads others, which it may read so). */
  static int integer(String value) {
    if (value.isEmpty()
        || value.length() > 9
        || (value.length() > 1 && value.charAt(0) == '0')
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(value);
    }
    return Integer.parseInt(value);
  }

  /** The items of a comma list option. */
  static String[] split(String value) {
    return value.split(",");
  }

  /** A new list, or the one there. */
  static <T> List<T> list(List<T> list) {
    return list == null ? new ArrayList<>() : list;
  }

  /** For the tests: the names of the commands the quick path knows. */
  static List<String> commands() {
    List<String> names = new ArrayList<>();
    if (TABLES == null) {
      return names;
    }
    for (Command c : TABLES.commands()) {
      names.add(c.names()[0].toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
