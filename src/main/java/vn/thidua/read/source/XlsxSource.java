package vn.thidua.read.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.thidua.model.Mark;
import vn.thidua.model.Rule;

/**
 * An .xlsx read as a stream: {@link ZipParts} finds the parts, StAX reads them. No XSSFWorkbook,
 * whose ~1 KB per cell would not fit a 300,000-row sheet in a small heap.
 */
final class XlsxSource implements WorkbookSource {
  private static final String ODS_MIME = "application/vnd.oasis.opendocument";

  private final Path path;
  private final ZipParts pkg;
  private final Path tempFile;
  private final List<SheetInfo> sheets;
  private final List<String> sheetParts;
  private final String stylesPart;
  private final String stringsPart;
  private final boolean date1904;
  private final Set<XlsxSheetReader> readers = Collections.newSetFromMap(new IdentityHashMap<>());
  private XlsxCellFormats styles;
  private SharedStrings strings;
  private WorkbookProperties properties;
  private boolean closed;

  private XlsxSource(
      Path path,
      ZipParts pkg,
      Path tempFile,
      List<SheetInfo> sheets,
      List<String> sheetParts,
      String stylesPart,
      String stringsPart,
      boolean date1904) {
    this.path = path;
    this.pkg = pkg;
    this.tempFile = tempFile;
    this.sheets = sheets;
    this.sheetParts = sheetParts;
    this.stylesPart = stylesPart;
    this.stringsPart = stringsPart;
    this.date1904 = date1904;
  }

