package vn.thidua.read.source;

import java.io.Closeable;
import java.util.List;

/**
 * A district workbook opened for reading: an .xlsx, an .xls or a folder of .csv files. Sheets can
 * be opened in any order and more than once; each {@link #open} streams from the start.
 */
public interface WorkbookSource extends Closeable {

  /** "xlsx", "xls" or "csv". */
  String format();

  /** All sheets in workbook order, hidden ones included. */
  List<SheetInfo> sheets();

  /** Streams one sheet from its first row. */
  SheetReader open(SheetInfo sheet) throws ReadException;

  /**
   * The workbook's own properties, read once. Never fails: a property that is missing, malformed or
   * cannot be read is null, as the rows of the workbook may still be perfectly readable.
   */
  WorkbookProperties properties();

  @Override
  void close();
}
