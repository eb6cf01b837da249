package vn.thidua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.TableSpec;

/**
 * Fills a generated template the way a district does in Excel: typing into the cells of the data
 * rows (keeping their formats), then letting Excel recalculate the totals before saving. Cells are
 * found as a district finds them: the data rows start under the "(1) (2) (3)…" row, and columns
 * follow the config's order after STT.
 */
public final class TemplateFill implements AutoCloseable {
  private final Workbook wb;
  private final Config config;

  private TemplateFill(Workbook wb, Config config) {
    this.wb = wb;
    this.config = config;
  }

  public static TemplateFill open(Path template, Config config) throws IOException {
    try (InputStream in = Files.newInputStream(template)) {
      return new TemplateFill(WorkbookFactory.create(in), config);
    }
  }

  public Workbook workbook() {
    return wb;
  }

  /** The 0-based row of the first data row of a table's sheet: the one under "(1)". */
  public int firstDataRow(String tableKey) {
    Sheet s = sheet(tableKey);
    for (Row r : s) {
      Cell a = r.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING && "(1)".equals(a.getStringCellValue())) {
        return r.getRowNum() + 1;
      }
    }
    throw new IllegalStateException("no column-number row in " + s.getSheetName());
  }

  /** The 0-based column of a config column: after STT, in config order. */
  public int column(String tableKey, String columnKey) {
    List<ColumnSpec> cols = table(tableKey).columns();
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).key().equals(columnKey)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(columnKey);
  }

  /** Types a value into data row {@code n} (1-based, as numbered in STT); null empties it. */
  public TemplateFill set(String tableKey, int n, String columnKey, Object value) {
    Sheet s = sheet(tableKey);
    int r = firstDataRow(tableKey) + n - 1;
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    int c = column(tableKey, columnKey);
    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    put(cell, value);
    return this;
  }

  /** Types the value of a cover field, to the right of its label. */
  public TemplateFill cover(String label, Object value) {
    Sheet s = wb.getSheet(config.cover().name());
    for (Row r : s) {
      Cell a = r.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING && label.equals(a.getStringCellValue())) {
        Cell b = r.getCell(1) == null ? r.createCell(1) : r.getCell(1);
        put(b, value);
        return this;
      }
    }
    throw new IllegalArgumentException(label);
  }

  public Sheet sheet(String tableKey) {
    return wb.getSheet(table(tableKey).name());
  }

  private TableSpec table(String key) {
    return config.table(key).orElseThrow();
  }

  private static void put(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** Recalculates (as Excel does on saving) and writes the filled workbook. */
  public Path save(Path file) throws IOException {
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
