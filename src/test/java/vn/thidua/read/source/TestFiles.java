package vn.thidua.read.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;

/** Builds test workbooks and reads sources back into memory. */
final class TestFiles {
  private TestFiles() {}

  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  static Path write(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    return file;
  }

  /** All rows of a sheet, by name. */
  static List<RawRow> rows(WorkbookSource source, String sheet) throws ReadException {
    SheetInfo info =
        source.sheets().stream()
            .filter(s -> s.name().equals(sheet))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no sheet " + sheet + " in " + source.sheets()));
    List<RawRow> rows = new ArrayList<>();
    try (SheetReader r = source.open(info)) {
      while (r.hasNext()) {
        rows.add(r.next());
      }
    }
    return rows;
  }

  /** The row with a 0-based index, or null. */
  static RawRow row(List<RawRow> rows, int index) {
    return rows.stream().filter(r -> r.index() == index).findFirst().orElse(null);
  }

  /** The cell at a 0-based row and column, or null. */
  static RawCell cell(List<RawRow> rows, int row, int col) {
    RawRow r = row(rows, row);
    return r == null ? null : r.cell(col);
  }

  /**
   * A hand-made xlsx package: each sheet is given as the complete XML of its part, so tests can
   * write what POI would not (prefixes, missing references, inline strings, odd types).
   */
  static final class RawXlsx {
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final Map<String, String> states = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;
    private boolean date1904;
    private final Map<String, byte[]> extra = new LinkedHashMap<>();

    RawXlsx sheet(String name, String xml) {
      sheets.put(name, xml);
      return this;
    }

    RawXlsx state(String name, String state) {
      states.put(name, state);
      return this;
    }

    RawXlsx sharedStrings(String xml) {
      this.sharedStrings = xml;
      return this;
    }

    RawXlsx styles(String xml) {
      this.styles = xml;
      return this;
    }

    RawXlsx date1904() {
      this.date1904 = true;
      return this;
    }

    RawXlsx entry(String name, String content) {
      extra.put(name, content.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Path write(Path file) throws IOException {
      StringBuilder types = new StringBuilder();
      types
          .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
          .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
          .append(
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
          .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
          .append(
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
      StringBuilder wbRels = new StringBuilder();
      wbRels
          .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
          .append(
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      StringBuilder wb = new StringBuilder();
      wb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
          .append("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">")
          .append("<workbookPr date1904=\"" + (date1904 ? "1" : "0") + "\"/><sheets>");
      int i = 1;
      for (String name : sheets.keySet()) {
        types.append(
            "<Override PartName=\"/xl/worksheets/sheet"
                + i
                + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        wbRels.append(
            "<Relationship Id=\"rId"
                + i
                + "\" Type=\""
                + REL_NS
                + "/worksheet\" Target=\"worksheets/sheet"
                + i
                + ".xml\"/>");
        String state = states.get(name);
        wb.append(
            "<sheet name=\""
                + name
                + "\" sheetId=\""
                + i
                + "\""
                + (state == null ? "" : " state=\"" + state + "\"")
                + " r:id=\"rId"
                + i
                + "\"/>");
        i++;
      }
      wb.append("</sheets></workbook>");
      if (sharedStrings != null) {
        types.append(
            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        wbRels.append(
            "<Relationship Id=\"rIdS\" Type=\""
                + REL_NS
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      }
      if (styles != null) {
        types.append(
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        wbRels.append(
            "<Relationship Id=\"rIdT\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
      }
      types.append("</Types>");
      wbRels.append("</Relationships>");
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
        put(zip, "[Content_Types].xml", types.toString());
        put(
            zip,
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\""
                + REL_NS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        put(zip, "xl/workbook.xml", wb.toString());
        put(zip, "xl/_rels/workbook.xml.rels", wbRels.toString());
        i = 1;
        for (String xml : sheets.values()) {
          put(zip, "xl/worksheets/sheet" + i++ + ".xml", xml);
        }
        if (sharedStrings != null) {
          put(zip, "xl/sharedStrings.xml", sharedStrings);
        }
        if (styles != null) {
          put(zip, "xl/styles.xml", styles);
        }
        for (Map.Entry<String, byte[]> e : extra.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /** A worksheet part around the given sheetData content and anything after it. */
  static String sheetXml(String sheetData, String after) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\""
        + MAIN_NS
        + "\" xmlns:r=\""
        + REL_NS
        + "\">"
        + "<sheetData>"
        + sheetData
        + "</sheetData>"
        + after
        + "</worksheet>";
  }

  /** A plain zip with the given entries. */
  static Path zip(Path file, Map<String, String> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}
