package vn.thidua.cli;

/**
 * What the command line says before picocli parses it: the language, for the help and for the
 * argument errors, which must be said before a parse succeeds; whether a config file is given, when
 * the embedded default need not be loaded ahead; and the command invoked, the only one built. Reads
 * the options as picocli does, before or after the command: {@code --lang en}, {@code --lang=en},
 * {@code -c FILE}, {@code -cFILE}, {@code -c=FILE}, {@code -qc FILE}, {@code --config FILE}, {@code
 * --config=FILE}; {@code --} ends the options.
 *
 * @param lang the last {@code --lang} value (a command's own comes after the top one's and wins),
 *     null when none
 * @param config the file {@code -c}/{@code --config} names (the last one given), null when none
 * @param command the first argument that is neither an option nor an option's value, "" if none
 * @param help whether help is asked for ({@code -h}, {@code --help}, the {@code help} command)
 */
record Args(String lang, String config, String command, boolean help) {
  /** The short options that take a value; a cluster ends at one of them ({@code -qc FILE}). */
  private static final String SHORT_WITH_VALUE = "co";

  static Args scan(String... args) {
    String lang = null;
    String config = null;
    String command = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i] == null ? "" : args[i];
      if (a.equals("--")) {
        break;
      } else if (a.equals("--lang") || a.equals("--config")) {
        String value = i + 1 < args.length ? args[++i] : null;
        if (a.equals("--lang")) {
          lang = value;
        } else {
          config = value == null ? "" : value;
        }
      } else if (a.startsWith("--lang=")) {
        lang = a.substring("--lang=".length());
      } else if (a.startsWith("--config=")) {
        config = a.substring("--config=".length());
      } else if (a.equals("--help")) {
        help = true;
      } else if (a.startsWith("--")) {
        // Another long option: a value of its own is attached, or it belongs to a command.
      } else if (a.startsWith("-") && a.length() > 1) {
        for (int c = 1; c < a.length(); c++) {
          help |= a.charAt(c) == 'h';
          if (SHORT_WITH_VALUE.indexOf(a.charAt(c)) >= 0) {
            // The value is attached (-cFILE, -c=FILE) or the next argument.
            String value =
                c < a.length() - 1
                    ? a.substring(a.charAt(c + 1) == '=' ? c + 2 : c + 1)
                    : (i + 1 < args.length ? args[++i] : "");
            if (a.charAt(c) == 'c') {
              config = value;
            }
            break;
          }
        }
      } else if (command == null) {
        command = a;
      }
    }
    command = command == null ? "" : command;
    return new Args(lang, config, command, help || command.equals("help"));
  }
}
