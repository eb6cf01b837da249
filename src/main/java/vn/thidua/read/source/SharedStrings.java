package vn.thidua.read.source;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared string table of an xlsx (xl/sharedStrings.xml) as plain strings: rich-text runs
 * joined, phonetic runs left out, text as stored otherwise.
 */
final class SharedStrings {
  static final SharedStrings NONE = new SharedStrings(new String[0], 0);

  private final String[] items;
  private final int size;

  private SharedStrings(String[] items, int size) {
    this.items = items;
    this.size = size;
  }

  int size() {
    return size;
  }

  /** The string at an index, or null when the index is outside the table. */
  String get(int index) {
    return index >= 0 && index < size ? items[index] : null;
  }

  // A plain array, not POI's table of rich-text wrappers: one lookup per string cell, no
  // allocation.
  static SharedStrings read(InputStream in) throws XMLStreamException {
    String[] items = new String[256];
    int size = 0;
    StringBuilder sb = new StringBuilder(64);
    XMLStreamReader r = XmlInput.open(in);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) {
          sb.setLength(0);
          XmlInput.appendRichText(r, sb);
          if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
          }
          items[size++] = XmlInput.unescape(sb);
        }
      }
    } finally {
      r.close();
    }
    return new SharedStrings(items, size);
  }
}
