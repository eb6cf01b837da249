package vn.thidua.read.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an Office Open XML package as the reader needs them: part by name, its content type,
 * its relationships. What POI's package layer (OPCPackage) would give, without building a part
 * object, a relationship collection and a DOM for every part of the file on open, which was a tenth
 * of a one-workbook validate. Parts are read through POI's {@link ZipSecureFile}, so the zip-bomb
 * guards are POI's own (inflate ratio, entry size); the part count guard of the package layer is
 * kept here with POI's limit and words. Every XML part goes through {@link XmlInput}: no DTD, no
 * external entity.
 *
 * <p>Lenient where Excel and POI are: part names match whatever their case, and a part written with
 * backslashes ({@code xl\worksheets\sheet1.xml}) is found by its proper name.
 */
final class ZipParts implements Closeable {
  static final String CONTENT_TYPES = "[Content_Types].xml";

  private final ZipSecureFile zip;
  // Keyed by the folded part name without its leading slash.
  private final Map<String, ZipArchiveEntry> entries;
  private Map<String, String> defaults;
  private Map<String, String> overrides;
  private List<Rel> packageRels;

  /** A relationship of a part or of the package, its target resolved to a part name. */
  record Rel(String id, String type, String target, boolean external) {
    /** Whether its type is the one named by this last segment ("styles", "officeDocument"). */
    boolean is(String last) {
      return type.endsWith("/" + last);
    }
  }

  private ZipParts(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries) {
    this.zip = zip;
    this.entries = entries;
  }

  /**
   * The parts of an open zip. Refused, as POI's package layer refuses it, when it holds more
   * entries than {@link ZipSecureFile#getMaxFileCount()}: a thousand sheets is not a report.
   */
  static ZipParts of(ZipSecureFile zip) throws IOException {
    Map<String, ZipArchiveEntry> entries = new HashMap<>();
    long count = 0;
    for (var e = zip.getEntries(); e.hasMoreElements(); ) {
      ZipArchiveEntry entry = e.nextElement();
      if (++count > ZipSecureFile.getMaxFileCount()) {
        throw new IOException(
            String.format(Locale.ROOT, ZipSecureFile.MAX_FILE_COUNT_MSG, count - 1));
      }
      if (!entry.isDirectory()) {
        entries.putIfAbsent(key(entry.getName()), entry);
      }
    }
    return new ZipParts(zip, entries);
  }

  private static String key(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    return n.toLowerCase(Locale.ROOT);
  }

  boolean has(String part) {
    return part != null && entries.containsKey(key(part));
  }

  /** A part's bytes, through POI's guarded stream; null when the package has no such part. */
  InputStream open(String part) throws IOException {
    ZipArchiveEntry e = part == null ? null : entries.get(key(part));
    return e == null ? null : zip.getInputStream(e);
  }

  /** A part's content type from [Content_Types].xml: its override, else its extension's. */
  String contentType(String part) throws IOException, XMLStreamException {
    if (overrides == null) {
      readContentTypes();
    }
    String type = overrides.get(key(part));
    if (type != null) {
      return type;
    }
    int dot = part.lastIndexOf('.');
    int slash = part.lastIndexOf('/');
    return dot > slash ? defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT)) : null;
  }

  private void readContentTypes() throws IOException, XMLStreamException {
    Map<String, String> byExtension = new HashMap<>();
    Map<String, String> byPart = new HashMap<>();
    try (InputStream in = open(CONTENT_TYPES)) {
      if (in != null) {
        XMLStreamReader r = XmlInput.open(in);
        try {
          while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
              continue;
            }
            String type = r.getAttributeValue(null, "ContentType");
            if (type == null) {
              continue;
            }
            switch (r.getLocalName()) {
              case "Default" -> {
                String ext = r.getAttributeValue(null, "Extension");
                if (ext != null) {
                  byExtension.put(ext.toLowerCase(Locale.ROOT), type);
                }
              }
              case "Override" -> {
                String name = r.getAttributeValue(null, "PartName");
                if (name != null) {
                  byPart.put(key(decode(name)), type);
                }
              }
              default -> {}
            }
          }
        } finally {
          r.close();
        }
      }
    }
    defaults = byExtension;
    overrides = byPart;
  }

  /** The package's own relationships (_rels/.rels). */
  List<Rel> packageRels() throws IOException, XMLStreamException {
    if (packageRels == null) {
      packageRels = List.copyOf(rels(""));
    }
    return packageRels;
  }

  /**
   * The part the package's first relationship of this type points to ("officeDocument",
   * "core-properties"), or null when none points to a part the package has.
   */
  String packagePart(String type) throws IOException, XMLStreamException {
    for (Rel rel : packageRels()) {
      if (!rel.external() && rel.is(type) && has(rel.target())) {
        return rel.target();
      }
    }
    return null;
  }

  /**
   * The relationships of a part, from its .rels part beside it; none when it has none. Targets are
   * resolved against the part's folder, as OPC says.
   */
  List<Rel> rels(String part) throws IOException, XMLStreamException {
    int slash = part.lastIndexOf('/');
    String folder = slash < 0 ? "" : part.substring(0, slash + 1);
    String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
    List<Rel> out = new ArrayList<>();
    try (InputStream in = open(relsPart)) {
      if (in == null) {
        return out;
      }
      XMLStreamReader r = XmlInput.open(in);
      try {
        while (r.hasNext()) {
          if (r.next() != XMLStreamConstants.START_ELEMENT
              || !"Relationship".equals(r.getLocalName())) {
            continue;
          }
          String id = r.getAttributeValue(null, "Id");
          String type = r.getAttributeValue(null, "Type");
          String target = r.getAttributeValue(null, "Target");
          boolean external = "External".equalsIgnoreCase(r.getAttributeValue(null, "TargetMode"));
          if (type == null || target == null) {
            continue;
          }
          out.add(new Rel(id, type, external ? target : resolve(folder, target), external));
        }
      } finally {
        r.close();
      }
    }
    return out;
  }

  /**
   * A relative target against the source's folder, or an absolute one as it is, as a part name
   * without its leading slash; percent-escapes decoded. Null when it names no part (".." above the
   * package's root).
   */
  static String resolve(String folder, String target) {
    String t = decode(target.replace('\\', '/'));
    int cut = t.indexOf('#');
    if (cut >= 0) {
      t = t.substring(0, cut);
    }
    String path = t.startsWith("/") ? t : folder + t;
    Deque<String> parts = new ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (parts.pollLast() == null) {
          return null;
        }
      } else {
        parts.addLast(seg);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  // Part names are URIs: "sheet%201.xml" names the entry "sheet 1.xml".
  private static String decode(String name) {
    if (name.indexOf('%') < 0) {
      return name;
    }
    try {
      String path = new URI(name).getPath();
      return path == null ? name : path;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return name;
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
