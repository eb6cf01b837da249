package vn.thidua.read.source;

import java.time.Instant;
import vn.thidua.model.Mark;

/**
 * What a workbook's own document properties tell the reader: thidua's mark, when thidua wrote it,
 * and when the workbook was last saved.
 *
 * @param mark the custom properties {@value Mark#PROPERTY} and {@value Mark#SOURCE_PROPERTY}, or
 *     null when the workbook has none (or they say nothing thidua understands)
 * @param saved the "modified" property (for a CSV folder, its newest file's modification time, to
 *     the second), or null
 */
public record WorkbookProperties(Mark mark, Instant saved) {
  /** A workbook whose properties say nothing. */
  public static final WorkbookProperties NONE = new WorkbookProperties(null, null);
}
