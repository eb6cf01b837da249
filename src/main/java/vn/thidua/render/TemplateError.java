package vn.thidua.render;

/**
 * A report template that cannot be found, parsed or run: one line naming the template and where.
 */
public final class TemplateError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TemplateError(String message) {
    super(message);
  }

  TemplateError(String message, Throwable cause) {
    super(message, cause);
  }
}
