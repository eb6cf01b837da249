package vn.thidua.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A tiny workbook builder for tests: sheets of rows addressed by 1-based row number, written as
 * .xlsx or .xls through POI's usermodel (fine in tests; the tool itself streams).
 */
public final class Book {
  /** A formula with the cached value Excel would have stored. */
  public record Formula(String formula, Object cached) {}

  private final Map<String, SheetData> sheets = new LinkedHashMap<>();

  /** One sheet's rows and merges. */
  public final class SheetData {
    final String name;
    final Map<Integer, Object[]> rows = new LinkedHashMap<>();
    final List<String> merges = new ArrayList<>();
    final List<Integer> hiddenRows = new ArrayList<>();
    boolean hidden;

    SheetData(String name) {
      this.name = name;
    }

    /** Row {@code row} (1-based) holds these values from column A; null leaves a cell empty. */
    public SheetData row(int row, Object... values) {
      rows.put(row, values);
      return this;
    }

    /** Sets one cell, e.g. set("E12", "0,45 km"); null empties it. */
    public SheetData set(String a1, Object value) {
      CellReference ref = new CellReference(a1);
      Object[] old = rows.getOrDefault(ref.getRow() + 1, new Object[0]);
      Object[] values = java.util.Arrays.copyOf(old, Math.max(old.length, ref.getCol() + 1));
      values[ref.getCol()] = value;
      rows.put(ref.getRow() + 1, values);
      return this;
    }

    /** Empties a row (1-based). */
    public SheetData clear(int row) {
      rows.remove(row);
      return this;
    }

    public SheetData merge(String range) {
      merges.add(range);
      return this;
    }

    public SheetData hideRow(int row) {
      hiddenRows.add(row);
      return this;
    }

    public SheetData hidden() {
      hidden = true;
      return this;
    }

    public Book book() {
      return Book.this;
    }
  }

  public SheetData sheet(String name) {
    return sheets.computeIfAbsent(name, SheetData::new);
  }

  public Book removeSheet(String name) {
    sheets.remove(name);
    return this;
  }

  public Path write(Path file) throws IOException {
    try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      for (SheetData d : sheets.values()) {
        Sheet s = wb.createSheet(d.name);
        for (Map.Entry<Integer, Object[]> e : d.rows.entrySet()) {
          Row r = s.createRow(e.getKey() - 1);
          Object[] values = e.getValue();
          for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
              set(r.createCell(c), values[c], date);
            }
          }
        }
        for (String m : d.merges) {
          s.addMergedRegion(CellRangeAddress.valueOf(m));
        }
        for (int h : d.hiddenRows) {
          Row r = s.getRow(h - 1) == null ? s.createRow(h - 1) : s.getRow(h - 1);
          r.setZeroHeight(true);
        }
        if (d.hidden) {
          wb.setSheetHidden(wb.getSheetIndex(s), true);
        }
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static void set(Cell cell, Object v, CellStyle date) {
    if (v instanceof Formula f) {
      cell.setCellFormula(f.formula());
      Object cached = f.cached();
      // A workbook saved by Excel carries the formula's last result: write it as the cache.
      if (cached instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (cached instanceof Boolean b) {
        cell.setCellValue(b);
      } else if (cached != null) {
        cell.setCellValue(cached.toString());
      }
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else {
      cell.setCellValue(v.toString());
    }
  }
}
