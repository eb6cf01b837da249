package vn.thidua.district;

import org.apache.poi.hssf.record.PaletteRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import vn.thidua.model.Severity;

/**
 * Colours given as RGB, whatever the workbook's palette. An indexed colour ("red is 10") means what
 * the workbook's own palette says, and a workbook saved by LibreOffice carries a palette of its
 * own: there, the tool's red and yellow marks showed as no fill at all (tools/screenshots found
 * it). So an .xlsx gets the RGB value itself, and an .xls the palette's nearest colour.
 */
final class Colors {
  static final int RED = 0xFF0000;
  static final int YELLOW = 0xFFFF00;
  static final int GREY = 0xC0C0C0;
  static final int BLUE = 0x0000FF;

  private Colors() {}

  /** The fill of a cell with a finding: red for an error, yellow for a warning. */
  static int of(Severity s) {
    return s == Severity.ERROR ? RED : YELLOW;
  }

  /** A solid fill of that colour. */
  static void fill(Workbook wb, CellStyle style, int rgb) {
    if (style instanceof XSSFCellStyle x) {
      x.setFillForegroundColor(new XSSFColor(bytes(rgb), null));
    } else {
      style.setFillForegroundColor(index(wb, rgb));
    }
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /** A font of that colour. */
  static void font(Workbook wb, Font font, int rgb) {
    if (font instanceof XSSFFont x) {
      x.setColor(new XSSFColor(bytes(rgb), null));
    } else {
      font.setColor(index(wb, rgb));
    }
  }

  private static short index(Workbook wb, int rgb) {
    // Only a workbook with a palette of its own is asked: asking creates one, and POI then writes
    // an encrypted .xls that does not read back.
    if (wb instanceof HSSFWorkbook h
        && h.getInternalWorkbook().findFirstRecordBySid(PaletteRecord.sid) != null) {
      HSSFColor c =
          h.getCustomPalette().findSimilarColor(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
      if (c != null) {
        return c.getIndex();
      }
    }
    return switch (rgb) {
      case RED -> IndexedColors.RED.getIndex();
      case YELLOW -> IndexedColors.YELLOW.getIndex();
      case BLUE -> IndexedColors.BLUE.getIndex();
      default -> IndexedColors.GREY_25_PERCENT.getIndex();
    };
  }

  private static byte[] bytes(int rgb) {
    return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
  }
}
