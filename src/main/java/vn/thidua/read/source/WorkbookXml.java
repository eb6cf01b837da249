package vn.thidua.read.source;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The parts of xl/workbook.xml the reader needs: the sheet list and the date system. */
final class WorkbookXml {

  /** One {@code <sheet>} entry in workbook order. */
  record Sheet(String name, boolean hidden, String relId) {}

  private final List<Sheet> sheets;
  private final boolean date1904;

  private WorkbookXml(List<Sheet> sheets, boolean date1904) {
    this.sheets = sheets;
    this.date1904 = date1904;
  }

  List<Sheet> sheets() {
    return sheets;
  }

  /** Whether serials count from 1904-01-01 (old Mac Excel) instead of 1900. */
  boolean date1904() {
    return date1904;
  }

  static WorkbookXml read(InputStream in) throws XMLStreamException {
    List<Sheet> sheets = new ArrayList<>();
    boolean date1904 = false;
    XMLStreamReader r = XmlInput.open(in);
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if ("workbookPr".equals(name)) {
          date1904 = XmlInput.isTrue(r.getAttributeValue(null, "date1904"));
        } else if ("sheet".equals(name)) {
          String state = r.getAttributeValue(null, "state");
          boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
          sheets.add(new Sheet(r.getAttributeValue(null, "name"), hidden, relId(r)));
        } else if ("definedNames".equals(name) || "extLst".equals(name)) {
          XmlInput.skip(r);
        }
      }
    } finally {
      r.close();
    }
    return new WorkbookXml(List.copyOf(sheets), date1904);
  }

  // r:id lives in the relationships namespace, whose URI differs between transitional and strict
  // OOXML: match the prefixed "id" attribute by its local name.
  private static String relId(XMLStreamReader r) {
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      String ns = r.getAttributeNamespace(i);
      if ("id".equals(r.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }
}
