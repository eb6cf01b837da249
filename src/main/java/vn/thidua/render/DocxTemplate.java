package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.thidua.model.Summary;

/**
 * Renders a Word document from a FreeMarker template ({@code *.docx.ftlx} under {@code templates/},
 * overridable with {@code --templates DIR} like the HTML ones) in the frame of {@link DocxFrame}.
 *
 * <p>The template writes a small XML of the document's layout, every text already localized by the
 * model: {@code <document font size orientation>} holding {@code <letterhead/>}, {@code <p style
 * align bold italic size rule>} (styles {@code title}, {@code subject}, {@code heading}, {@code
 * subheading}, {@code body}, {@code placeholder}, {@code note}, {@code line}), {@code <table widths
 * size header>} of {@code <tr>} of {@code <td colspan rowspan align bold>}, {@code <section
 * orientation/>} (what follows starts a new page, portrait or landscape), {@code <pagebreak/>} and
 * {@code <closing/>}. A province restyles a document by changing these (order, parts, sizes,
 * alignment, emphasis) without touching the decree's frame or any figure.
 */
final class DocxTemplate {
  private DocxTemplate() {}

  /**
   * @param model the template model; its {@code doc} is the {@link Letterhead} frame
   * @param override a folder whose templates win over the built-in ones, or null
   * @throws TemplateError when the template is broken or does not give a document
   */
  @SuppressWarnings("unchecked")
  /**
   * Writes a document of a province run: dated as its summary, its title property the model's title
   * and subject.
   *
   * @param override a folder whose templates win over the built-in ones, or null
   */
  static void write(
      String template,
      Map<String, Object> model,
      Summary s,
      Messages m,
      Path override,
      OutputStream out)
      throws IOException {
    Object subject = model.get("subject");
    String title =
        subject == null
            ? String.valueOf(model.get("title"))
            : m.get("docx.title", model.get("title"), subject);
    write(template, model, m.locale(), override, s.asOf(), title, out);
  }

  static void write(
      String template,
      Map<String, Object> model,
      Locale locale,
      Path override,
      LocalDate asOf,
      String title,
      OutputStream out)
      throws IOException {
    Element root = parse(template, Templates.render(template, model, locale, override));
    String font = root.hasAttribute("font") ? root.getAttribute("font") : Look.FONT;
    int size = root.hasAttribute("size") ? number(template, root.getAttribute("size")) : 14;
    DocxFrame frame = new DocxFrame(font, size, asOf, title);
    frame.orientation("landscape".equals(root.getAttribute("orientation")));
    Map<String, Object> doc = (Map<String, Object>) model.get("doc");
    for (Element e : children(root)) {
      switch (e.getTagName()) {
        case "letterhead" -> frame.letterhead(doc);
        case "closing" -> frame.closing(doc);
        case "p" -> paragraph(frame, e, template);
        case "table" -> table(frame, e, template);
        case "section" -> frame.section("landscape".equals(e.getAttribute("orientation")));
        case "pagebreak" -> frame.document().createParagraph().setPageBreak(true);
        default -> throw new TemplateError(template + ": unknown element <" + e.getTagName() + ">");
      }
    }
    frame.write(out);
  }

  private static Element parse(String template, String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // The XML is the template's own output: it may declare no entity and load nothing.
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      Element root =
          f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
      if (!root.getTagName().equals("document")) {
        throw new TemplateError(template + ": the root element must be <document>");
      }
      return root;
    } catch (SAXException e) {
      throw new TemplateError(template + ": the output is not XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException | IOException e) {
      throw new TemplateError(template + ": " + e.getMessage(), e);
    }
  }

  private static void paragraph(DocxFrame frame, Element e, String template) {
    DocxFrame.Look look = style(e.getAttribute("style"), frame.size(), template);
    look =
        look.with(
            align(e.getAttribute("align"), template),
            flag(e, "bold"),
            flag(e, "italic"),
            e.hasAttribute("size") ? number(template, e.getAttribute("size")) : null);
    frame.paragraph(look, e.getTextContent().strip());
    if ("true".equals(e.getAttribute("rule"))) {
      frame.rule();
    }
  }

  /** The looks the templates name; attributes change them one by one. */
  private static DocxFrame.Look style(String name, int size, String template) {
    ParagraphAlignment center = ParagraphAlignment.CENTER;
    ParagraphAlignment both = ParagraphAlignment.BOTH;
    return switch (name.isEmpty() ? "body" : name) {
      case "title" -> new DocxFrame.Look(center, true, false, size, false, false, true, 360);
      case "subject" -> new DocxFrame.Look(center, true, false, size, false, false, true, 0);
      case "heading" -> new DocxFrame.Look(both, true, false, size, true, false, true, 120);
      case "subheading" -> new DocxFrame.Look(both, true, true, size, true, false, true, 0);
      case "body" -> new DocxFrame.Look(both, false, false, size, true, false, false, 0);
      // What the officer must write: marked so that it cannot be missed nor signed as it is.
      case "placeholder" -> new DocxFrame.Look(both, false, true, size, true, true, false, 0);
      case "note" -> new DocxFrame.Look(center, false, true, size, false, false, true, 0);
      case "line" ->
          new DocxFrame.Look(ParagraphAlignment.LEFT, false, false, size, false, false, false, 0);
      default -> throw new TemplateError(template + ": unknown paragraph style \"" + name + "\"");
    };
  }

  private static void table(DocxFrame frame, Element e, String template) {
    List<List<DocxTables.Cell>> rows = new ArrayList<>();
    for (Element tr : children(e)) {
      List<DocxTables.Cell> cells = new ArrayList<>();
      for (Element td : children(tr)) {
        cells.add(
            new DocxTables.Cell(
                td.getTextContent().strip(),
                td.hasAttribute("colspan") ? number(template, td.getAttribute("colspan")) : 1,
                td.hasAttribute("rowspan") ? number(template, td.getAttribute("rowspan")) : 1,
                align(td.getAttribute("align"), template),
                "true".equals(td.getAttribute("bold"))));
      }
      rows.add(cells);
    }
    if (rows.isEmpty()) {
      return;
    }
    String[] parts = e.getAttribute("widths").trim().split("[,\\s]+");
    int[] shares = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      shares[i] = number(template, parts[i]);
    }
    int size = e.hasAttribute("size") ? number(template, e.getAttribute("size")) : 11;
    int header = e.hasAttribute("header") ? number(template, e.getAttribute("header")) : 1;
    DocxTables.fill(
        frame.document().createTable(),
        DocxTables.columns(shares, frame.textWidth()),
        rows,
        header,
        size);
    // A table directly followed by another would merge with it in Word.
    frame.paragraph(style("line", 6, template), "");
  }

  private static ParagraphAlignment align(String a, String template) {
    return switch (a) {
      case "" -> null;
      case "left" -> ParagraphAlignment.LEFT;
      case "center" -> ParagraphAlignment.CENTER;
      case "right" -> ParagraphAlignment.RIGHT;
      case "justify" -> ParagraphAlignment.BOTH;
      default -> throw new TemplateError(template + ": unknown alignment \"" + a + "\"");
    };
  }

  private static Boolean flag(Element e, String name) {
    return e.hasAttribute(name) ? "true".equals(e.getAttribute(name)) : null;
  }

  private static int number(String template, String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException ex) {
      throw new TemplateError(template + ": \"" + s + "\" is not a whole number");
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }
}
