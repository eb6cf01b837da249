package vn.thidua.render;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The page of the province's Word documents: A4 with the margins of Nghị định 30/2020/NĐ-CP. */
final class DocxPage {
  /** A4 in twentieths of a point. */
  static final long A4_WIDTH = 11906;

  static final long A4_HEIGHT = 16838;

  /** The decree's margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), in mm. */
  static final int TOP = 20;

  static final int BOTTOM = 20;
  static final int LEFT = 30;
  static final int RIGHT = 15;

  private DocxPage() {}

  /** The width text may take on a page, in twips. */
  static long textWidth(boolean landscape) {
    return (landscape ? A4_HEIGHT : A4_WIDTH) - twips(LEFT) - twips(RIGHT);
  }

  /** Sets a section's page: A4, portrait or landscape, the decree's margins. */
  static void set(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
    size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(twips(TOP)));
    mar.setBottom(BigInteger.valueOf(twips(BOTTOM)));
    mar.setLeft(BigInteger.valueOf(twips(LEFT)));
    mar.setRight(BigInteger.valueOf(twips(RIGHT)));
    mar.setHeader(BigInteger.valueOf(twips(10)));
    mar.setFooter(BigInteger.valueOf(twips(10)));
    mar.setGutter(BigInteger.ZERO);
  }

  /** Millimetres in twentieths of a point, rounded up: a margin is never below the decree's. */
  static int twips(double mm) {
    return (int) Math.ceil(mm * 1440 / 25.4);
  }
}
