package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;

/**
 * Every sheet thidua writes, read back with POI, prints whole: A4, one page wide and as many tall
 * as needed, landscape where its columns are wider than a portrait page, the same margins and page
 * numbers, a table's header repeated on every page, and no text past its cell: a text that does not
 * wrap fits its cell (or runs into empty cells of the printed width), a text that wraps has a row
 * tall enough for its lines, the quốc hiệu is never wrapped. The sheets: tong-hop.xlsx (summary,
 * listed rows, findings, sources), danh-sach-khen-thuong.xlsx, the template (.xlsx and .xls: guide,
 * cover, tables, lists) and the annotated copies (.xlsx, .xls and a CSV folder's).
 */
class WorkbooksPrintTest {
  @TempDir static Path dir;
  private static final Map<String, Workbook> BOOKS = new LinkedHashMap<>();

  @BeforeAll
  static void write() throws IOException {
    String asOf = "2020-09-25";
    Path report = dir.resolve("tong-hop");
    Path list = dir.resolve("khen-thuong");
    Path copies = dir.resolve("tra-lai");
    run(
        "consolidate",
        "samples/2020",
        "--format",
        "xlsx",
        "--as-of",
        asOf,
        "-o",
        report.toString());
    run("nominate", "samples/2020", "--format", "xlsx", "--as-of", asOf, "-o", list.toString());
    run("template", "--unit", "TY", "-o", dir.resolve("bieu-mau-TY.xlsx").toString());
    run(
        "template",
        "--unit",
        "KDN",
        "--format",
        "xls",
        "-o",
        dir.resolve("bieu-mau-KDN.xls").toString());
    run(
        "validate",
        "--annotate",
        copies.toString(),
        "samples/2020/tan-yen.xlsx",
        "samples/2020/son-dong.xls",
        "samples/2020/khoi-doanh-nghiep.xlsx",
        "samples/2020/khoi-co-quan");
    open("tong-hop", report.resolve("tong-hop.xlsx"));
    open("danh-sach", list.resolve("danh-sach-khen-thuong.xlsx"));
    open("template", dir.resolve("bieu-mau-TY.xlsx"));
    open("template-xls", dir.resolve("bieu-mau-KDN.xls"));
    open("copy", copies.resolve("tan-yen.kiem-tra.xlsx"));
    open("copy-xls", copies.resolve("son-dong.kiem-tra.xls"));
    open("copy-csv", copies.resolve("khoi-co-quan.kiem-tra.xlsx"));
    // A report without findings: its results sheet says so in a sentence.
    open("copy-clean", copies.resolve("khoi-doanh-nghiep.kiem-tra.xlsx"));
  }

  private static void run(String... args) {
    Run r = Run.of(args);
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isIn(0, 1);
  }

  private static void open(String key, Path file) throws IOException {
    assertThat(file).isRegularFile();
    BOOKS.put(key, WorkbookFactory.create(file.toFile(), null, true));
  }

  @AfterAll
  static void close() throws IOException {
    for (Workbook wb : BOOKS.values()) {
      wb.close();
    }
  }

  /** The sheets thidua wrote: all of its own workbooks', a copy's results and CSV sheets. */
  private static List<Sheet> written() {
    List<Sheet> out = new ArrayList<>();
    BOOKS.forEach(
        (key, wb) -> {
          for (Sheet sh : wb) {
            boolean copy = key.equals("copy") || key.equals("copy-xls") || key.equals("copy-clean");
            if (!copy || sh.getSheetName().equals("Kết quả kiểm tra")) {
              out.add(sh);
            }
          }
        });
    return out;
  }

  @Test
  void everySheetKindIsThere() {
    List<String> names = written().stream().map(Sheet::getSheetName).distinct().toList();
    assertThat(names)
        .contains(
            "Tổng hợp",
            "Con đường",
            "Đề nghị khen thưởng",
            "Lỗi",
            "Nguồn",
            "Danh sách",
            "Hướng dẫn",
            "Thông tin",
            "Biểu 1",
            "Biểu 3",
            "Danh mục",
            "Kết quả kiểm tra");
  }

