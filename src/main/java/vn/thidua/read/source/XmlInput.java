package vn.thidua.read.source;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX plumbing shared by the xlsx part readers. */
final class XmlInput {
  private XmlInput() {}

  /**
   * A StAX reader that never reads a DTD or an external entity: the files come from outside and
   * must not make the tool fetch anything (XXE).
   */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    // Woodstox by name, not by a service lookup that depends on the classpath; one factory per
    // part, as StAX does not promise that a factory can be shared between threads.
    XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f.createXMLStreamReader(in);
  }

  /**
   * Appends the text of the element the reader is on and leaves the reader on its end tag. Child
   * elements are skipped with their text.
   */
  static void appendText(XMLStreamReader r, StringBuilder out) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            out.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end");
        default -> {}
      }
    }
  }

  /**
   * Appends the plain text of a rich-text element (a shared string {@code <si>} or an inline {@code
   * <is>}): all {@code <t>} runs in order, phonetic runs ({@code <rPh>}) left out. Leaves the
   * reader on the element's end tag.
   */
  static void appendRichText(XMLStreamReader r, StringBuilder out) throws XMLStreamException {
    int depth = 1;
    int rphDepth = 0;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = r.getLocalName();
        if ("rPh".equals(name)) {
          rphDepth++;
        } else if ("t".equals(name) && rphDepth == 0) {
          appendText(r, out);
          depth--;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if ("rPh".equals(r.getLocalName())) {
          rphDepth--;
        }
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end");
      }
    }
  }

  /** Skips the element the reader is on, leaving it on the end tag. */
  static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end");
      }
    }
  }

  /**
   * The string of a text buffer with the OOXML escapes {@code _xHHHH_} decoded: Excel stores
   * characters XML cannot hold (a carriage return, a control character) that way, and {@code
   * _x005F_} escapes a literal underscore.
   */
  static String unescape(StringBuilder sb) {
    int i = indexOfEscape(sb, 0);
    if (i < 0) {
      return sb.toString();
    }
    StringBuilder out = new StringBuilder(sb.length());
    int from = 0;
    while (i >= 0) {
      out.append(sb, from, i);
      out.append((char) Integer.parseInt(sb, i + 2, i + 6, 16));
      from = i + 7;
      i = indexOfEscape(sb, from);
    }
    out.append(sb, from, sb.length());
    return out.toString();
  }

  private static int indexOfEscape(CharSequence s, int from) {
    for (int i = from, n = s.length() - 7; i <= n; i++) {
      if (s.charAt(i) == '_'
          && s.charAt(i + 1) == 'x'
          && s.charAt(i + 6) == '_'
          && isHex(s.charAt(i + 2))
          && isHex(s.charAt(i + 3))
          && isHex(s.charAt(i + 4))
          && isHex(s.charAt(i + 5))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Whether an OOXML boolean attribute ("1", "true") is set. */
  static boolean isTrue(String v) {
    return v != null && ("1".equals(v) || "true".equalsIgnoreCase(v));
  }
}
