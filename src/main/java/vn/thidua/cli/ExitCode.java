package vn.thidua.cli;

/** The exit codes of every command (spec/cli.md "Exit codes"). */
public final class ExitCode {
  /** Done; no error finding. */
  public static final int OK = 0;

  /** Done, but some input had error findings (validate --strict: or warnings). */
  public static final int FINDINGS = 1;

  /** Bad arguments or config, or an input could not be read. */
  public static final int UNUSABLE = 2;

  private ExitCode() {}
}
