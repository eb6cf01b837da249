package vn.thidua.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.model.Config;
import vn.thidua.model.DocumentsSpec;
import vn.thidua.model.Province;

/**
 * The frame of a province document in the administrative layout of Nghị định 30/2020/NĐ-CP, as
 * template model: issuing body, national motto, number, place and date, signature and recipients.
 */
public final class Letterhead {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private Letterhead() {}

  /**
   * The frame of a document with a number of a type and its recipients, issued by the body of the
   * config's {@code documents} section.
   *
   * @param type the document's type code in its number ("BC"), or blank for none
   * @param recipients its "Nơi nhận" lines
   */
  public static Map<String, Object> of(
      Config config, LocalDate date, Messages m, String type, List<String> recipients) {
    return of(
        config,
        date,
        m,
        new DocumentsSpec.DocumentSpec(type, recipients, null, null, null, null, null, null, null));
  }

  /**
   * The frame of a document of a kind the config describes ({@code documents.report}…): its issuing
   * body and signature lines where the kind names its own, else the section's.
   */
  public static Map<String, Object> of(
      Config config, LocalDate date, Messages m, DocumentsSpec.DocumentSpec kind) {
    // The province is optional in a config (it only helps tell title blocks from units).
    Province p = config.campaign().province();
    DocumentsSpec d = config.documents();
    String name = p == null || p.name() == null ? "" : p.name();
    String place = p == null || p.place() == null ? "" : p.place();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("lang", m.locale().getLanguage());
    // Bodies are named in Vietnamese in either language: they are the sender's legal names.
    doc.put("parent", name.toUpperCase(VI));
    doc.put("office", d.office(kind).toUpperCase(VI));
    // The number itself is left blank for the clerk who registers the document; a document
    // without a type (a list attached to another) has none.
    doc.put("number", kind.type().isBlank() ? "" : number(config, m, kind));
    doc.put("country", m.get("html.country"));
    doc.put("motto", m.get("html.motto"));
    doc.put("placeDate", placeDate(place, date, m));
    doc.put("signFor", d.signFor(kind));
    doc.put("signTitle", d.signTitle(kind));
    doc.put("signer", d.signer(kind));
    doc.put("recipientsTitle", m.get("html.recipients.title"));
    doc.put("recipients", recipientLines(kind.recipients()));
    return doc;
  }

  /** "Số: /TTr-HĐTĐKT": a kind's number, its figure left for the clerk. */
  public static String number(Config config, Messages m, DocumentsSpec.DocumentSpec kind) {
    return m.get("doc.number", kind.type(), config.documents().officeCode(kind));
  }

  /** The report's frame, as the config's {@code documents.report} describes it. */
  public static Map<String, Object> report(Config config, LocalDate date, Messages m) {
    return of(config, date, m, config.documents().report());
  }

  /**
   * The body that issues the province's documents, named in a sentence: "Ban Thường vụ Hội LHPN
   * tỉnh Bắc Giang".
   */
  public static String issuer(Config config) {
    return issuer(config, DocumentsSpec.DocumentSpec.NONE);
  }

  /**
   * The body that issues a kind of document, named in a sentence: for the proposal, the council
   * "Hội đồng Thi đua - Khen thưởng Hội LHPN tỉnh Bắc Giang", one name wherever it is said.
   */
  public static String issuer(Config config, DocumentsSpec.DocumentSpec kind) {
    Province p = config.campaign().province();
    String name = p == null || p.name() == null ? "" : p.name();
    return (config.documents().office(kind) + " " + name).strip();
  }

  /** "- Trung ương…;" for every line, the last one ending in a full stop (Phụ lục I). */
  static List<String> recipientLines(List<String> recipients) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < recipients.size(); i++) {
      String r = recipients.get(i).strip().replaceAll("[;.]+$", "");
      out.add("- " + r + (i == recipients.size() - 1 ? "." : ";"));
    }
    return out;
  }

  /**
   * "Bắc Giang, ngày 05 tháng 9 năm 2020": the decree (Phụ lục I) pads days below 10 and the months
   * January and February with a zero, and no other month, so "tháng 09" would be wrong.
   */
  static String placeDate(String place, LocalDate date, Messages m) {
    int month = date.getMonthValue();
    String line =
        m.get(
            "html.placeDate",
            place,
            String.format(Locale.ROOT, "%02d", date.getDayOfMonth()),
            month <= 2 ? String.format(Locale.ROOT, "%02d", month) : String.valueOf(month),
            String.valueOf(date.getYear()),
            date);
    return place.isBlank() ? line.replaceFirst("^,\\s*", "") : line;
  }
}
