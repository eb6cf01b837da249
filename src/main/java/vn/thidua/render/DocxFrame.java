package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The frame every Word document of the province shares, in the layout of Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): A4 with the decree's margins, Times New Roman, the letterhead (issuing body and
 * number top left, national motto and place and date top right) and the closing (recipients bottom
 * left, signature bottom right). The documents' bodies are laid out by {@link DocxTemplate}; this
 * class only knows the frame and how a paragraph looks.
 */
final class DocxFrame {
  /**
   * How a paragraph looks: sizes in points, the space before it in twips; a body paragraph has the
   * decree's first-line indent and 6 pt after it.
   */
  record Look(
      ParagraphAlignment align,
      boolean bold,
      boolean italic,
      int size,
      boolean indent,
      boolean highlight,
      boolean keepNext,
      int before) {
    /** A centred line in a cell or a block: no indent, no space around. */
    static Look line(boolean bold, boolean italic, int size) {
      return new Look(ParagraphAlignment.CENTER, bold, italic, size, false, false, false, 0);
    }

    Look with(ParagraphAlignment a, Boolean b, Boolean i, Integer s) {
      return new Look(
          a == null ? align : a,
          b == null ? bold : b,
          i == null ? italic : i,
          s == null ? size : s,
          indent,
          highlight,
          keepNext,
          before);
    }
  }

  private final XWPFDocument doc = new XWPFDocument();
  private final int size;
  private boolean landscape;

