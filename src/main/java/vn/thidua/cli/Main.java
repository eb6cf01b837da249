package vn.thidua.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: the one place that exits the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LibraryLogs.configure(LibraryLogs.debug(args));
    Defaults.preload(args);
    // Vietnamese must survive a terminal whose locale is not UTF-8 (a bare "C" locale, cron).
    PrintWriter out = writer(FileDescriptor.out);
    PrintWriter err = writer(FileDescriptor.err);
    int code = Cli.execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
