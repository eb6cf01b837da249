package vn.thidua.render;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.model.Config;
import vn.thidua.model.Province;

/**
 * The frame of a province document in the administrative layout of Nghị định 30/2020/NĐ-CP, as
 * template model: issuing body, national motto, number, place and date, signature and recipients.
 */
public final class Letterhead {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private Letterhead() {}

  /**
   * @param number the document's number line ("Số: /BC-BTV"), left blank for the clerk to fill
   */
  public static Map<String, Object> of(Config config, LocalDate date, Messages m, String number) {
    // The province is optional in a config (it only helps tell title blocks from units).
    Province p = config.campaign().province();
    String name = p == null || p.name() == null ? "" : p.name();
    String place = p == null || p.place() == null ? "" : p.place();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("lang", m.locale().getLanguage());
    // The body is named in Vietnamese in either language: it is the sender's legal name.
    doc.put("parent", name.toUpperCase(VI));
    doc.put("office", m.get("html.office"));
    doc.put("number", number);
    doc.put("country", m.get("html.country"));
    doc.put("motto", m.get("html.motto"));
    doc.put("placeDate", placeDate(place, date, m));
    doc.put("signFor", m.get("html.sign.for"));
    doc.put("signTitle", m.get("html.sign.title"));
    doc.put("recipientsTitle", m.get("html.recipients.title"));
    doc.put("recipients", List.of(m.get("html.recipients").split("\n")));
    return doc;
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
