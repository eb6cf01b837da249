package vn.thidua.read.source;

/** A {@link ReadException} thrown from an iterator, which cannot throw checked exceptions. */
public class UncheckedReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UncheckedReadException(ReadException cause) {
    super(cause);
  }

  @Override
  public synchronized ReadException getCause() {
    return (ReadException) super.getCause();
  }
}
