package vn.thidua.render;

import java.io.OutputStream;
import vn.thidua.model.Summary;

/** danh-sach-khen-thuong.xlsx (placeholder until the workbook report lands). */
public final class NominationXlsx {
  private NominationXlsx() {}

  public static void write(Summary s, Messages m, boolean eligibleOnly, OutputStream out) {
    throw new UnsupportedOperationException("danh-sach-khen-thuong.xlsx is not written yet");
  }
}
