package vn.thidua.render;

/**
 * The look every workbook and document thidua writes shares (reports, lists, templates, annotated
 * copies, Word documents): one font, the dates and whole numbers as a Vietnamese office writes
 * them. Administrative documents are set in Times New Roman, as the government's rules for them
 * ask.
 */
public final class Look {
  /** The font of every cell and paragraph thidua writes. */
  public static final String FONT = "Times New Roman";

  /** Excel's number format of a date: 25/09/2020. */
  public static final String DATE = "dd/mm/yyyy";

  /** Excel's number format of a whole number: 1.234 in a Vietnamese Excel, 1,234 in others. */
  public static final String INTEGER = "#,##0";

  private Look() {}
}