  @Test
  void everySheetPrintsOnA4OnePageWideWithTheSameMarginsAndPageNumbers() {
    for (Sheet sh : written()) {
      String what = where(sh);
      PrintSetup ps = sh.getPrintSetup();
      assertThat(ps.getPaperSize()).as(what).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sh.getFitToPage()).as(what).isTrue();
      assertThat(ps.getFitWidth()).as(what).isEqualTo((short) 1);
      assertThat(ps.getFitHeight()).as(what + ": as many pages tall as needed").isZero();
      assertThat(sh.getMargin(PageMargin.LEFT)).as(what).isEqualTo(Pages.LEFT);
      assertThat(sh.getMargin(PageMargin.RIGHT)).as(what).isEqualTo(Pages.RIGHT);
      assertThat(sh.getMargin(PageMargin.TOP)).as(what).isEqualTo(Pages.TOP);
      assertThat(sh.getMargin(PageMargin.BOTTOM)).as(what).isEqualTo(Pages.BOTTOM);
      assertThat(sh.getFooter().getCenter()).as(what).isEqualTo("&P/&N");
      // Landscape exactly when the printed columns are wider than a portrait page.
      assertThat(ps.getLandscape())
          .as(what + ", " + Math.round(Pages.width(sh, columns(sh))) + " characters wide")
          .isEqualTo(Pages.width(sh, columns(sh)) > Pages.PORTRAIT_UNITS);
    }
  }

  @Test
  void wideSheetsAreLandscapeAndTextsArePortrait() {
    for (Sheet sh : written()) {
      String name = sh.getSheetName();
      boolean landscape = sh.getPrintSetup().getLandscape();
      switch (name) {
        case "Tổng hợp",
            "Con đường",
            "Đề nghị khen thưởng",
            "Lỗi",
            "Nguồn",
            "Danh sách",
            "Kết quả kiểm tra",
            "Biểu 1",
            "Biểu 4" ->
            assertThat(landscape).as(where(sh)).isTrue();
        case "Hướng dẫn", "Thông tin" -> assertThat(landscape).as(where(sh)).isFalse();
        default -> {}
      }
    }
  }

  @Test
  void everyTableRepeatsItsHeaderOnEveryPage() {
    for (Sheet sh : written()) {
      CellRangeAddress titles = sh.getRepeatingRows();
      String name = sh.getSheetName();
      String book = book(sh);
      if (List.of("Con đường", "Đề nghị khen thưởng", "Lỗi", "Nguồn").contains(name)) {
        assertThat(titles).as(where(sh)).isEqualTo(CellRangeAddress.valueOf("1:1"));
      } else if (name.equals("Kết quả kiểm tra")) {
        assertThat(titles).as(where(sh)).isEqualTo(CellRangeAddress.valueOf("4:4"));
      } else if (name.equals("Danh sách")) {
        assertThat(titles).as(where(sh)).isNotNull();
        assertThat(Letterheads.text(sh, titles.getFirstRow(), 0)).isEqualTo("STT");
      } else if (name.startsWith("Biểu") && book.startsWith("template")) {
        // The header rows and the column numbers (1)…(n).
        assertThat(titles).as(where(sh)).isNotNull();
        assertThat(Letterheads.text(sh, titles.getLastRow(), 0)).isEqualTo("(1)");
      } else if (name.equals("Tổng hợp") || name.equals("Hướng dẫn") || name.equals("Thông tin")) {
        // Each part of the summary has its own header; the guide and the cover have none.
        assertThat(titles).as(where(sh)).isNull();
      }
    }
  }

  @Test
  void noTextRunsPastItsCellOrPastThePage() {
    List<String> problems = new ArrayList<>();
    for (Sheet sh : written()) {
      if (sh.getWorkbook().isSheetHidden(sh.getWorkbook().getSheetIndex(sh))) {
        continue; // the dropdowns' lists: never printed
      }
      int columns = columns(sh);
      for (Row row : sh) {
        for (Cell c : row) {
          if (c.getCellType() != CellType.STRING || c.getStringCellValue().isBlank()) {
            continue;
          }
          String problem = fits(sh, c, columns);
          if (problem != null) {
            problems.add(where(sh) + "!" + c.getAddress() + ": " + problem);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theQuocHieuIsNeverWrapped() {
    int seen = 0;
    for (Sheet sh : written()) {
      for (Row row : sh) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING
              && c.getStringCellValue().equals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) {
            seen++;
            assertThat(c.getCellStyle().getWrapText()).as(where(sh)).isFalse();
            assertThat(fits(sh, c, columns(sh))).as(where(sh)).isNull();
          }
        }
      }
    }
    // tong-hop.xlsx, danh-sach-khen-thuong.xlsx and the 4 tables of each template.
    assertThat(seen).isEqualTo(2 + 4 + 4);
  }

  /**
   * Why a text cell does not print whole, or null: a text that wraps needs a row (or merged rows)
   * tall enough for its lines; one that does not wrap must fit its cell, or run only into empty
   * cells within the printed columns.
   */
  private static String fits(Sheet sh, Cell c, int columns) {
    CellStyle style = c.getCellStyle();
    Font font = sh.getWorkbook().getFontAt(style.getFontIndex());
    double points = font.getFontHeightInPoints();
    String text = c.getStringCellValue();
    CellRangeAddress region = Letterheads.region(sh, c.getRowIndex(), c.getColumnIndex());
    double width = width(sh, region.getFirstColumn(), region.getLastColumn());
    if (style.getWrapText()) {
      double height = 0;
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        Row row = sh.getRow(r);
        height += row == null ? sh.getDefaultRowHeightInPoints() : row.getHeightInPoints();
      }
      // A word wider than its column is broken inside (a line may break after a hyphen).
      for (String word : text.split("\\s+|(?<=-)")) {
        if (TextFit.units(word, points, font.getBold()) > width + 0.5) {
          return "the word \"" + word + "\" is wider than its column (" + Math.round(width) + ")";
        }
      }
      int lines = TextFit.lines(text, points, font.getBold(), width);
      // Each line needs its font's height at least.
      return height + 0.5 >= lines * points * 1.15
          ? null
          : lines + " lines of " + points + " pt in a row " + height + " pt tall";
    }
    double need = TextFit.units(text, points, font.getBold());
    if (need <= width) {
      return null;
    }
    // Text that does not wrap runs into the empty cells to its right.
    Row row = c.getRow();
    int col = region.getLastColumn();
    while (need > width) {
      col++;
      if (col >= columns) {
        return "runs past the last printed column (" + Math.round(need) + " characters)";
      }
      Cell next = row.getCell(col);
      if (next != null && next.getCellType() != CellType.BLANK) {
        return "cut by " + next.getAddress() + " (" + Math.round(need) + " characters)";
      }
      width += sh.getColumnWidth(col) / 256.0;
    }
    return null;
  }

  private static double width(Sheet sh, int first, int last) {
    double w = 0;
    for (int c = first; c <= last; c++) {
      w += sh.getColumnWidth(c) / 256.0;
    }
    return w;
  }

  /** The printed columns: up to the last one any row uses. */
  private static int columns(Sheet sh) {
    int last = 0;
    for (Row row : sh) {
      last = Math.max(last, row.getLastCellNum());
    }
    return last;
  }

  private static String book(Sheet sh) {
    return BOOKS.entrySet().stream()
        .filter(e -> e.getValue() == sh.getWorkbook())
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("?");
  }

  private static String where(Sheet sh) {
    return book(sh) + ":" + sh.getSheetName();
  }
}
