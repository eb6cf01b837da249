package vn.thidua.cli;

import java.util.Arrays;
import java.util.List;

/**
 * Ends a command with an exit code and what to say, as a message key and its arguments (or the
 * problem the core reported, as its cause); {@link Cli}'s one handler says it, in the run's
 * language, without a stack trace unless --debug.
 */
public class ExitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;
  private final String key;
  private final transient List<Object> args;

  /** Said as the message {@code key} with {@code args}. */
  public ExitException(int code, String key, Object... args) {
    this(code, null, key, args);
  }

  /** Said as the message {@code key} with {@code args}; {@code cause} shown with --debug. */
  public ExitException(int code, Throwable cause, String key, Object... args) {
    super(key, cause);
    this.code = code;
    this.key = key;
    this.args = Arrays.asList(args);
  }

  /**
   * Said as the core said it: a {@link vn.thidua.model.Problem}, the problems of a config, a broken
   * report template.
   */
  public ExitException(int code, Exception problem) {
    super(problem);
    this.code = code;
    this.key = null;
    this.args = List.of();
  }

  public int code() {
    return code;
  }

  /** The message key, or null when the cause says what happened. */
  String key() {
    return key;
  }

  List<Object> args() {
    return args;
  }
}
