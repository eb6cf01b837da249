package vn.thidua.read.source;

import java.util.List;
import vn.thidua.model.Problem;

/**
 * A workbook that cannot be read at all, or is found damaged half-way, with a message key of the
 * messages bundle and its arguments, so the CLI prints one clear localized line (and the cause only
 * with --debug).
 */
public class ReadException extends Problem {
  private static final long serialVersionUID = 1L;

  public ReadException(String key, List<Object> args, Throwable cause) {
    super(key, args, cause);
  }

  public ReadException(String key, Object... args) {
    this(key, List.of(args), null);
  }
}
