package vn.thidua.render;

import java.io.OutputStream;
import vn.thidua.model.Summary;

/** tong-hop.xlsx (placeholder until the workbook report lands). */
public final class SummaryXlsx {
  private SummaryXlsx() {}

  public static void write(Summary s, Messages m, OutputStream out) {
    throw new UnsupportedOperationException("tong-hop.xlsx is not written yet");
  }
}
