package vn.thidua.read.source;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The core document properties of an .xlsx (docProps/core.xml) that the reader asks for. */
final class CoreXml {
  private CoreXml() {}

  /** When the workbook was last saved ({@code dcterms:modified}), or null when it does not say. */
  static Instant modified(InputStream in) throws XMLStreamException {
    XMLStreamReader r = XmlInput.open(in);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "modified".equals(r.getLocalName())) {
          StringBuilder sb = new StringBuilder();
          XmlInput.appendText(r, sb);
          return instant(sb.toString().strip());
        }
      }
    } finally {
      r.close();
    }
    return null;
  }

  /**
   * A W3CDTF date as Office writers put it: with a zone ("2020-09-25T03:00:00Z", "…+07:00",
   * fractions of a second), without one (read as UTC, as POI reads it), or a bare day.
   */
  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // not with a zone
    }
    try {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not a time of day
    }
    try {
      return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
