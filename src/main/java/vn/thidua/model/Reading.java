package vn.thidua.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How workbooks are read; every list is matched after folding case, spacing and diacritics. A field
 * a config leaves out (null here) is the default config's: see {@link #orElse}.
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

  /** Nothing given: every field is taken from the defaults. */
  public static final Reading NONE =
      new Reading(null, null, null, null, null, null, null, null, null, null, null, null, null);

  public Reading {
    indexHeaders = copy(indexHeaders);
    totalsWords = copy(totalsWords);
    endWords = copy(endWords);
    endPatterns = copy(endPatterns);
    yes = copy(yes);
    no = copy(no);
    lengthUnits = lengthUnits == null || lengthUnits.isEmpty() ? null : Lists.of(lengthUnits);
    districtWords = words(districtWords);
    communeWords = words(communeWords);
    hamletWords = words(hamletWords);
    organisationNames = words(organisationNames);
  }

  /**
   * This reading with every field it does not give (absent or empty) taken from the defaults: the
   * embedded default config's {@code reading}, the one list of them (workbook.md).
   */
  public Reading orElse(Reading defaults) {
    return new Reading(
        or(headerRowsMax, defaults.headerRowsMax),
        or(blankRowsEnd, defaults.blankRowsEnd),
        or(indexHeaders, defaults.indexHeaders),
        or(totalsWords, defaults.totalsWords),
        or(endWords, defaults.endWords),
        or(endPatterns, defaults.endPatterns),
        or(yes, defaults.yes),
        or(no, defaults.no),
        or(lengthUnits, defaults.lengthUnits),
        or(districtWords, defaults.districtWords),
        or(communeWords, defaults.communeWords),
        or(hamletWords, defaults.hamletWords),
        or(organisationNames, defaults.organisationNames));
  }

  private static <T> T or(T value, T dflt) {
    return value != null ? value : dflt;
  }

  private static List<String> copy(List<String> list) {
    return list == null || list.isEmpty() ? null : List.copyOf(list);
  }

  /**
   * Like {@link #copy}, but a blank entry ({@code - } or {@code ~} in YAML) is kept as null rather
   * than failing the binding, so the validator can point at its line.
   */
  private static List<String> words(List<String> list) {
    return list == null || list.isEmpty()
        ? null
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }
}
