package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** A Word document thidua wrote, opened with POI, and what every one of them must be. */
public final class Docx {
  private Docx() {}

  public static XWPFDocument open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  /** The body's paragraphs up to the first section break (the document before its appendix). */
  public static List<String> mainText(XWPFDocument d) {
    List<String> out = new ArrayList<>();
    for (IBodyElement e : d.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
          break;
        }
        out.add(p.getText());
      }
    }
    return out;
  }

  /** Every paragraph of the body (not of tables), in order. */
  public static List<String> paragraphs(XWPFDocument d) {
    return d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  /** A table's cells as texts, row by row (a cell's paragraphs joined by line breaks). */
  public static List<List<String>> cells(XWPFTable t) {
    List<List<String>> rows = new ArrayList<>();
    t.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(Docx::text).toList()));
    return rows;
  }

  public static String text(XWPFTableCell c) {
    return String.join("\n", c.getParagraphs().stream().map(XWPFParagraph::getText).toList());
  }

  /** Every section's page setup, the sections closed by a paragraph and the last one. */
  public static List<CTSectPr> sections(XWPFDocument d) {
    List<CTSectPr> out = new ArrayList<>();
    for (XWPFParagraph p : d.getParagraphs()) {
      if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
        out.add(p.getCTP().getPPr().getSectPr());
      }
    }
    out.add(d.getDocument().getBody().getSectPr());
    return out;
  }

  /**
   * The decree's page and type: every page A4 (portrait or landscape) with margins top and bottom
   * 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman 13–14 pt by default, no run in another
   * font.
   */
  public static void assertDecreeLayout(XWPFDocument d, boolean firstLandscape) {
    List<CTSectPr> sections = sections(d);
    for (int i = 0; i < sections.size(); i++) {
      CTSectPr s = sections.get(i);
      long w = ((BigInteger) s.getPgSz().getW()).longValue();
      long h = ((BigInteger) s.getPgSz().getH()).longValue();
      assertThat(List.of(Math.min(w, h), Math.max(w, h))).as("A4").containsExactly(11906L, 16838L);
      if (i == 0) {
        assertThat(w > h).as("first pages landscape").isEqualTo(firstLandscape);
      }
      assertThat(mm(s.getPgMar().getTop())).isBetween(20.0, 25.0);
      assertThat(mm(s.getPgMar().getBottom())).isBetween(20.0, 25.0);
      assertThat(mm(s.getPgMar().getLeft())).isBetween(30.0, 35.0);
      assertThat(mm(s.getPgMar().getRight())).isBetween(15.0, 20.0);
    }
    var defaults = d.getStyles().getDefaultRunStyle();
    assertThat(defaults.getFontSizeAsDouble()).isBetween(13.0, 14.0);
    CTFonts fonts;
    try {
      fonts = d.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
    } catch (org.apache.xmlbeans.XmlException | IOException e) {
      throw new AssertionError("the styles cannot be read", e);
    }
    assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs()))
        .containsOnly("Times New Roman");
    List<XWPFRun> runs = new ArrayList<>();
    d.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    d.getTables()
        .forEach(
            t ->
                t.getRows()
                    .forEach(
                        r ->
                            r.getTableCells()
                                .forEach(
                                    c ->
                                        c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    assertThat(runs).allSatisfy(r -> assertThat(r.getFontFamily()).isNull());
  }

  private static double mm(Object twips) {
    return ((BigInteger) twips).longValue() * 25.4 / 1440;
  }

  /** The letterhead's four cells: issuer, nation, number, place and date. */
  public static List<List<String>> letterhead(XWPFDocument d) {
    return cells(d.getTables().get(0));
  }
}
