package vn.thidua.district;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.model.Finding;
import vn.thidua.model.Mark;
import vn.thidua.model.Severity;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.source.ReadException;
import vn.thidua.render.Marks;
import vn.thidua.render.Messages;
import vn.thidua.render.Outputs;

/**
 * Writes the annotated copy of a validated workbook for the district: the cells of errors and
 * warnings filled and commented, and a sheet listing every finding. Formatting, formulas, merged
 * cells and the "modified" property are kept; the copy is marked as thidua's with the fingerprint
 * of its source's data, so that a province inbox can tell an unchanged copy beside its source from
 * one the district fixed and saved. The input is only read.
 */
public final class Annotator {
  private Annotator() {}

  /** Where a finding's cell is in the book. */
  private record At(Sheet sheet, int row, int col) {}

  /**
   * Writes the copy of {@code input} (an .xlsx, an .xls or a CSV folder) to {@code target},
   * atomically.
   *
   * @param password of an encrypted workbook, or null; the copy is encrypted with it too
   * @param campaign the config's campaign code, for the copy's mark
   */
  public static void write(
      Path input, String password, WorkbookResult result, String campaign, Messages m, Path target)
      throws IOException, ReadException {
    try (AnnotatedBook book = AnnotatedBook.open(input, password)) {
      CellMarks marks = new CellMarks(book.workbook(), m);
      Map<At, List<Finding>> byCell = new LinkedHashMap<>();
      for (Finding f : result.findings()) {
        if (f.severity() == Severity.INFO || f.row() == null || f.col() == null) {
          continue;
        }
        Sheet s = book.sheet(f);
        if (s != null) {
          byCell.computeIfAbsent(new At(s, f.row() - 1, f.col()), k -> new ArrayList<>()).add(f);
        }
      }
      byCell.forEach((at, findings) -> marks.mark(at.sheet(), at.row(), at.col(), findings));
      ResultSheet.add(book.workbook(), result, m, book::sheet);
      Marks.set(book.workbook(), new Mark(Mark.Kind.ANNOTATED, campaign, result.fingerprint()));
      Outputs.write(target, book::write);
    }
  }
}
