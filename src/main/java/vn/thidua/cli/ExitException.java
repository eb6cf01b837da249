package vn.thidua.cli;

/**
 * Ends a command with an exit code and one line for the user (already localized), without a stack
 * trace unless --debug.
 */
public class ExitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;

  public ExitException(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ExitException(int code, String message) {
    this(code, message, null);
  }

  public int code() {
    return code;
  }
}
