package vn.thidua.read.source;

import java.io.IOException;
import java.util.List;

/**
 * A workbook that cannot be read at all, with a message key of the messages bundle and its
 * arguments, so the CLI prints one clear localized line (and the cause only with --debug).
 *
 * <p>It is an {@link IOException} so that {@link SheetReader#next()} can report a file found
 * corrupt half-way as an {@link java.io.UncheckedIOException} whose cause is this exception.
 */
public class ReadException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> args;

  public ReadException(String key, List<Object> args, Throwable cause) {
    super(key + " " + args, cause);
    this.key = key;
    this.args = List.copyOf(args);
  }

  public ReadException(String key, Object... args) {
    this(key, List.of(args), null);
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }
}
