package vn.thidua.district;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.model.Finding;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.SheetInfo;
import vn.thidua.read.source.SheetReader;
import vn.thidua.read.source.WorkbookSource;
import vn.thidua.read.source.WorkbookSources;
import vn.thidua.render.Look;
import vn.thidua.render.Pages;
import vn.thidua.render.TextFit;

/**
 * The workbook an annotated copy is made from, in memory: an .xlsx or .xls opened from a copy of
 * the file's bytes (the input file is never opened for writing), or a CSV folder turned into an
 * .xlsx with one sheet per file. Knows which of its sheets a finding names.
 */
final class AnnotatedBook implements AutoCloseable {
  private final Workbook wb;
  private final Map<String, String> renamed;
  private final String password;

  private AnnotatedBook(Workbook wb, Map<String, String> renamed, String password) {
    this.wb = wb;
    this.renamed = renamed;
    this.password = password;
  }

  static AnnotatedBook open(Path input, String password) throws IOException, ReadException {
    if (Files.isDirectory(input)) {
      return fromCsv(input);
    }
    byte[] bytes = Files.readAllBytes(input);
    try {
      return new AnnotatedBook(
          WorkbookFactory.create(new ByteArrayInputStream(bytes)), Map.of(), null);
    } catch (EncryptedDocumentException e) {
      if (password == null) {
        throw e;
      }
      // Opened with the password, written back under it.
      return new AnnotatedBook(
          WorkbookFactory.create(new ByteArrayInputStream(bytes), password), Map.of(), password);
    }
  }

  /** Writes the annotated workbook, under the input's password when it had one. */
  void write(OutputStream out) throws IOException {
    Protected.write(wb, password, out);
  }

  Workbook workbook() {
    return wb;
  }

  /** The sheet a finding is on, or null for a file finding or a sheet not found. */
  Sheet sheet(Finding f) {
    if (f.sheet() == null) {
      return null;
    }
    String name = renamed.getOrDefault(f.sheet(), f.sheet());
    Sheet s = wb.getSheet(name);
    if (s != null) {
      return s;
    }
    // Findings name sheets in NFC; the file may store a name decomposed.
    String nfc = nfc(name);
    for (Sheet each : wb) {
      if (nfc(each.getSheetName()).equals(nfc)) {
        return each;
      }
    }
    return null;
  }

  /**
   * Every CSV file as a sheet of text cells, as written: "1.200" stays "1.200" rather than becoming
   * a number Excel would show differently. The workbook is "modified" when the folder's newest file
   * was, as the reader tells a CSV folder's saved time: a copy of a folder keeps its source's time
   * like the copy of a workbook does. The sheets are thidua's, so they print like its others: each
   * column as wide as its text up to {@link #CSV_COLUMN} characters, longer texts wrapped, one A4
   * page wide.
   */
  private static AnnotatedBook fromCsv(Path dir) throws IOException, ReadException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Map<String, String> renamed = new HashMap<>();
    Font font = wb.createFont();
    font.setFontName(Look.FONT);
    font.setFontHeightInPoints((short) 11);
    CellStyle text = wb.createCellStyle();
    text.setDataFormat(wb.createDataFormat().getFormat("@"));
    text.setFont(font);
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    try (WorkbookSource source = WorkbookSources.open(dir, null)) {
      Instant saved = source.properties().saved();
      wb.getProperties()
          .getCoreProperties()
          .setModified(Optional.ofNullable(saved).map(Date::from));
      for (SheetInfo info : source.sheets()) {
        Sheet s = wb.createSheet(uniqueName(wb, info.name()));
        renamed.put(info.name(), s.getSheetName());
        Map<Integer, Double> widths = new HashMap<>();
        try (SheetReader r = source.open(info)) {
          while (r.hasNext()) {
            RawRow raw = r.next();
            Row row = s.createRow(raw.index());
            for (RawCell c : raw.cells()) {
              Cell cell = row.createCell(c.col());
              cell.setCellStyle(text);
              cell.setCellValue(c.text());
              widths.merge(
                  c.col(), Math.min(CSV_COLUMN, TextFit.units(c.text(), 11, false)), Math::max);
            }
          }
        }
        layOut(s, widths);
      }
    } catch (ReadException | RuntimeException e) {
      wb.close();
      throw e;
    }
    return new AnnotatedBook(wb, renamed, null);
  }

  /** The widest a column of a CSV sheet grows, in characters; longer texts wrap. */
  private static final int CSV_COLUMN = 20;

  /** Column widths from the texts, rows as tall as their wrapped texts, the page set up. */
  private static void layOut(Sheet s, Map<Integer, Double> widths) {
    int columns = widths.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    for (int c = 0; c < columns; c++) {
      s.setColumnWidth(c, (int) Math.ceil(Math.max(6, widths.getOrDefault(c, 6.0))) * 256);
    }
    TextFit.fitRows(s);
    Pages.a4(s, Pages.width(s, columns), null);
  }

  /** A valid sheet name (31 characters, no []:*?/\) not yet used in the workbook. */
  static String uniqueName(Workbook wb, String wanted) {
    String base = WorkbookUtil.createSafeSheetName(wanted);
    String name = base;
    for (int i = 2; wb.getSheet(name) != null; i++) {
      String suffix = " (" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
