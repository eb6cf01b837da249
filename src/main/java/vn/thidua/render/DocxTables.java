package vn.thidua.render;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Tables of a Word document: fixed column widths (Word and LibreOffice then lay them out alike and
 * nothing runs past the margin), cells spanning columns and rows, header rows repeated on every
 * page and rows kept whole.
 */
final class DocxTables {
  /** One cell as the template gives it. */
  record Cell(String text, int colspan, int rowspan, ParagraphAlignment align, boolean bold) {}

  private DocxTables() {}

  /** Column widths in twips, as shares of the width a table may take. */
  static long[] columns(int[] shares, long total) {
    long sum = 0;
    for (int s : shares) {
      sum += s;
    }
    long[] out = new long[shares.length];
    for (int i = 0; i < shares.length; i++) {
      out[i] = total * shares[i] / sum;
    }
    return out;
  }

  /** Fixes the columns of a table whose rows all have one cell per column. */
  static void widths(XWPFTable t, int[] shares, long total) {
    long[] cols = columns(shares, total);
    grid(t, cols);
    for (XWPFTableRow row : t.getRows()) {
      for (int i = 0; i < row.getTableCells().size(); i++) {
        width(row.getCell(i), cols[i]);
      }
    }
  }

  private static void grid(XWPFTable t, long[] cols) {
    long total = 0;
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = t.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (long c : cols) {
      grid.addNewGridCol().setW(BigInteger.valueOf(c));
      total += c;
    }
    t.setWidthType(TableWidthType.DXA);
    t.setWidth(String.valueOf(total));
    CTTblLayoutType layout =
        t.getCTTbl().getTblPr().isSetTblLayout()
            ? t.getCTTbl().getTblPr().getTblLayout()
            : t.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
  }

  private static void width(XWPFTableCell cell, long twips) {
    cell.setWidthType(TableWidthType.DXA);
    cell.setWidth(String.valueOf(twips));
  }

  /**
   * Fills a bordered table: the first {@code header} rows repeat on every page; a cell spanning
   * rows is merged down (Word's vertical merge: the cells below it are continuations).
   *
   * @param t a table straight from {@code createTable()}, its one empty row replaced
   * @param size the cells' font size in points
   */
  static void fill(XWPFTable t, long[] cols, List<List<Cell>> rows, int header, int size) {
    grid(t, cols);
    int[] pending = new int[cols.length];
    int[] pendingSpan = new int[cols.length];
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.insertNewTableRow(r + 1);
      row.setCantSplitRow(true);
      if (r < header) {
        row.setRepeatHeader(true);
      }
      int col = 0;
      int next = 0;
      List<Cell> cells = rows.get(r);
      while (col < cols.length) {
        if (pending[col] > 0) {
          pending[col]--;
          XWPFTableCell c = cell(row, cols, col, pendingSpan[col]);
          c.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
          col += pendingSpan[col];
          continue;
        }
        Cell spec = next < cells.size() ? cells.get(next++) : new Cell("", 1, 1, null, false);
        int span = Math.max(1, Math.min(spec.colspan(), cols.length - col));
        XWPFTableCell c = cell(row, cols, col, span);
        if (spec.rowspan() > 1) {
          c.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
          pending[col] = spec.rowspan() - 1;
          pendingSpan[col] = span;
        }
        ParagraphAlignment align =
            spec.align() != null
                ? spec.align()
                : r < header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        DocxFrame.Look look =
            DocxFrame.Look.line(spec.bold() || r < header, false, size)
                .with(align, null, null, null);
        var p = c.getParagraphs().get(0);
        DocxFrame.format(p, look);
        DocxFrame.run(p, look, spec.text());
        c.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        col += span;
      }
    }
    // createTable() starts with one empty row, never wanted.
    t.removeRow(0);
  }

  private static XWPFTableCell cell(XWPFTableRow row, long[] cols, int col, int span) {
    XWPFTableCell c = row.createCell();
    CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    long w = 0;
    for (int i = col; i < col + span; i++) {
      w += cols[i];
    }
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    width(c, w);
    return c;
  }
}
