package vn.thidua.render;

import java.nio.file.Path;
import vn.thidua.model.Summary;

/** danh-sach-khen-thuong.html (placeholder until the FreeMarker report lands). */
public final class NominationHtml {
  private NominationHtml() {}

  public static String render(Summary s, Messages m, Path templates, boolean eligibleOnly) {
    throw new UnsupportedOperationException("danh-sach-khen-thuong.html is not written yet");
  }
}
