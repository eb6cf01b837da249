package vn.thidua.read.source;

import java.io.Closeable;
import java.util.List;

/**
 * Streams the rows of one sheet in order. Rows with no cell at all may be skipped by the
 * implementation; consumers use {@link RawRow#index()}, never a counter.
 */
public interface SheetReader extends Rows, Closeable {

  /** Merged regions of the sheet, all known before the first row is returned. */
  List<Merge> merges();

  /**
   * The 0-based index of the last row holding a value, when the reader knows it without reading the
   * rows (-1 for none); {@link Integer#MAX_VALUE} when it does not.
   */
  default int lastValueRow() {
    return Integer.MAX_VALUE;
  }

  /** Closing never throws: the sheet has been read or abandoned. */
  @Override
  void close();
}
