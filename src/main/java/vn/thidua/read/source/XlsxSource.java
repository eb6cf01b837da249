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
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.thidua.model.Mark;
import vn.thidua.model.Rule;

/**
 * An .xlsx read as a stream: POI's package layer finds the parts, StAX reads them. No XSSFWorkbook,
 * whose ~1 KB per cell would not fit a 300,000-row sheet in a small heap.
 */
final class XlsxSource implements WorkbookSource {
  private static final String ODS_MIME = "application/vnd.oasis.opendocument";
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private final Path path;
  private final OPCPackage pkg;
  private final Path tempFile;
  private final List<SheetInfo> sheets;
  private final List<PackagePart> sheetParts;
  private final PackagePart stylesPart;
  private final PackagePart stringsPart;
  private final boolean date1904;
  private final Set<XlsxSheetReader> readers = Collections.newSetFromMap(new IdentityHashMap<>());
  private XlsxCellFormats styles;
  private SharedStrings strings;
  private WorkbookProperties properties;
  private boolean closed;

  private XlsxSource(
      Path path,
      OPCPackage pkg,
      Path tempFile,
      List<SheetInfo> sheets,
      List<PackagePart> sheetParts,
      PackagePart stylesPart,
      PackagePart stringsPart,
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
      // Opened here rather than by OPCPackage.open(File, READ): on a broken central directory
      // POI would fall back to inflating the whole zip into memory as a stream; and the entries
      // can be checked for .ods and .xlsb before the package layer parses anything.
      zip = new ZipSecureFile(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
    OPCPackage pkg = null;
    try {
      checkZipFormat(zip, path);
      // Read-only: the package layer never writes back into the district's file.
      pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
      return build(pkg, path, tempFile);
    } catch (ReadException e) {
      closeQuietly(pkg, zip);
      throw e;
    } catch (InvalidFormatException | XMLStreamException | IOException | RuntimeException e) {
      closeQuietly(pkg, zip);
      throw ReadErrors.classify(path, e);
    }
  }

  private static void checkZipFormat(ZipSecureFile zip, Path path)
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
    if (!hasContentTypes(zip)) {
      throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    }
  }

  // Some writers spell it "[content_types].xml" (and part names with backslashes); POI's package
  // layer accepts both, and so does Excel.
  private static boolean hasContentTypes(ZipSecureFile zip) {
    if (zip.getEntry(CONTENT_TYPES) != null) {
      return true;
    }
    for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
      if (entries.nextElement().getName().equalsIgnoreCase(CONTENT_TYPES)) {
        return true;
      }
    }
    return false;
  }

  private static XlsxSource build(OPCPackage pkg, Path path, Path tempFile)
      throws InvalidFormatException, IOException, XMLStreamException, ReadException {
    PackageRelationshipCollection main =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (main.isEmpty()) {
      main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart workbook = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
    if (workbook == null) {
      throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    }
    String type = workbook.getContentType();
    if (type.contains(".binary.")) {
      throw ReadErrors.of(Rule.FILE_FORMAT_XLSB, path, null);
    }
    // A .docx or .pptx renamed .xlsx is a valid package too, with another main part.
    if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
      throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    }

    Map<String, PackagePart> byId = new HashMap<>();
    PackagePart styles = null;
    PackagePart strings = null;
    for (PackageRelationship rel : workbook.getRelationships()) {
      if (rel.getTargetMode() == TargetMode.EXTERNAL) {
        continue;
      }
      PackagePart target = relatedPart(workbook, rel);
      String relType = rel.getRelationshipType();
      if (relType.endsWith("/styles")) {
        styles = target;
      } else if (relType.endsWith("/sharedStrings")) {
        strings = target;
      }
      byId.put(rel.getId(), target);
    }

    WorkbookXml wb;
    try (InputStream in = workbook.getInputStream()) {
      wb = WorkbookXml.read(in);
    }
    List<SheetInfo> sheets = new ArrayList<>();
    List<PackagePart> parts = new ArrayList<>();
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

  private static PackagePart relatedPart(PackagePart from, PackageRelationship rel) {
    try {
      return from.getRelatedPart(rel);
    } catch (InvalidFormatException | IllegalArgumentException e) {
      return null;
    }
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
    PackagePart part = sheetParts.get(i);
    if (part == null) {
      return XlsxSheetReader.empty();
    }
    MergePrescan.Result scan;
    try (InputStream in = part.getInputStream()) {
      scan = MergePrescan.scanAll(in);
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
    InputStream in = null;
    try {
      in = part.getInputStream();
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

  /** dcterms:modified of the core properties, which the package layer has already parsed. */
  private Instant saved() {
    try {
      return pkg.getPackageProperties().getModifiedProperty().map(Date::toInstant).orElse(null);
    } catch (InvalidFormatException | RuntimeException e) {
      return null;
    }
  }

  /** The mark in the custom-properties part the package's relationship points to. */
  private Mark mark() {
    try {
      for (PackageRelationship rel : pkg.getRelationships()) {
        // Transitional ".../custom-properties" and strict ".../customProperties".
        String type = rel.getRelationshipType();
        if (rel.getTargetMode() == TargetMode.EXTERNAL
            || !(type.endsWith("/custom-properties") || type.endsWith("/customProperties"))) {
          continue;
        }
        PackagePart part = pkg.getPart(rel);
        if (part == null) {
          continue;
        }
        Map<String, String> values;
        try (InputStream in = part.getInputStream()) {
          values = CustomXml.read(in, Set.of(Mark.PROPERTY, Mark.SOURCE_PROPERTY));
        }
        return Mark.parse(values.get(Mark.PROPERTY), values.get(Mark.SOURCE_PROPERTY));
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // A damaged part of properties says nothing; the sheets are read all the same.
    }
    return null;
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
        try (InputStream in = stringsPart.getInputStream()) {
          sst = SharedStrings.read(in);
        }
      }
      XlsxCellFormats st = XlsxCellFormats.NONE;
      if (stylesPart != null) {
        try (InputStream in = stylesPart.getInputStream()) {
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
    // revert(), not close(): close() of a package would try to save it.
    pkg.revert();
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

  private static void closeQuietly(OPCPackage pkg, ZipSecureFile zip) {
    if (pkg != null) {
      pkg.revert();
    }
    closeQuietly(zip);
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
