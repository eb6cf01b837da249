package vn.thidua.read.source;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.thidua.model.Mark;
import vn.thidua.model.Rule;

/**
 * A legacy .xls (BIFF8) read through HSSF's usermodel: such a file holds at most 65,536 rows, so it
 * fits in memory.
 */
final class XlsSource implements WorkbookSource {
  private static final double DAYS_1900_TO_1904 = 1462;

  private final HSSFWorkbook wb;
  private final Path path;
  private final WorkbookProperties properties;
  private final List<SheetInfo> sheets;
  private final boolean date1904;
  // Legacy font name per cell-style (XF) index, looked up once per style rather than per cell.
  private final String[] fonts;

  private XlsSource(HSSFWorkbook wb, Path path, WorkbookProperties properties) {
    this.wb = wb;
    this.path = path;
    this.properties = properties;
    List<SheetInfo> list = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      String name = Normalizer.normalize(wb.getSheetName(i), Normalizer.Form.NFC);
      list.add(new SheetInfo(i, name, wb.getSheetVisibility(i) != SheetVisibility.VISIBLE));
    }
    this.sheets = List.copyOf(list);
    this.date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
    this.fonts = new String[wb.getNumCellStyles()];
    for (int i = 0; i < fonts.length; i++) {
      HSSFCellStyle style = wb.getCellStyleAt(i);
      fonts[i] = XlsxCellFormats.legacyFontName(style.getFont(wb).getFontName());
    }
  }

  /**
   * Reads an OLE2 file that holds a BIFF8 workbook.
   *
   * @param fs the file system, closed by this method
   * @param password the password of an encrypted file, or null
   */
  static XlsSource open(POIFSFileSystem fs, Path path, String password) throws ReadException {
    try (fs) {
      DirectoryNode root = fs.getRoot();
      try {
        HSSFWorkbook.getWorkbookDirEntryName(root);
      } catch (OldExcelFormatException e) {
        throw ReadErrors.of(Rule.FILE_FORMAT_XLS95, path, e);
      } catch (IllegalArgumentException e) {
        // An OLE2 file without a workbook stream: a .doc, an .msg, ...
        throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, e);
      }
      // HSSF takes the password of an encrypted .xls from this thread-local; it is read while
      // the records are loaded, so it is cleared right after.
      Biff8EncryptionKey.setCurrentUserPassword(password);
      try {
        // preserveNodes=true only so that HSSF can still find the property streams (and decrypt
        // them, in an encrypted file) once the records are read: they are read here, while the
        // file is open, and the workbook is never written back.
        HSSFWorkbook wb = new HSSFWorkbook(root, true);
        return new XlsSource(wb, path, properties(wb));
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
    } catch (ReadException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw ReadErrors.of(
          password == null ? Rule.FILE_ENCRYPTED : Rule.FILE_PASSWORD_WRONG, path, e);
    } catch (OldExcelFormatException e) {
      throw ReadErrors.of(Rule.FILE_FORMAT_XLS95, path, e);
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
  }

  /**
   * The mark in DocumentSummaryInformation's custom properties and the last-save time of
   * SummaryInformation; whatever cannot be read is null.
   */
  private static WorkbookProperties properties(HSSFWorkbook wb) {
    Mark mark = null;
    Instant saved = null;
    try {
      DocumentSummaryInformation dsi = wb.getDocumentSummaryInformation();
      CustomProperties custom = dsi == null ? null : dsi.getCustomProperties();
      if (custom != null) {
        mark = Mark.parse(text(custom.get(Mark.PROPERTY)), text(custom.get(Mark.SOURCE_PROPERTY)));
      }
    } catch (RuntimeException e) {
      // A damaged property stream says nothing; the sheets are read all the same.
    }
    try {
      SummaryInformation si = wb.getSummaryInformation();
      Date date = si == null ? null : si.getLastSaveDateTime();
      saved = date == null ? null : date.toInstant();
    } catch (RuntimeException e) {
      // As above.
    }
    return new WorkbookProperties(mark, saved);
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  @Override
  public String format() {
    return "xls";
  }

  @Override
  public WorkbookProperties properties() {
    return properties;
  }

  @Override
  public List<SheetInfo> sheets() {
    return sheets;
  }

  @Override
  public SheetReader open(SheetInfo sheet) {
    int i = sheet.index();
    if (i < 0 || i >= sheets.size() || !sheets.get(i).equals(sheet)) {
      throw new IllegalArgumentException("not a sheet of this workbook: " + sheet);
    }
    return new Reader(wb.getSheetAt(i));
  }

  @Override
  public void close() {
    try {
      wb.close();
    } catch (IOException e) {
      // Read fully at open: nothing is held that could fail to close.
    }
  }

  private RawCell cell(HSSFCell c) {
    CellType type = c.getCellType();
    String formula = null;
    if (type == CellType.FORMULA) {
      formula = formulaText(c);
      type = c.getCachedFormulaResultType();
    }
    int xf = c.getCellStyle().getIndex() & 0xFFFF;
    String font = xf < fonts.length ? fonts[xf] : null;
    int col = c.getColumnIndex();
    switch (type) {
      case NUMERIC -> {
        double d = c.getNumericCellValue();
        boolean date = DateUtil.isCellDateFormatted(c);
        if (date && date1904) {
          d += DAYS_1900_TO_1904;
        }
        return new RawCell(col, RawCell.Kind.NUMBER, null, d, date, formula, font);
      }
      case STRING -> {
        String s = c.getRichStringCellValue().getString();
        return s == null || s.isEmpty()
            ? null
            : new RawCell(col, RawCell.Kind.STRING, s, 0, false, formula, font);
      }
      case BOOLEAN -> {
        boolean b = c.getBooleanCellValue();
        return new RawCell(
            col, RawCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0, false, formula, font);
      }
      case ERROR -> {
        return new RawCell(
            col, RawCell.Kind.ERROR, errorText(c.getErrorCellValue()), 0, false, formula, font);
      }
      default -> {
        return null;
      }
    }
  }

  private static String formulaText(HSSFCell c) {
    try {
      return c.getCellFormula();
    } catch (RuntimeException e) {
      // Some formulas (external links, add-in functions) cannot be rendered back to text; the
      // cached value is what counts.
      return null;
    }
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#N/A";
    }
  }

  /** Converts rows lazily as they are asked for. */
  private final class Reader implements SheetReader {
    private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
    private final List<Merge> merges;
    private RawRow pending;
    private boolean closed;

    Reader(HSSFSheet sheet) {
      this.rows = sheet.rowIterator();
      List<Merge> list = new ArrayList<>();
      for (CellRangeAddress a : sheet.getMergedRegions()) {
        list.add(new Merge(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
      }
      this.merges = List.copyOf(list);
    }

    @Override
    public List<Merge> merges() {
      return merges;
    }

    @Override
    public boolean hasNext() throws ReadException {
      try {
        return advance();
      } catch (RuntimeException e) {
        // A damaged record (a cell style that is not there, a formula POI cannot parse).
        closed = true;
        throw ReadErrors.classify(path, e);
      }
    }

    private boolean advance() {
      while (pending == null && !closed && rows.hasNext()) {
        HSSFRow row = (HSSFRow) rows.next();
        List<RawCell> cells = new ArrayList<>(Math.max(row.getPhysicalNumberOfCells(), 1));
        for (var it = row.cellIterator(); it.hasNext(); ) {
          RawCell cell = cell((HSSFCell) it.next());
          if (cell != null) {
            cells.add(cell);
          }
        }
        if (!cells.isEmpty()) {
          pending = new RawRow(row.getRowNum(), row.getZeroHeight(), cells);
        }
      }
      return pending != null;
    }

    @Override
    public RawRow next() throws ReadException {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RawRow r = pending;
      pending = null;
      return r;
    }

    @Override
    public void close() {
      closed = true;
      pending = null;
    }
  }
}