  /**
   * Opens a zip file that should be an xlsx.
   *
   * @param file the file to read (a decrypted temporary copy for an encrypted workbook)
   * @param path the path the user gave, for messages
   * @param tempFile a file to delete on close, or null
   */
  static XlsxSource open(Path file, Path path, Path tempFile) throws ReadException {
    ZipSecureFile zip;
    try {
      // POI's guarded zip: its inflate-ratio and entry-size limits hold for every part read. Opened
      // from the file, never as a stream: a broken central directory is an error, not a reason to
      // inflate the whole file into memory.
      zip = new ZipSecureFile(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
    try {
      ZipParts pkg = ZipParts.of(zip);
      checkZipFormat(zip, pkg, path);
      return build(pkg, path, tempFile);
    } catch (ReadException e) {
      closeQuietly(zip);
      throw e;
    } catch (XMLStreamException | IOException | RuntimeException e) {
      closeQuietly(zip);
      throw ReadErrors.classify(path, e);
    }
  }

  private static void checkZipFormat(ZipSecureFile zip, ZipParts pkg, Path path)
      throws IOException, ReadException {
    ZipArchiveEntry mimetype = zip.getEntry("mimetype");
    if (mimetype != null) {
      try (InputStream in = zip.getInputStream(mimetype)) {
        String mime = new String(in.readNBytes(ODS_MIME.length()), StandardCharsets.US_ASCII);
        if (mime.equals(ODS_MIME)) {
          throw ReadErrors.of(Rule.FILE_FORMAT_ODS, path, null);
        }
      }
    }
    if (zip.getEntry("xl/workbook.bin") != null) {
      throw ReadErrors.of(Rule.FILE_FORMAT_XLSB, path, null);
    }
    // Some writers spell it "[content_types].xml" (and part names with backslashes); POI's package
    // layer accepts both, and so does Excel: ZipParts finds parts whatever their case.
    if (!pkg.has(ZipParts.CONTENT_TYPES)) {
      throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    }
  }

  private static XlsxSource build(ZipParts pkg, Path path, Path tempFile)
      throws IOException, XMLStreamException, ReadException {
    // Transitional ".../relationships/officeDocument" and strict alike.
    String workbook = pkg.packagePart("officeDocument");
    if (workbook == null) {
      throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    }
    String type = String.valueOf(pkg.contentType(workbook));
    if (type.contains(".binary.")) {
      throw ReadErrors.of(Rule.FILE_FORMAT_XLSB, path, null);
    }
    // A .docx or .pptx renamed .xlsx is a valid package too, with another main part.
    if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
      throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    }

    Map<String, String> byId = new HashMap<>();
    String styles = null;
    String strings = null;
    for (ZipParts.Rel rel : pkg.rels(workbook)) {
      if (rel.external() || !pkg.has(rel.target())) {
        continue;
      }
      if (rel.is("styles")) {
        styles = rel.target();
      } else if (rel.is("sharedStrings")) {
        strings = rel.target();
      }
      byId.put(rel.id(), rel.target());
    }

    WorkbookXml wb;
    try (InputStream in = pkg.open(workbook)) {
      wb = WorkbookXml.read(in);
    }
    List<SheetInfo> sheets = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (WorkbookXml.Sheet s : wb.sheets()) {
      int index = sheets.size();
      String name = s.name() == null ? "Sheet" + (index + 1) : s.name();
      sheets.add(new SheetInfo(index, Normalizer.normalize(name, Normalizer.Form.NFC), s.hidden()));
      // A sheet whose part is missing is listed and reads as empty: the other sheets still count.
      parts.add(s.relId() == null ? null : byId.get(s.relId()));
    }
    return new XlsxSource(
        path,
        pkg,
        tempFile,
        List.copyOf(sheets),
        Collections.unmodifiableList(parts),
        styles,
        strings,
        wb.date1904());
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public List<SheetInfo> sheets() {
    return sheets;
  }

  @Override
  public SheetReader open(SheetInfo sheet) throws ReadException {
    if (closed) {
      throw new IllegalStateException("workbook closed");
    }
    int i = sheet.index();
    if (i < 0 || i >= sheets.size() || !sheets.get(i).equals(sheet)) {
      throw new IllegalArgumentException("not a sheet of this workbook: " + sheet);
    }
    loadShared();
    String part = sheetParts.get(i);
    if (part == null) {
      return XlsxSheetReader.empty();
    }
    MergePrescan.Result scan;
    try (InputStream in = pkg.open(part)) {
      scan = MergePrescan.scanAll(in);
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
    InputStream in = null;
    try {
      in = pkg.open(part);
      XMLStreamReader xml = XmlInput.open(in);
      XlsxSheetReader reader =
          new XlsxSheetReader(
              path,
              in,
              xml,
              List.copyOf(scan.merges()),
              strings,
              styles,
              date1904,
              readers::remove);
      reader.lastValueRow = scan.lastValueRow();
      readers.add(reader);
      return reader;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      closeQuietly(in);
      throw ReadErrors.classify(path, e);
    }
  }

  @Override
  public WorkbookProperties properties() {
    if (properties == null) {
      properties = new WorkbookProperties(mark(), saved());
    }
    return properties;
  }

  /** dcterms:modified of the core properties the package's relationship points to. */
  private Instant saved() {
    try (InputStream in = pkg.open(packagePart("core-properties"))) {
      return in == null ? null : CoreXml.modified(in);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // A damaged part of properties says nothing; the sheets are read all the same.
      return null;
    }
  }

  /** The mark in the custom-properties part the package's relationship points to. */
  private Mark mark() {
    // Transitional ".../custom-properties" and strict ".../customProperties".
    String part = packagePart("custom-properties");
    try (InputStream in = pkg.open(part == null ? packagePart("customProperties") : part)) {
      if (in == null) {
        return null;
      }
      Map<String, String> values = CustomXml.read(in, Set.of(Mark.PROPERTY, Mark.SOURCE_PROPERTY));
      return Mark.parse(values.get(Mark.PROPERTY), values.get(Mark.SOURCE_PROPERTY));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null;
    }
  }

  /** The part of a property relationship; a damaged one says nothing, as a damaged part. */
  private String packagePart(String type) {
    try {
      return pkg.packagePart(type);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null;
    }
  }

  // Loaded on the first sheet opened, not at open(): listing the sheets of a workbook with a
  // large string table stays cheap.
  private void loadShared() throws ReadException {
    if (styles != null) {
      return;
    }
    try {
      SharedStrings sst = SharedStrings.NONE;
      if (stringsPart != null) {
        try (InputStream in = pkg.open(stringsPart)) {
          sst = SharedStrings.read(in);
        }
      }
      XlsxCellFormats st = XlsxCellFormats.NONE;
      if (stylesPart != null) {
        try (InputStream in = pkg.open(stylesPart)) {
          st = XlsxCellFormats.read(in);
        }
      }
      strings = sst;
      styles = st;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
  }

  /** Sheet readers not yet closed; for tests that check early close releases the stream. */
  int openReaders() {
    return readers.size();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (XlsxSheetReader r : List.copyOf(readers)) {
      r.close();
    }
    closeQuietly(pkg);
    deleteTemp(tempFile);
  }

  static void deleteTemp(Path tempFile) {
    if (tempFile != null) {
      try {
        Files.deleteIfExists(tempFile);
      } catch (IOException e) {
        tempFile.toFile().deleteOnExit();
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // Already failing; the first error is the one to report.
      }
    }
  }
}
