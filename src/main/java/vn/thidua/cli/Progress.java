package vn.thidua.cli;

import java.io.PrintWriter;
import vn.thidua.render.Messages;

/** "Đã đọc 3/11 tệp" on stderr, only when it is a terminal and the run is not quiet. */
final class Progress {
  private final PrintWriter err;
  private final Messages messages;
  private final int total;
  private final boolean on;

  Progress(PrintWriter err, Messages messages, int total, boolean quiet) {
    this.err = err;
    this.messages = messages;
    this.total = total;
    this.on = !quiet && System.console() != null && total > 1;
  }

  void done(int n) {
    if (on) {
      err.print("\r" + messages.get("cli.progress", n, total));
      err.flush();
    }
  }

  void finish() {
    if (on) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
