package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.read.source.TestFiles.cell;
import static vn.thidua.read.source.TestFiles.row;
import static vn.thidua.read.source.TestFiles.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.read.source.RawCell.Kind;

class XlsSourceTest {
  @TempDir Path dir;

  private Path everything() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    HSSFSheet s = wb.createSheet("Biểu 1");
    HSSFRow r0 = s.createRow(0);
    r0.createCell(0).setCellValue("Tên con đường");
    r0.createCell(1).setCellValue(1200);
    r0.createCell(2).setCellValue(false);
    r0.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
    r0.createCell(4).setCellValue("");

    HSSFCellStyle builtin = wb.createCellStyle();
    builtin.setDataFormat((short) 14);
    HSSFCellStyle custom = wb.createCellStyle();
    custom.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    HSSFRow r1 = s.createRow(1);
    HSSFCell a = r1.createCell(0);
    a.setCellValue(44058);
    a.setCellStyle(builtin);
    HSSFCell b = r1.createCell(1);
    b.setCellValue(44059);
    b.setCellStyle(custom);
    r1.createCell(2).setCellValue(44060);

    HSSFRow r2 = s.createRow(2);
    r2.createCell(0).setCellFormula("1.2*1000");
    r2.createCell(1).setCellFormula("\"Sơn \"&\"Động\"");
    r2.createCell(2).setCellFormula("2>1");
    r2.createCell(3).setCellFormula("1/0");
    HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);

    HSSFCellStyle bordered = wb.createCellStyle();
    bordered.setBorderBottom(BorderStyle.THIN);
    HSSFRow r3 = s.createRow(3);
    r3.createCell(0).setCellValue("x");
    r3.createCell(1).setCellStyle(bordered);
    HSSFRow r4 = s.createRow(4);
    r4.createCell(0).setCellStyle(bordered);
    r4.createCell(1).setCellStyle(bordered);

    HSSFRow r5 = s.createRow(5);
    r5.createCell(27).setCellValue("AB");
    r5.createCell(255).setCellValue("IV");

    HSSFRow r6 = s.createRow(6);
    r6.createCell(0).setCellValue("hidden");
    r6.setZeroHeight(true);

    HSSFFont vnH = wb.createFont();
    vnH.setFontName(".VnTimeH");
    HSSFCellStyle title = wb.createCellStyle();
    title.setFont(vnH);
    HSSFFont vn = wb.createFont();
    vn.setFontName(".VnTime");
    HSSFCellStyle body = wb.createCellStyle();
    body.setFont(vn);
    HSSFRow r7 = s.createRow(7);
    HSSFCell t = r7.createCell(0);
    t.setCellValue("HéI LHPN HUYÖN S¬N ®éNG");
    t.setCellStyle(title);
    HSSFCell u = r7.createCell(1);
    u.setCellValue("Tªn con ®­êng");
    u.setCellStyle(body);

    s.addMergedRegion(CellRangeAddress.valueOf("A1:E1"));
    s.addMergedRegion(CellRangeAddress.valueOf("D9:D11"));

    wb.createSheet("DM").createRow(0).createCell(0).setCellValue("dm");
    wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("s");
    wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
    wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
    return TestFiles.write(wb, dir.resolve("everything.xls"));
  }

  @Test
  void listsSheetsWithHiddenState() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      assertThat(src.format()).isEqualTo("xls");
      assertThat(src.sheets())
          .containsExactly(
              new SheetInfo(0, "Biểu 1", false),
              new SheetInfo(1, "DM", true),
              new SheetInfo(2, "Secret", true));
      assertThat(rows(src, "Secret").get(0).cell(0).text()).isEqualTo("s");
    }
  }

  @Test
  void readsValuesOfEveryKind() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(row(rows, 0).cells())
          .containsExactly(
              RawCell.string(0, "Tên con đường"),
              RawCell.number(1, 1200),
              new RawCell(2, Kind.BOOLEAN, "FALSE", 0, false, null, null),
              new RawCell(3, Kind.ERROR, "#N/A", 0, false, null, null));
    }
  }

  @Test
  void marksDates() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(cell(rows, 1, 0).date()).isTrue();
      assertThat(cell(rows, 1, 1).date()).isTrue();
      assertThat(cell(rows, 1, 1).number()).isEqualTo(44059);
      assertThat(cell(rows, 1, 2).date()).isFalse();
    }
  }

  @Test
  void readsFormulasWithCachedResults() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(cell(rows, 2, 0))
          .isEqualTo(new RawCell(0, Kind.NUMBER, null, 1200, false, "1.2*1000", null));
      assertThat(cell(rows, 2, 1))
          .isEqualTo(new RawCell(1, Kind.STRING, "Sơn Động", 0, false, "\"Sơn \"&\"Động\"", null));
      assertThat(cell(rows, 2, 2))
          .isEqualTo(new RawCell(2, Kind.BOOLEAN, "TRUE", 1, false, "2>1", null));
      assertThat(cell(rows, 2, 3))
          .isEqualTo(new RawCell(3, Kind.ERROR, "#DIV/0!", 0, false, "1/0", null));
    }
  }

  @Test
  void skipsBlankCellsAndRowsWideAndHidden() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(row(rows, 3).cells()).containsExactly(RawCell.string(0, "x"));
      assertThat(row(rows, 4)).isNull();
      assertThat(row(rows, 5).cells())
          .containsExactly(RawCell.string(27, "AB"), RawCell.string(255, "IV"));
      assertThat(row(rows, 6).hidden()).isTrue();
      assertThat(row(rows, 5).hidden()).isFalse();
    }
  }

  @Test
  void keepsLegacyTextAsStoredWithItsFont() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(cell(rows, 7, 0).text()).isEqualTo("HéI LHPN HUYÖN S¬N ®éNG");
      assertThat(cell(rows, 7, 0).font()).isEqualTo(".VnTimeH");
      assertThat(cell(rows, 7, 1).font()).isEqualTo(".VnTime");
      assertThat(cell(rows, 0, 0).font()).as("Arial").isNull();
    }
  }

  @Test
  void knowsMergesBeforeTheFirstRow() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null);
        SheetReader r = src.open(src.sheets().get(0))) {
      assertThat(r.merges())
          .containsExactlyInAnyOrder(new Merge(0, 0, 0, 4), new Merge(8, 10, 3, 3));
      assertThat(r.next().index()).isZero();
      r.close();
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void converts1904Dates() throws Exception {
    HSSFWorkbook wb = new HSSFWorkbook();
    ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
        .setWindowing((short) 1);
    HSSFCellStyle date = wb.createCellStyle();
    date.setDataFormat((short) 14);
    HSSFRow r = wb.createSheet("S").createRow(0);
    HSSFCell c = r.createCell(0);
    c.setCellValue(42596);
    c.setCellStyle(date);
    r.createCell(1).setCellValue(42596);
    Path file = TestFiles.write(wb, dir.resolve("mac.xls"));
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      List<RawRow> rows = rows(src, "S");
      assertThat(cell(rows, 0, 0).number()).isEqualTo(44058);
      assertThat(cell(rows, 0, 1).number()).isEqualTo(42596);
    }
  }

  @Test
  void leavesTheFileUntouched() throws Exception {
    Path file = everything();
    byte[] before = Files.readAllBytes(file);
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      rows(src, "Biểu 1");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }
}
