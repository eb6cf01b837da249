package vn.thidua.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How workbooks are read; every list is matched after folding case, spacing and diacritics.
 *
 * @param headerRowsMax the header row is searched in this many first rows
 * @param blankRowsEnd this many consecutive empty rows end a table
 * @param indexHeaders headers of the row-number column ("STT", "TT")
 * @param totalsWords a totals row starts with one of these ("Tổng cộng", "Cộng", "Tổng số")
 * @param endWords a signature-block cell starts with one of these ("Người lập biểu", "TM.")
 * @param endPatterns regular expressions on folded text that end a table ("ngay .* thang .* nam")
 * @param yes words meaning yes
 * @param no words meaning no (blank also means no)
 * @param lengthUnits unit words of lengths and their factor to metres
 * @param districtWords district-level words a district or unit name may start with ("huyện", "H.",
 *     "thành phố", "TP.")
 * @param communeWords commune-level words a commune name may start with ("xã", "phường", "TT.")
 * @param hamletWords hamlet-level words a hamlet name may start with ("thôn", "tổ dân phố")
 * @param organisationNames names of the union a unit name may start with ("Hội LHPN", "HLHPN")
 */
public record Reading(
    Integer headerRowsMax,
    Integer blankRowsEnd,
    List<String> indexHeaders,
    List<String> totalsWords,
    List<String> endWords,
    List<String> endPatterns,
    List<String> yes,
    List<String> no,
    Map<String, BigDecimal> lengthUnits,
    List<String> districtWords,
    List<String> communeWords,
    List<String> hamletWords,
    List<String> organisationNames) {

  public static final Reading DEFAULTS =
      new Reading(null, null, null, null, null, null, null, null, null, null, null, null, null);

  public Reading {
    headerRowsMax = headerRowsMax == null ? 30 : headerRowsMax;
    blankRowsEnd = blankRowsEnd == null ? 20 : blankRowsEnd;
    indexHeaders = orDefault(indexHeaders, List.of("STT", "TT", "Số TT", "Số thứ tự"));
    totalsWords = orDefault(totalsWords, List.of("Tổng cộng", "Cộng", "Tổng số"));
    endWords =
        orDefault(
            endWords, List.of("Người lập biểu", "TM.", "Chủ tịch", "Ban Thường vụ", "Người lập"));
    endPatterns = orDefault(endPatterns, List.of("^.*ngay .* thang .* nam.*$"));
    yes = orDefault(yes, List.of("x", "có", "co", "✓", "✔", "v", "1", "true", "đạt"));
    no = orDefault(no, List.of("không", "khong", "0", "-", "false", "chưa"));
    lengthUnits =
        lengthUnits == null || lengthUnits.isEmpty()
            ? Map.of(
                "m", BigDecimal.ONE,
                "met", BigDecimal.ONE,
                "mét", BigDecimal.ONE,
                "km", BigDecimal.valueOf(1000))
            : Lists.of(lengthUnits);
    // workbook.md, "Place and unit names compare as a person reads them".
    districtWords =
        words(
            districtWords,
            List.of("huyện", "H.", "quận", "Q.", "thị xã", "TX.", "thành phố", "TP."));
    communeWords = words(communeWords, List.of("xã", "X.", "phường", "P.", "thị trấn", "TT."));
    hamletWords = words(hamletWords, List.of("thôn", "tổ dân phố", "TDP", "xóm", "bản", "khu"));
    organisationNames =
        words(
            organisationNames,
            List.of("Hội LHPN", "Hội Liên hiệp Phụ nữ", "Hội Phụ nữ", "HLHPN", "Hội PN"));
  }

  private static List<String> orDefault(List<String> list, List<String> dflt) {
    return list == null || list.isEmpty() ? dflt : List.copyOf(list);
  }

  /**
   * Like {@link #orDefault}, but a blank entry ({@code - } or {@code ~} in YAML) is kept as null
   * rather than failing the binding, so the validator can point at its line.
   */
  private static List<String> words(List<String> list, List<String> dflt) {
    return list == null || list.isEmpty()
        ? dflt
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }
}
