package vn.thidua.read.source;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The custom document properties of an .xlsx (docProps/custom.xml) that the reader asks for. */
final class CustomXml {
  // The string types of docPropsVTypes: Excel writes lpwstr, other writers lpstr or bstr.
  private static final Set<String> STRING_TYPES = Set.of("lpwstr", "lpstr", "bstr");

  private CustomXml() {}

  /**
   * The text of each named property that holds a string; a property of another type (a number, a
   * date) is left out, and so is a name the part does not have.
   */
  static Map<String, String> read(InputStream in, Set<String> names) throws XMLStreamException {
    Map<String, String> found = new HashMap<>();
    XMLStreamReader r = XmlInput.open(in);
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT || !"property".equals(r.getLocalName())) {
          continue;
        }
        String name = r.getAttributeValue(null, "name");
        if (name == null || !names.contains(name) || found.containsKey(name)) {
          XmlInput.skip(r);
          continue;
        }
        String value = stringValue(r);
        if (value != null) {
          found.put(name, value);
        }
      }
    } finally {
      r.close();
    }
    return found;
  }

  /** The string in a {@code <property>}'s value element; leaves the reader on its end tag. */
  private static String stringValue(XMLStreamReader r) throws XMLStreamException {
    String value = null;
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (value == null && STRING_TYPES.contains(r.getLocalName())) {
          StringBuilder sb = new StringBuilder();
          XmlInput.appendText(r, sb);
          value = sb.toString();
        } else {
          XmlInput.skip(r);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        return value;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("custom properties end inside a property");
      }
    }
  }
}
