package vn.thidua.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Something that stops the reading of a file or a command, said as a message key of the bundles and
 * its arguments: the core reports it, the command line alone turns it into words (in the run's
 * language) and an exit code.
 */
public class Problem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> args;

  public Problem(String key, List<Object> args, Throwable cause) {
    super(key + " " + args, cause);
    this.key = key;
    // Arguments may be null (a blank value): List.copyOf would refuse them.
    this.args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }
}
