package vn.thidua.cli;

import java.io.PrintWriter;
import vn.thidua.model.WorkbookResult;
import vn.thidua.render.Messages;

/**
 * Says a workbook that could not be read: one line on stderr, in plain words; with --debug also the
 * library's own account of it (the exception and its trace), for whoever supports the user.
 */
final class Unreadable {
  private Unreadable() {}

  static void say(PrintWriter err, Messages m, WorkbookResult r, boolean debug) {
    err.println("thidua: " + m.finding(r.findings().get(0)));
    if (debug && r.failure() != null) {
      r.failure().printStackTrace(err);
    }
  }
}
