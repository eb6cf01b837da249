package vn.thidua.render;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How wide a text prints in Times New Roman, in Excel's column-width units, and how many lines it
 * takes wrapped in a column: so that rows are tall enough for their wrapped text and the quốc hiệu
 * gets a block wide enough to stay on one line.
 *
 * <p>Computed from Times' published glyph widths, not measured: POI's autoSizeColumn measures with
 * whatever fonts the machine has, so two machines would write two files; and neither Excel nor
 * LibreOffice makes a row taller on opening when its height is set. LibreOffice prints with
 * Liberation Serif, which has Times New Roman's metrics, so one estimate serves both. It errs on
 * the wide side: a line too many leaves white space, a line too few cuts text off.
 */
public final class TextFit {
  /**
   * One column-width unit: the width of a digit of the workbook's default font (Times New Roman 11,
   * 7 pixels at 96 dpi), in points.
   */
  private static final double UNIT_POINTS = 7 * 72.0 / 96;

  /** A cell's inner margins, in units. */
  private static final double PADDING = 1.0;

  private TextFit() {}

  /** The width of a text on one line, in column-width units, padding included. */
  public static double units(String text, double points, boolean bold) {
    return ems(text, bold) * points / UNIT_POINTS + PADDING;
  }

  /** The lines a text takes when wrapped at word boundaries in a column (or merged block). */
  public static int lines(String text, double points, boolean bold, double columnUnits) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    // In ems, what fits between the cell's margins.
    double room = Math.max(0.5, (columnUnits - PADDING) * UNIT_POINTS / points);
    double space = ems(" ", bold);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double used = 0;
      for (String word : paragraph.split(" ")) {
        double w = ems(word, bold);
        if (used > 0 && used + space + w <= room) {
          used += space + w;
          continue;
        }
        if (used > 0) {
          lines++;
        }
        // A word longer than the column is broken wherever it reaches the edge.
        while (w > room) {
          lines++;
          w -= room;
        }
        used = w;
      }
    }
    return lines;
  }

  /** The height of a row holding that many lines of that size, in points. */
  public static float height(int lines, double points) {
    return (float) Math.ceil(lines * points * 1.3 + 3);
  }

  /** A row height for a text wrapped in a column: {@link #lines} then {@link #height}. */
  public static float height(String text, double points, boolean bold, double columnUnits) {
    return height(lines(text, points, bold, columnUnits), points);
  }

  /**
   * Makes every row of a sheet tall enough for its texts, never shorter than it is: a wrapped text
   * for its lines in its cell (or merged block) at its font's size, any other for one line. A text
   * in cells merged over several rows grows the last of them. A row left at its default height
   * would be too short for text over 11 points: Excel and LibreOffice size only rows that have no
   * height, and an .xls row always has one.
   */
  public static void fitRows(Sheet sh) {
    Map<Integer, Float> need = new HashMap<>();
    List<CellRangeAddress> merged = sh.getMergedRegions();
    for (Row row : sh) {
      for (Cell c : row) {
        if (c.getCellType() != CellType.STRING || c.getStringCellValue().isEmpty()) {
          continue;
        }
        CellRangeAddress region = null;
        for (CellRangeAddress m : merged) {
          if (m.isInRange(c)) {
            region = m;
            break;
          }
        }
        int firstCol = region == null ? c.getColumnIndex() : region.getFirstColumn();
        int lastCol = region == null ? c.getColumnIndex() : region.getLastColumn();
        int lastRow = region == null ? row.getRowNum() : region.getLastRow();
        double width = 0;
        for (int col = firstCol; col <= lastCol; col++) {
          width += sh.getColumnWidth(col) / 256.0;
        }
        CellStyle style = c.getCellStyle();
        Font font = sh.getWorkbook().getFontAt(style.getFontIndex());
        double points = font.getFontHeightInPoints();
        int lines =
            style.getWrapText() ? lines(c.getStringCellValue(), points, font.getBold(), width) : 1;
        float h = height(lines, points);
        // The rows above the last of a merged block give it their height.
        for (int r = row.getRowNum(); r < lastRow; r++) {
          Row above = sh.getRow(r);
          h -= above == null ? sh.getDefaultRowHeightInPoints() : above.getHeightInPoints();
        }
        need.merge(lastRow, h, Math::max);
      }
    }
    need.forEach(
        (r, h) -> {
          Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
          if (row.getHeightInPoints() < h) {
            row.setHeightInPoints(h);
          }
        });
  }

  /**
   * The width of a text in ems, from the widths of Times Roman and Times Bold (Adobe's font
   * metrics, which Times New Roman and Liberation Serif share). A Vietnamese letter is as wide as
   * its base letter: its marks sit above or below it.
   */
  static double ems(String text, boolean bold) {
    int[] widths = bold ? BOLD : REGULAR;
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int base = base(c);
      em += (base >= 32 && base < 127 ? widths[base - 32] : other(base)) / 1000.0;
    }
    // A little over the metrics: a line estimated one too many leaves space, one too few cuts.
    return em * 1.04;
  }

  /** The letter under a Vietnamese letter's marks ("ộ" is "o"); other characters as they are. */
  private static int base(int c) {
    if (c < 128) {
      return c;
    }
    if (c == 'đ') {
      return 'd';
    }
    if (c == 'Đ') {
      return 'D';
    }
    String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
    return d.codePointAt(0);
  }

  /** Dashes and quotes the reports use, else about a capital's width. */
  private static int other(int c) {
    return switch (c) {
      case '–', '“', '”', '‘', '’' -> 500;
      case '—', '…' -> 1000;
      default -> 722;
    };
  }

  /** Widths in thousandths of an em of the characters 32 (space) to 126 (~), Times Roman. */
  private static final int[] REGULAR = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  };

  /** The same, Times Bold. */
  private static final int[] BOLD = {
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  };
}
