package vn.thidua.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.thidua.render.Messages;

/** Options every command takes. */
public class CommonOptions {
  /** The languages of messages and reports; any other --lang is refused. */
  enum Lang {
    vi,
    en
  }

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      descriptionKey = "option.config",
      description =
          "Campaign config (YAML). Default: the campaign config embedded in the tool (see `thidua"
              + " config`).")
  Path config;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      defaultValue = "vi",
      descriptionKey = "option.lang",
      description = "Language of messages and reports: vi (default) or en.")
  Lang lang;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "option.quiet",
      description = "Print nothing but errors that stop the command.")
  boolean quiet;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help",
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--debug",
      descriptionKey = "option.debug",
      description = "Show the stack trace of an unexpected error.")
  boolean debug;

  /** The locale of --lang. */
  Locale locale() {
    return Messages.locale(lang.name());
  }
}
