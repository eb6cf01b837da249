package vn.thidua.cli;

import java.util.List;
import picocli.CommandLine.TypeConversionException;

/**
 * A value an option's converter refuses, said through the message bundles by {@link
 * ArgumentErrors}: the key's {0} is the option, {1} the value as typed, then {@link #args()}.
 */
final class ArgumentProblem extends TypeConversionException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final List<String> args;

  ArgumentProblem(String key, String... args) {
    super(key);
    this.key = key;
    this.args = List.of(args);
  }

  String key() {
    return key;
  }

  List<String> args() {
    return args;
  }
}