  /**
   * @param font the documents' font (the decree's is Times New Roman)
   * @param size the body's size in points (13–14)
   * @param asOf the date the document carries, also its created date (runs are reproducible)
   */
  DocxFrame(String font, int size, LocalDate asOf, String title) {
    this.size = size;
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    fonts.setEastAsia(font);
    run.addNewSz().setVal(BigInteger.valueOf(size * 2L));
    run.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
    // Spell-checking and hyphenation in Word follow the text's language.
    run.addNewLang().setVal("vi-VN");
    doc.createStyles().setStyles(styles);
    var props = doc.getProperties().getCoreProperties();
    Date created = Date.from(asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
    props.setCreated(Optional.of(created));
    props.setModified(Optional.of(created));
    props.setCreator("thidua");
    props.setTitle(title);
  }

  /** The body's size in points. */
  int size() {
    return size;
  }

  XWPFDocument document() {
    return doc;
  }

  /** The width text may take on the current page, in twips. */
  long textWidth() {
    return DocxPage.textWidth(landscape);
  }

  /** A paragraph of text as it looks. */
  XWPFParagraph paragraph(Look look, String text) {
    XWPFParagraph p = doc.createParagraph();
    format(p, look);
    run(p, look, text);
    return p;
  }

  /** Spacing, alignment and indent of a paragraph (in the body or a table cell). */
  static void format(XWPFParagraph p, Look look) {
    p.setAlignment(look.align());
    p.setSpacingBefore(look.before());
    p.setSpacingAfter(look.indent() ? 120 : 0);
    if (look.indent()) {
      // The decree's first-line indent of 1–1.27 cm.
      p.setIndentationFirstLine(DocxPage.twips(10));
    }
    p.setKeepNext(look.keepNext());
  }

  /** Runs of text as they look; a line break in the text becomes a break in the paragraph. */
  static void run(XWPFParagraph p, Look look, String text) {
    String[] lines = (text == null ? "" : text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun r = p.createRun();
      r.setBold(look.bold());
      r.setItalic(look.italic());
      r.setFontSize(look.size());
      if (look.highlight()) {
        r.setTextHighlightColor("yellow");
      }
      r.setText(lines[i]);
      if (i < lines.length - 1) {
        r.addBreak();
      }
    }
  }

  /**
   * The letterhead: the province union and the issuing body (with a short rule under it) above the
   * number, the national name and motto above the place and date. Laid out as a table without
   * borders, as administrative documents made in Word are.
   */
  void letterhead(Map<String, Object> frame) {
    // Sizes as the decree gives them (names 12–13 pt, motto 13–14 pt), at the low end so that
    // the national name and the province union's name each fit on one line.
    XWPFTable t = borderless(new int[] {40, 60}, 2);
    XWPFTableCell issuer = t.getRow(0).getCell(0);
    line(issuer, frame.get("parent"), false, 12, false, true);
    line(issuer, frame.get("office"), true, 12, false, false);
    rule(issuer.addParagraph(), 20);
    XWPFTableCell nation = t.getRow(0).getCell(1);
    line(nation, frame.get("country"), true, 12, false, true);
    XWPFParagraph motto = line(nation, frame.get("motto"), true, 13, false, false);
    motto.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
    line(t.getRow(1).getCell(0), frame.get("number"), false, 13, false, true);
    line(t.getRow(1).getCell(1), frame.get("placeDate"), false, size, true, true);
  }

  /** The recipients bottom left, the signature bottom right with room for the signature. */
  void closing(Map<String, Object> frame) {
    paragraph(Look.line(false, false, size), "");
    XWPFTable t = borderless(new int[] {45, 55}, 1);
    XWPFTableCell left = t.getRow(0).getCell(0);
    line(left, frame.get("recipientsTitle"), true, 12, true, true);
    for (Object r : (List<?>) frame.get("recipients")) {
      XWPFParagraph p = line(left, r, false, 11, false, false);
      p.setAlignment(ParagraphAlignment.LEFT);
    }
    left.getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.LEFT));
    XWPFTableCell right = t.getRow(0).getCell(1);
    line(right, frame.get("signFor"), true, size, false, true);
    line(right, frame.get("signTitle"), true, size, false, false);
    // Room for the signature and the seal; the name under it, or a line left for it.
    for (int i = 0; i < 4; i++) {
      line(right, "", false, size, false, false);
    }
    line(right, frame.get("signer"), true, size, false, false);
    t.getRow(0).setCantSplitRow(true);
  }

  /**
   * A paragraph in a table cell; the cell's first paragraph is reused, others are added.
   *
   * @param first the text goes into the cell's first (empty) paragraph
   */
  static XWPFParagraph line(
      XWPFTableCell cell, Object text, boolean bold, int size, boolean italic, boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    Look look = Look.line(bold, italic, size);
    format(p, look);
    run(p, look, text == null ? "" : text.toString());
    return p;
  }

  /**
   * The short rule the decree draws under the issuing body and under the title's subject: an empty,
   * tiny paragraph whose top border is drawn between its indents, so the text above keeps its whole
   * width.
   */
  private static void rule(XWPFParagraph p, int indentMm) {
    Look tiny = Look.line(false, false, 2);
    format(p, tiny);
    // A little air between the text and the line, which would otherwise touch its descenders.
    p.setSpacingBefore(60);
    run(p, tiny, "");
    p.setBorderTop(Borders.SINGLE);
    p.setIndentationLeft(DocxPage.twips(indentMm));
    p.setIndentationRight(DocxPage.twips(indentMm));
  }

  /** A short rule, a third of the text's width, after the last paragraph of the body. */
  void rule() {
    rule(doc.createParagraph(), (int) (textWidth() / 3 * 25.4 / 1440));
  }

  /** A table with no borders, its columns in these shares of the text's width. */
  private XWPFTable borderless(int[] shares, int rows) {
    XWPFTable t = doc.createTable(rows, shares.length);
    t.removeBorders();
    DocxTables.widths(t, shares, textWidth());
    return t;
  }

  /** The orientation of the first pages, set before anything is written. */
  void orientation(boolean landscape) {
    this.landscape = landscape;
  }

  /** Ends the current section here; what follows is on a new page, portrait or landscape. */
  void section(boolean nextLandscape) {
    XWPFParagraph p = doc.createParagraph();
    DocxPage.set(p.getCTP().addNewPPr().addNewSectPr(), landscape);
    landscape = nextLandscape;
  }

  /** Writes the document, its last section set up as the decree asks. */
  void write(OutputStream out) throws IOException {
    CTSectPr last =
        doc.getDocument().getBody().isSetSectPr()
            ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
    DocxPage.set(last, landscape);
    doc.write(out);
  }
}
