package vn.thidua.read.source;

import java.nio.file.Path;

/** Opens a workbook of any supported format (placeholder until the sources land). */
public final class WorkbookSources {
  private WorkbookSources() {}

  public static WorkbookSource open(Path path, String password) throws ReadException {
    throw new ReadException("file.format.unknown", path.toString());
  }
}
