package vn.thidua.read.source;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What the reader needs from xl/styles.xml, per cell style index ({@code <c s="…">}): whether a
 * number is shown as a date, and the legacy Vietnamese font name if the style uses one.
 */
final class XlsxCellFormats {
  /** A workbook without a styles part: nothing is a date, no legacy fonts. */
  static final XlsxCellFormats NONE = new XlsxCellFormats(new boolean[0], new String[0]);

  // Indexed by cellXfs position, so the row loop does two array reads per cell.
  private final boolean[] date;
  private final String[] font;

  private XlsxCellFormats(boolean[] date, String[] font) {
    this.date = date;
    this.font = font;
  }

  boolean isDate(int style) {
    return style >= 0 && style < date.length && date[style];
  }

  /** The ".Vn…" font name of a style, else null. */
  String legacyFont(int style) {
    return style >= 0 && style < font.length ? font[style] : null;
  }

  /** Reads styles.xml with a small StAX pass (POI's XMLBeans StylesTable is slow to load). */
  static XlsxCellFormats read(InputStream in) throws XMLStreamException {
    Map<Integer, String> numFmts = new HashMap<>();
    List<String> fonts = new ArrayList<>();
    List<int[]> xfs = new ArrayList<>();
    XMLStreamReader r = XmlInput.open(in);
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "numFmts" -> readNumFmts(r, numFmts);
          case "fonts" -> readFonts(r, fonts);
          case "cellXfs" -> readXfs(r, xfs);
          // Differential formats and named styles hold <font>/<xf> too, with other indexes.
          case "cellStyleXfs", "dxfs", "cellStyles", "extLst", "colors", "tableStyles" ->
              XmlInput.skip(r);
          default -> {}
        }
      }
    } finally {
      r.close();
    }
    boolean[] date = new boolean[xfs.size()];
    String[] font = new String[xfs.size()];
    for (int i = 0; i < xfs.size(); i++) {
      int fmtId = xfs.get(i)[0];
      int fontId = xfs.get(i)[1];
      String fmt = numFmts.get(fmtId);
      if (fmt == null && fmtId >= 0 && fmtId < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX) {
        fmt = BuiltinFormats.getBuiltinFormat(fmtId);
      }
      date[i] = DateUtil.isADateFormat(fmtId, fmt);
      font[i] = fontId >= 0 && fontId < fonts.size() ? fonts.get(fontId) : null;
    }
    return new XlsxCellFormats(date, font);
  }

  /** The font name if it is a legacy Vietnamese ".Vn…" font (TCVN3 text), else null. */
  static String legacyFontName(String name) {
    return name != null && name.regionMatches(true, 0, ".Vn", 0, 3) ? name : null;
  }

  private static void readNumFmts(XMLStreamReader r, Map<Integer, String> out)
      throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if ("numFmt".equals(r.getLocalName())) {
          Integer id = parseInt(r.getAttributeValue(null, "numFmtId"));
          String code = r.getAttributeValue(null, "formatCode");
          if (id != null && code != null) {
            out.put(id, code);
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static void readFonts(XMLStreamReader r, List<String> out) throws XMLStreamException {
    int depth = 1;
    String current = null;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = r.getLocalName();
        if (depth == 2 && "font".equals(name)) {
          current = null;
        } else if (depth == 3 && "name".equals(name)) {
          current = legacyFontName(r.getAttributeValue(null, "val"));
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (depth == 2 && "font".equals(r.getLocalName())) {
          // Interned: every cell of this font shares one String.
          out.add(current == null ? null : current.intern());
        }
        depth--;
      }
    }
  }

  private static void readXfs(XMLStreamReader r, List<int[]> out) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (depth == 2 && "xf".equals(r.getLocalName())) {
          Integer fmt = parseInt(r.getAttributeValue(null, "numFmtId"));
          Integer font = parseInt(r.getAttributeValue(null, "fontId"));
          out.add(new int[] {fmt == null ? 0 : fmt, font == null ? 0 : font});
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static Integer parseInt(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
