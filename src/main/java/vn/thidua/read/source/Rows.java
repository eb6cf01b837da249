package vn.thidua.read.source;

/**
 * The rows of a sheet in order, read as they are asked for. A file found damaged half-way says so
 * with a {@link ReadException}, like a file that cannot be opened at all.
 */
public interface Rows {
  boolean hasNext() throws ReadException;

  /** The next row; only after {@link #hasNext()} said there is one. */
  RawRow next() throws ReadException;
}
