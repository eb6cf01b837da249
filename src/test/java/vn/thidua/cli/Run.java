package vn.thidua.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, through the same factory as main, and keeps what it printed. */
public record Run(int code, String out, String err) {

  public static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
