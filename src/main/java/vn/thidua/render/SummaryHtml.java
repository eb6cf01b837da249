package vn.thidua.render;

import java.nio.file.Path;
import vn.thidua.model.Summary;

/** tong-hop.html (placeholder until the FreeMarker report lands). */
public final class SummaryHtml {
  private SummaryHtml() {}

  public static String render(Summary s, Messages m, Path templates) {
    throw new UnsupportedOperationException("tong-hop.html is not written yet");
  }
}
