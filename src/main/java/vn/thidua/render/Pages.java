package vn.thidua.render;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The page setup of every sheet thidua writes (reports, lists, templates, the sheets of an
 * annotated copy): A4, one page wide and as many tall as needed, so a label never prints on one
 * page and its value on the next, the same margins everywhere and the page number in the footer.
 */
public final class Pages {
  // Margins in inches, as Excel stores them: 1.5 cm on the binding side, 1 cm on the other, 1.5
  // cm top and bottom, so a sheet printed and filed keeps its left edge clear of the punch holes.
  public static final double LEFT = 0.6;
  public static final double RIGHT = 0.4;
  public static final double TOP = 0.6;
  public static final double BOTTOM = 0.6;

  /**
   * The printable width of A4 portrait within the margins, in column-width units: digits of Times
   * New Roman 11, 7⅓ pixels at 96 dpi as LibreOffice counts them (Excel rounds them to 7).
   */
  public static final double PORTRAIT_UNITS = (8.27 - LEFT - RIGHT) * 96 / (11 * 0.5 * 96 / 72);

  private Pages() {}

  /**
   * A4 in the orientation the sheet's width asks for: portrait when its columns fit the width of a
   * portrait page at full size, else landscape.
   *
   * @param columnUnits the width of the sheet's printed columns, in column-width units
   * @param repeat the rows printed atop every page (a table's header), or null
   */
  public static void a4(Sheet sh, double columnUnits, CellRangeAddress repeat) {
    a4(sh, columnUnits > PORTRAIT_UNITS, repeat);
  }

  /** A4 portrait or landscape, one page wide. */
  public static void a4(Sheet sh, boolean landscape, CellRangeAddress repeat) {
    PrintSetup ps = sh.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(landscape);
    sh.setFitToPage(true);
    sh.setAutobreaks(true);
    ps.setFitWidth((short) 1);
    // 0: as many pages tall as the rows need.
    ps.setFitHeight((short) 0);
    sh.setMargin(PageMargin.LEFT, LEFT);
    sh.setMargin(PageMargin.RIGHT, RIGHT);
    sh.setMargin(PageMargin.TOP, TOP);
    sh.setMargin(PageMargin.BOTTOM, BOTTOM);
    sh.setMargin(PageMargin.HEADER, 0.3);
    sh.setMargin(PageMargin.FOOTER, 0.3);
    sh.setHorizontallyCenter(true);
    // &P and &N are Excel's header/footer codes for the page number and the page count.
    sh.getFooter().setCenter("&P/&N");
    if (repeat != null) {
      sh.setRepeatingRows(repeat);
    }
  }

  /** The width of a sheet's first columns, in column-width units. */
  public static double width(Sheet sh, int columns) {
    double units = 0;
    for (int c = 0; c < columns; c++) {
      units += sh.getColumnWidth(c) / 256.0;
    }
    return units;
  }
}
