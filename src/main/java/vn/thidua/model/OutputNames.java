package vn.thidua.model;

import java.util.Locale;
import java.util.Set;

/**
 * Every file name thidua writes, in one place: the commands name their outputs from here, and the
 * province inbox recognises thidua's own reports by these names when they carry no mark.
 */
public final class OutputNames {
  /**
   * The province report, {@code tong-hop.html}, {@code .xlsx}…, and consolidate's default folder.
   */
  public static final String REPORT = "tong-hop";

  /** The nomination list, {@code danh-sach-khen-thuong.xlsx}…. */
  public static final String NOMINATIONS = "danh-sach-khen-thuong";

  /** The proposal for commendation that goes with the nomination list. */
  public static final String PROPOSAL = "to-trinh";

  /** nominate's default folder. */
  public static final String NOMINATIONS_DIR = "khen-thuong";

  /** A blank template, {@code bieu-mau-TY.xlsx}, and template --all's default folder. */
  public static final String TEMPLATE = "bieu-mau";

  /** What marks an annotated copy: "tan-yen.xlsx" gives "tan-yen.kiem-tra.xlsx". */
  public static final String ANNOTATED = ".kiem-tra";

  private static final Set<String> PROVINCE = Set.of(REPORT, NOMINATIONS, PROPOSAL);

  private OutputNames() {}

  /** The report's file in a format: "tong-hop.xlsx". */
  public static String report(String extension) {
    return REPORT + "." + extension.toLowerCase(Locale.ROOT);
  }

  /** The nomination list's file in a format: "danh-sach-khen-thuong.xlsx". */
  public static String nominations(String extension) {
    return NOMINATIONS + "." + extension.toLowerCase(Locale.ROOT);
  }

  /** The proposal for commendation's file in a format: "to-trinh.docx". */
  public static String proposal(String extension) {
    return PROPOSAL + "." + extension.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a file name is one of the province's own outputs (a report, a nomination list, a
   * proposal) whatever its extension: "tong-hop.xlsx", "Danh-sach-khen-thuong.xls".
   */
  public static boolean isProvinceOutput(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot < 0 ? fileName : fileName.substring(0, dot);
    return PROVINCE.contains(base.toLowerCase(Locale.ROOT));
  }
}
