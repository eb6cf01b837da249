package vn.thidua.district;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.thidua.model.Finding;
import vn.thidua.model.Severity;
import vn.thidua.render.Messages;

/**
 * Marks the cells findings point at: a red (error) or yellow (warning) fill over the cell's own
 * format, and a comment saying what is wrong and what to write instead. Cell contents are never
 * touched.
 */
final class CellMarks {
  static final String AUTHOR = "thidua";

  private final Workbook wb;
  private final Messages m;
  private final Map<String, CellStyle> filled = new HashMap<>();

  CellMarks(Workbook wb, Messages m) {
    this.wb = wb;
    this.m = m;
  }

  /**
   * Marks one cell (0-based) with the findings on it, errors and warnings only.
   *
   * @param findings the findings on this cell, the worst one deciding the fill
   */
  void mark(Sheet s, int row, int col, List<Finding> findings) {
    // A cell inside a merged area shows nothing of its own: mark the area's visible cell.
    for (CellRangeAddress r : s.getMergedRegions()) {
      if (r.isInRange(row, col)) {
        row = r.getFirstRow();
        col = r.getFirstColumn();
        break;
      }
    }
    Cell cell = cell(s, row, col);
    Severity worst =
        findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)
            ? Severity.ERROR
            : Severity.WARNING;
    cell.setCellStyle(fill(cell.getCellStyle(), worst));
    comment(s, cell, findings);
  }

  /**
   * A copy of the style with the fill: styles are shared by many cells, so changing one in place
   * would colour every cell that uses it. One copy per original style and colour.
   */
  private CellStyle fill(CellStyle original, Severity severity) {
    return filled.computeIfAbsent(
        original.getIndex() + "." + severity,
        k -> {
          CellStyle copy = wb.createCellStyle();
          copy.cloneStyleFrom(original);
          Colors.fill(wb, copy, Colors.of(severity));
          return copy;
        });
  }

  private void comment(Sheet s, Cell cell, List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding f : findings) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      // Put together here, not through a message pattern: arguments there are cut to 200
      // characters, and a message listing the allowed values is longer.
      text.append(capitalized(m.severity(f.severity()))).append(": ").append(m.finding(f));
    }
    Comment existing = cell.getCellComment();
    if (existing != null) {
      // The district's own note stays; ours follows it.
      String old = existing.getString() == null ? "" : existing.getString().getString();
      existing.setString(wb.getCreationHelper().createRichTextString(old + "\n\n" + text));
      return;
    }
    Drawing<?> drawing = drawing(s);
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    int lines = 2 + text.length() / 45;
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + lines);
    Comment c = drawing.createCellComment(anchor);
    c.setString(wb.getCreationHelper().createRichTextString(text.toString()));
    c.setAuthor(AUTHOR);
    cell.setCellComment(c);
  }

  private String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(m.locale()) + s.substring(1);
  }

  /** The sheet's drawing; an .xls sheet's existing one is kept (creating one would drop it). */
  private static Drawing<?> drawing(Sheet s) {
    if (s instanceof HSSFSheet h && h.getDrawingPatriarch() != null) {
      return h.getDrawingPatriarch();
    }
    return s.createDrawingPatriarch();
  }

  private static Cell cell(Sheet s, int row, int col) {
    Row r = s.getRow(row);
    if (r == null) {
      r = s.createRow(row);
    }
    Cell c = r.getCell(col);
    if (c == null) {
      c = r.createCell(col);
      // A new cell takes its row's or column's format, as Excel shows an empty cell.
      CellStyle inherited = r.isFormatted() ? r.getRowStyle() : s.getColumnStyle(col);
      if (inherited != null) {
        c.setCellStyle(inherited);
      }
    }
    return c;
  }
}
