package vn.thidua.bench;

import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor for reading a sheet: unzip and one plain StAX pass over its XML, counting cells and the
 * characters of their values — nothing a real reader could skip. Usage: StaxFloor XLSX ENTRY.
 */
public final class StaxFloor {
  private StaxFloor() {}

  public static void main(String[] args) throws Exception {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    long cells = 0;
    long chars = 0;
    try (ZipFile zip = new ZipFile(args[0])) {
      ZipEntry e = zip.getEntry(args[1]);
      try (InputStream in = zip.getInputStream(e)) {
        XMLStreamReader r = f.createXMLStreamReader(in);
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
            cells++;
          } else if (ev == XMLStreamConstants.CHARACTERS) {
            chars += r.getTextLength();
          }
        }
      }
    }
    System.out.println(cells + " cells, " + chars + " characters");
  }
}
