package vn.thidua.model;

import java.util.Locale;

/**
 * What thidua writes into every workbook it makes, as the custom document property {@value
 * #PROPERTY}: which kind of workbook it is and for which campaign, so that a province inbox can
 * tell its own reports, templates and marked copies from the districts' reports (spec/cli.md "The
 * province inbox").
 *
 * @param kind what thidua wrote
 * @param campaign the config's campaign code
 * @param source for a marked copy, the fingerprint of the data of the workbook it was made from
 *     (see {@link WorkbookResult#fingerprint()}); null otherwise
 */
public record Mark(Kind kind, String campaign, String source) {
  /** The custom property holding "kind campaign" ("annotated 90-hanh-dong-2020"). */
  public static final String PROPERTY = "thidua";

  /** The custom property holding a marked copy's {@link #source}. */
  public static final String SOURCE_PROPERTY = "thidua-source";

  /** The kinds of workbook thidua writes. */
  public enum Kind {
    REPORT,
    NOMINATIONS,
    TEMPLATE,
    ANNOTATED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of an id, or null when it names none. */
    public static Kind of(String id) {
      for (Kind k : values()) {
        if (k.id().equals(id)) {
          return k;
        }
      }
      return null;
    }
  }

  /** The value of {@link #PROPERTY}. */
  public String value() {
    return kind.id() + " " + campaign;
  }

  /**
   * The mark a workbook's properties hold, or null when {@code value} is not one of thidua's.
   *
   * @param value the value of {@link #PROPERTY}
   * @param source the value of {@link #SOURCE_PROPERTY}, or null
   */
  public static Mark parse(String value, String source) {
    if (value == null) {
      return null;
    }
    String[] parts = value.strip().split("\\s+", 2);
    Kind kind = Kind.of(parts[0].toLowerCase(Locale.ROOT));
    if (kind == null || parts.length < 2) {
      return null;
    }
    return new Mark(kind, parts[1], source == null || source.isBlank() ? null : source.strip());
  }
}
