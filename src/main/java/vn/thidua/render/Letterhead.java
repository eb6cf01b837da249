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
   * The frame of a document of a kind the config describes ({@code documents.report}...).
   *
   * @param type the document's type code in its number ("BC"), or blank for none
   * @param recipients its "Nơi nhận" lines
   */
  public static Map<String, Object> of(
      Config config, LocalDate date, Messages m, String type, List<String> recipients) {
    // The province is optional in a config (it only helps tell title blocks from units).
    Province p = config.campaign().province();
    DocumentsSpec d = config.documents();
    String name = p == null || p.name() == null ? "" : p.name();
    String place = p == null || p.place() == null ? "" : p.place();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("lang", m.locale().getLanguage());
    // Bodies are named in Vietnamese in either language: they are the sender's legal names.
    doc.put("parent", name.toUpperCase(VI));
    doc.put("office", d.office().toUpperCase(VI));
    // The number itself is left blank for the clerk who registers the document.
    doc.put("number", m.get("doc.number", type, d.officeCode()));
    doc.put("country", m.get("html.country"));
    doc.put("motto", m.get("html.motto"));
    doc.put("placeDate", placeDate(place, date, m));
    doc.put("signFor", d.signFor());
    doc.put("signTitle", d.signTitle());
    doc.put("signer", d.signer());
    doc.put("recipientsTitle", m.get("html.recipients.title"));
    doc.put("recipients", recipientLines(recipients));
    return doc;
  }

  /** The report's frame, as the config's {@code documents.report} describes it. */
  public static Map<String, Object> report(Config config, LocalDate date, Messages m) {
    DocumentsSpec.DocumentSpec r = config.documents().report();
    return of(config, date, m, r.type(), r.recipients());
  }

  /**
   * The body that issues the province's documents, named in a sentence: "Ban Thường vụ Hội LHPN
   * tỉnh Bắc Giang".
   */
  public static String issuer(Config config) {
    Province p = config.campaign().province();
    String name = p == null || p.name() == null ? "" : p.name();
    return (config.documents().office() + " " + name).strip();
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
