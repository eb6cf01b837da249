package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.DocumentsSpec;
import vn.thidua.model.Summary;

/**
 * tong-hop.docx: the province report as an editable Word document in the decree's layout, its body
 * a narrative draft written from the figures ({@link Narrative}) with the parts only the office can
 * write left as marked placeholders, and the tables of figures and the technical lines in an
 * appendix. Laid out by {@value #TEMPLATE}.
 */
public final class SummaryDocx {
  /** The report's template; {@code --templates DIR} may hold its own copy. */
  public static final String TEMPLATE = "tong-hop.docx.ftlx";

  private SummaryDocx() {}

  /**
   * @param templates a folder whose templates win over the built-in ones, or null
   * @throws TemplateError when the template is broken
   */
  public static void write(Summary s, Messages m, Path templates, OutputStream out)
      throws IOException {
    Map<String, Object> model = model(s, m);
    DocxTemplate.write(TEMPLATE, model, s, m, templates, out);
  }

  /** The template model: the HTML report's figures and frame, and the narrative's sentences. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> model(Summary s, Messages m) {
    // The appendix shows what the HTML report shows, from the same model: one layout of figures.
    Map<String, Object> html = SummaryHtml.model(s, m);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("doc", html.get("doc"));
    root.put("title", m.get("docx.report.title"));
    root.put("subject", html.get("subject"));
    root.put("intro", html.get("intro"));
    List<Object> parts = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    int no = 0;
    for (Narrative.Part p : Narrative.results(s, m)) {
      results.add(part(String.valueOf(++no), p.title(), p.sentences(), null));
    }
    Map<String, Object> first = part("I", m.get("docx.part.results"), List.of(), null);
    first.put("parts", results);
    parts.add(first);
    parts.add(part("II", m.get("docx.part.timeliness"), Narrative.timeliness(s, m), null));
    int numeral = 2;
    for (String office : List.of("assessment", "shortcomings", "direction")) {
      parts.add(
          part(
              Templates.roman(++numeral),
              m.get("docx.part." + office),
              List.of(),
              m.get("docx.placeholder." + office)));
    }
    root.put("parts", parts);
    root.put("appendix", appendix(s, m, html));
    return root;
  }

  private static Map<String, Object> part(
      String number, String title, List<String> sentences, String placeholder) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", number);
    p.put("title", title);
    p.put("sentences", sentences);
    p.put("parts", List.of());
    if (placeholder != null) {
      p.put("placeholder", placeholder);
    }
    return p;
  }

  /** The HTML report's parts of figures, files and inputs, under the appendix's own heading. */
  private static Map<String, Object> appendix(Summary s, Messages m, Map<String, Object> html) {
    CampaignInfo c = s.config().campaign();
    DocumentsSpec.DocumentSpec report = s.config().documents().report();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("title", m.get("docx.appendix.title"));
    a.put("subject", m.get("docx.appendix.subject", c.name()));
    a.put("note", attached(s, m, report, "docx.attached.report"));
    for (String key : List.of("sections", "timeliness", "duplicates", "places", "data")) {
      if (html.containsKey(key)) {
        a.put(key, html.get(key));
      }
    }
    return a;
  }

  /** "(Kèm theo Báo cáo số …/BC-BTV ngày 25/09/2020 của Ban Thường vụ Hội LHPN tỉnh Bắc Giang)". */
  static String attached(
      Summary s, Messages m, DocumentsSpec.DocumentSpec kind, String documentKey) {
    DocumentsSpec d = s.config().documents();
    return m.get(
        "docx.attached",
        m.get(documentKey),
        kind.type(),
        d.officeCode(kind),
        s.asOf(),
        Letterhead.issuer(s.config(), kind));
  }
}
