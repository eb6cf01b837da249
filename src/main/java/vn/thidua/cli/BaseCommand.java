package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: where it prints. Parsed by picocli, that is picocli's writers; run by
 * {@link Quick}, which sets the command's options without building picocli's model, it is the
 * writers {@link #streams} gives.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private PrintWriter stdout;
  private PrintWriter stderr;

  /** The writers of a run that picocli did not parse. */
  void streams(PrintWriter out, PrintWriter err) {
    this.stdout = out;
    this.stderr = err;
  }

  /** Data and reports. */
  PrintWriter stdout() {
    return stdout != null ? stdout : spec.commandLine().getOut();
  }

  /** What people read: progress, files that could not be read. */
  PrintWriter stderr() {
    return stderr != null ? stderr : spec.commandLine().getErr();
  }
}
