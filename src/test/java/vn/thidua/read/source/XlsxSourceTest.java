package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.read.source.TestFiles.cell;
import static vn.thidua.read.source.TestFiles.row;
import static vn.thidua.read.source.TestFiles.rows;
import static vn.thidua.read.source.TestFiles.sheetXml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.read.source.RawCell.Kind;
import vn.thidua.read.source.TestFiles.RawXlsx;

class XlsxSourceTest {
  @TempDir Path dir;

  /** A workbook with one of everything on sheet "Data", written by POI's XSSF. */
  private Path everything() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Data");
    XSSFRow r0 = s.createRow(0);
    r0.createCell(0).setCellValue("Đơn vị");
    r0.createCell(1).setCellValue(1200.5);
    r0.createCell(2).setCellValue(true);
    r0.createCell(3).setCellErrorValue(FormulaError.DIV0);
    r0.createCell(4).setCellValue("");

    CellStyle builtinDate = wb.createCellStyle();
    builtinDate.setDataFormat((short) 14);
    CellStyle customDate = wb.createCellStyle();
    customDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    CellStyle money = wb.createCellStyle();
    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    XSSFRow r1 = s.createRow(1);
    XSSFCell d1 = r1.createCell(0);
    d1.setCellValue(44058); // 15/08/2020
    d1.setCellStyle(builtinDate);
    XSSFCell d2 = r1.createCell(1);
    d2.setCellValue(44058.5);
    d2.setCellStyle(customDate);
    XSSFCell m = r1.createCell(2);
    m.setCellValue(44058);
    m.setCellStyle(money);

    XSSFRow r2 = s.createRow(2);
    r2.createCell(0).setCellFormula("0.6*1000");
    r2.createCell(1).setCellFormula("1/0");
    r2.createCell(2).setCellFormula("\"a\"&\"b\"");
    r2.createCell(3).setCellFormula("1>0");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

    // Styled but empty cells, and a row of nothing but those.
    XSSFCellStyle bordered = wb.createCellStyle();
    bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
    XSSFRow r3 = s.createRow(3);
    r3.createCell(0).setCellValue("x");
    r3.createCell(1).setCellStyle(bordered);
    XSSFRow r4 = s.createRow(4);
    for (int c = 0; c < 10; c++) {
      r4.createCell(c).setCellStyle(bordered);
    }

    // Beyond column Z, and a sparse row.
    XSSFRow r5 = s.createRow(5);
    r5.createCell(27).setCellValue("AB");
    r5.createCell(701).setCellValue("ZZ");
    r5.createCell(16383).setCellValue("XFD");
    XSSFRow r9 = s.createRow(9);
    r9.createCell(2).setCellValue(3);
    r9.createCell(40).setCellValue(41);

    // Hidden row.
    XSSFRow r7 = s.createRow(7);
    r7.createCell(0).setCellValue("hidden");
    r7.setZeroHeight(true);

    // A legacy-font title and a modern-font cell.
    XSSFFont vn = wb.createFont();
    vn.setFontName(".VnTimeH");
    XSSFCellStyle title = wb.createCellStyle();
    title.setFont(vn);
    XSSFFont times = wb.createFont();
    times.setFontName("Times New Roman");
    XSSFCellStyle modern = wb.createCellStyle();
    modern.setFont(times);
    XSSFRow r8 = s.createRow(8);
    XSSFCell t = r8.createCell(0);
    t.setCellValue("HéI LHPN");
    t.setCellStyle(title);
    XSSFCell u = r8.createCell(1);
    u.setCellValue("Hội");
    u.setCellStyle(modern);

    s.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
    s.addMergedRegion(CellRangeAddress.valueOf("D9:D11"));

    wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("h");
    wb.createSheet("VeryHidden").createRow(0).createCell(0).setCellValue("v");
    wb.createSheet("Visible");
    wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
    wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
    return TestFiles.write(wb, dir.resolve("everything.xlsx"));
  }

  @Test
  void listsSheetsInOrderWithHiddenAndVeryHidden() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      assertThat(src.format()).isEqualTo("xlsx");
      assertThat(src.sheets())
          .containsExactly(
              new SheetInfo(0, "Data", false),
              new SheetInfo(1, "Hidden", true),
              new SheetInfo(2, "VeryHidden", true),
              new SheetInfo(3, "Visible", false));
      assertThat(rows(src, "VeryHidden").get(0).cell(0).text()).isEqualTo("v");
      assertThat(rows(src, "Visible")).isEmpty();
    }
  }

  @Test
  void readsStringsNumbersBooleansAndErrors() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      RawRow first = row(rows, 0);
      assertThat(first.cells()).extracting(RawCell::col).containsExactly(0, 1, 2, 3);
      assertThat(first.cell(0)).isEqualTo(RawCell.string(0, "Đơn vị"));
      assertThat(first.cell(1)).isEqualTo(RawCell.number(1, 1200.5));
      assertThat(first.cell(2).kind()).isEqualTo(Kind.BOOLEAN);
      assertThat(first.cell(2).text()).isEqualTo("TRUE");
      assertThat(first.cell(2).number()).isEqualTo(1);
      assertThat(first.cell(3).kind()).isEqualTo(Kind.ERROR);
      assertThat(first.cell(3).text()).isEqualTo("#DIV/0!");
      assertThat(first.cell(4)).as("empty string left out").isNull();
    }
  }

  @Test
  void marksDateFormattedNumbers() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      assertThat(cell(rows, 1, 0).date()).as("built-in format 14").isTrue();
      assertThat(cell(rows, 1, 0).number()).isEqualTo(44058);
      assertThat(cell(rows, 1, 1).date()).as("custom dd/mm/yyyy").isTrue();
      assertThat(cell(rows, 1, 1).number()).isEqualTo(44058.5);
      assertThat(cell(rows, 1, 2).date()).as("#,##0.00 is not a date").isFalse();
      assertThat(cell(rows, 0, 1).date()).isFalse();
    }
  }

  @Test
  void readsFormulasWithTheirCachedValues() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      assertThat(cell(rows, 2, 0))
          .isEqualTo(new RawCell(0, Kind.NUMBER, null, 600, false, "0.6*1000", null));
      assertThat(cell(rows, 2, 1).kind()).isEqualTo(Kind.ERROR);
      assertThat(cell(rows, 2, 1).text()).isEqualTo("#DIV/0!");
      assertThat(cell(rows, 2, 1).formula()).isEqualTo("1/0");
      assertThat(cell(rows, 2, 2))
          .isEqualTo(new RawCell(2, Kind.STRING, "ab", 0, false, "\"a\"&\"b\"", null));
      assertThat(cell(rows, 2, 3).kind()).isEqualTo(Kind.BOOLEAN);
      assertThat(cell(rows, 2, 3).text()).isEqualTo("TRUE");
      assertThat(cell(rows, 2, 3).formula()).isEqualTo("1>0");
    }
  }

  @Test
  void skipsStyledEmptyCellsAndRows() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      assertThat(row(rows, 3).cells()).containsExactly(RawCell.string(0, "x"));
      assertThat(row(rows, 4)).as("row of styled blanks").isNull();
      assertThat(rows).allSatisfy(r -> assertThat(r.cells()).isNotEmpty());
      assertThat(rows).extracting(RawRow::index).isSorted();
    }
  }

  @Test
  void readsWideAndSparseRows() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      assertThat(row(rows, 5).cells())
          .containsExactly(
              RawCell.string(27, "AB"), RawCell.string(701, "ZZ"), RawCell.string(16383, "XFD"));
      assertThat(row(rows, 9).cells())
          .containsExactly(RawCell.number(2, 3), RawCell.number(40, 41));
      assertThat(row(rows, 6)).isNull();
    }
  }

  @Test
  void reportsHiddenRows() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      assertThat(row(rows, 7).hidden()).isTrue();
      assertThat(row(rows, 7).cell(0).text()).isEqualTo("hidden");
      assertThat(row(rows, 0).hidden()).isFalse();
    }
  }

  @Test
  void givesLegacyFontNamesOnly() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> rows = rows(src, "Data");
      assertThat(cell(rows, 8, 0).font()).isEqualTo(".VnTimeH");
      assertThat(cell(rows, 8, 0).text()).isEqualTo("HéI LHPN");
      assertThat(cell(rows, 8, 1).font()).isNull();
      assertThat(cell(rows, 0, 0).font()).as("Calibri").isNull();
    }
  }

  @Test
  void knowsMergesBeforeTheFirstRow() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null);
        SheetReader r = src.open(src.sheets().get(0))) {
      assertThat(r.merges())
          .containsExactlyInAnyOrder(new Merge(0, 0, 0, 1), new Merge(8, 10, 3, 3));
      assertThat(r.next().index()).isZero();
    }
  }

  @Test
  void opensSheetsAgainAndInAnyOrder() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      List<RawRow> first = rows(src, "Data");
      assertThat(rows(src, "Hidden")).hasSize(1);
      List<RawRow> again = rows(src, "Data");
      assertThat(again).isEqualTo(first);
      try (SheetReader a = src.open(src.sheets().get(0));
          SheetReader b = src.open(src.sheets().get(0))) {
        assertThat(a.next()).isEqualTo(b.next());
        assertThat(a.next()).isEqualTo(b.next());
      }
    }
  }

  @Test
  void closingEarlyReleasesTheStream() throws Exception {
    try (XlsxSource src = (XlsxSource) WorkbookSources.open(everything(), null)) {
      SheetReader r = src.open(src.sheets().get(0));
      r.next();
      assertThat(src.openReaders()).isEqualTo(1);
      r.close();
      assertThat(src.openReaders()).isZero();
      assertThat(r.hasNext()).isFalse();
      r.close();

      SheetReader full = src.open(src.sheets().get(0));
      while (full.hasNext()) {
        full.next();
      }
      assertThat(src.openReaders()).as("released at the end, before close()").isZero();
      full.close();
    }
  }

  @Test
  void leavesTheFileUntouched() throws Exception {
    Path file = everything();
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
    byte[] before = Files.readAllBytes(file);
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      for (SheetInfo s : src.sheets()) {
        rows(src, s.name());
      }
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_600_000_000_000L);
  }

  @Test
  void readsInlineStringsAsWrittenByStreamingPoi() throws Exception {
    SXSSFWorkbook wb = new SXSSFWorkbook();
    var s = wb.createSheet("S");
    s.createRow(0).createCell(0).setCellValue("Sơn Động");
    s.createRow(1).createCell(3).setCellValue(7);
    Path file = TestFiles.write(wb, dir.resolve("inline.xlsx"));
    assertThat(new String(unzipEntry(file, "xl/worksheets/sheet1.xml"))).contains("inlineStr");
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      List<RawRow> rows = rows(src, "S");
      assertThat(cell(rows, 0, 0)).isEqualTo(RawCell.string(0, "Sơn Động"));
      assertThat(cell(rows, 1, 3)).isEqualTo(RawCell.number(3, 7));
    }
  }

  @Test
  void convertsA1904WorkbookToThe1900System() throws Exception {
    String styles =
        "<styleSheet xmlns=\""
            + TestFiles.MAIN_NS
            + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<fonts count=\"1\"><font><name val=\"Calibri\"/></font></fonts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\"/></cellXfs>"
            + "</styleSheet>";
    String sheet =
        sheetXml(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42596</v></c><c r=\"B1\"><v>42596</v></c></row>",
            "");
    Path file =
        new RawXlsx().date1904().styles(styles).sheet("S", sheet).write(dir.resolve("mac.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      List<RawRow> rows = rows(src, "S");
      // 42596 days after 1904-01-01 is 15/08/2020, serial 44058 in the 1900 system.
      assertThat(cell(rows, 0, 0).number()).isEqualTo(44058);
      assertThat(cell(rows, 0, 0).date()).isTrue();
      assertThat(cell(rows, 0, 1).number()).as("not a date: left alone").isEqualTo(42596);
    }
  }

  @Test
  void readsHandWrittenXmlWithPrefixesAndMissingReferences() throws Exception {
    String shared =
        "<sst xmlns=\""
            + TestFiles.MAIN_NS
            + "\">"
            + "<si><t>plain</t></si>"
            + "<si><r><t>Hội </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">LHPN</t></r>"
            + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
            + "<si><t>a_x000D_b _x005F_x0041_</t></si>"
            + "<si><t></t></si>"
            + "</sst>";
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<x:worksheet xmlns:x=\""
            + TestFiles.MAIN_NS
            + "\">"
            + "<x:sheetData>"
            + "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>0</x:v></x:c>"
            + "<x:c t=\"s\"><x:v>1</x:v></x:c>" // no r: column B
            + "<x:c t=\"s\"><x:v>2</x:v></x:c>" // column C
            + "<x:c r=\"E2\" t=\"s\"><x:v>3</x:v></x:c></x:row>" // empty string
            + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>inline</x:t></x:is></x:c>"
            + "<x:c t=\"d\"><x:v>2020-08-15T00:00:00</x:v></x:c>"
            + "<x:c t=\"str\"><x:f>A2&amp;\"!\"</x:f><x:v>plain!</x:v></x:c>"
            + "<x:c t=\"n\"><x:f t=\"shared\" si=\"0\"/><x:v>2.5E-3</x:v></x:c>"
            + "<x:c t=\"e\"><x:v>#N/A</x:v></x:c>"
            + "<x:c t=\"b\"><x:v>0</x:v></x:c></x:row>"
            + "<x:row r=\"5\" hidden=\"true\"><x:c r=\"C5\"><x:v>1</x:v></x:c>"
            + "<x:c r=\"A5\"><x:v>2</x:v></x:c></x:row>"
            + "</x:sheetData>"
            + "<x:mergeCells count=\"2\"><x:mergeCell ref=\"A2:C2\"/>"
            + "<x:mergeCell\n ref='B3:B4'/></x:mergeCells>"
            + "</x:worksheet>";
    Path file =
        new RawXlsx().sharedStrings(shared).sheet("S", sheet).write(dir.resolve("raw.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(file, null);
        SheetReader r = src.open(src.sheets().get(0))) {
      assertThat(r.merges()).containsExactly(new Merge(1, 1, 0, 2), new Merge(2, 3, 1, 1));
      RawRow two = r.next();
      assertThat(two.index()).isEqualTo(1);
      assertThat(two.cells())
          .containsExactly(
              RawCell.string(0, "plain"),
              RawCell.string(1, "Hội LHPN"),
              RawCell.string(2, "a\rb _x0041_"));
      RawRow three = r.next();
      assertThat(three.index()).as("row without r follows the previous").isEqualTo(2);
      assertThat(three.cells())
          .containsExactly(
              RawCell.string(0, "inline"),
              RawCell.string(1, "2020-08-15T00:00:00"),
              new RawCell(2, Kind.STRING, "plain!", 0, false, "A2&\"!\"", null),
              RawCell.number(3, 0.0025),
              new RawCell(4, Kind.ERROR, "#N/A", 0, false, null, null),
              new RawCell(5, Kind.BOOLEAN, "FALSE", 0, false, null, null));
      RawRow five = r.next();
      assertThat(five.index()).isEqualTo(4);
      assertThat(five.hidden()).isTrue();
      assertThat(five.cells())
          .as("sorted")
          .containsExactly(RawCell.number(0, 2), RawCell.number(2, 1));
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void neverResolvesExternalEntities() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<worksheet xmlns=\""
            + TestFiles.MAIN_NS
            + "\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
            + "</sheetData></worksheet>";
    Path file = new RawXlsx().sheet("S", sheet).write(dir.resolve("xxe.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      assertThatThrownBy(() -> rows(src, "S"))
          .isInstanceOfSatisfying(
              ReadException.class, e -> assertThat(e.key()).isEqualTo("file.corrupt"))
          .satisfies(e -> assertThat(e.toString()).doesNotContain("TOP-SECRET"));
    }
  }

  @Test
  void reportsBrokenXmlHalfWayAsCorrupt() throws Exception {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + TestFiles.MAIN_NS
            + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\"><v>3</oops>";
    Path file = new RawXlsx().sheet("S", sheet).write(dir.resolve("broken.xlsx"));
    try (XlsxSource src = (XlsxSource) WorkbookSources.open(file, null);
        SheetReader r = src.open(src.sheets().get(0))) {
      assertThat(r.next().index()).isZero();
      assertThat(r.next().index()).isEqualTo(1);
      assertThatThrownBy(r::next)
          .isInstanceOfSatisfying(
              ReadException.class,
              e -> {
                assertThat(e.key()).isEqualTo("file.corrupt");
                assertThat(e.args()).first().isEqualTo(file.toString());
              });
      assertThat(src.openReaders()).as("failed reader is closed").isZero();
    }
  }

  @Test
  void anEmptySharedStringIndexIsAnEmptyCell() throws Exception {
    // <v/> with no index: LibreOffice wrote such cells, and POI reads them as blank.
    String sheet =
        sheetXml(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v/></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>", "");
    Path file =
        new RawXlsx()
            .sharedStrings("<sst xmlns=\"" + TestFiles.MAIN_NS + "\"><si><t>a</t></si></sst>")
            .sheet("S", sheet)
            .write(dir.resolve("empty-v.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      List<RawRow> rows = rows(src, "S");
      assertThat(row(rows, 0).cells()).containsExactly(RawCell.string(1, "a"));
    }
  }

  @Test
  void readsPartNamesWrittenTheWindowsWay() throws Exception {
    // Lower-case "[content_types].xml" and backslashes in part names: POI's package layer and
    // Excel accept them, so the reader does too.
    String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "");
    Path plain =
        new RawXlsx()
            .sharedStrings("<sst xmlns=\"" + TestFiles.MAIN_NS + "\"><si><t>Biểu 1</t></si></sst>")
            .sheet("S", sheet)
            .write(dir.resolve("plain.xlsx"));
    Path odd = dir.resolve("odd.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(odd))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String name =
            e.getName().equals("[Content_Types].xml")
                ? "[content_types].xml"
                : e.getName().replace('/', '\\');
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        in.transferTo(out);
        out.closeEntry();
      }
    }
    try (WorkbookSource src = WorkbookSources.open(odd, null)) {
      assertThat(src.sheets()).extracting(SheetInfo::name).containsExactly("S");
      assertThat(cell(rows(src, "S"), 0, 0)).isEqualTo(RawCell.string(0, "Biểu 1"));
    }
  }

  @Test
  void reportsASharedStringIndexOutsideTheTable() throws Exception {
    String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>", "");
    Path file =
        new RawXlsx()
            .sharedStrings("<sst xmlns=\"" + TestFiles.MAIN_NS + "\"><si><t>a</t></si></sst>")
            .sheet("S", sheet)
            .write(dir.resolve("sst.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      assertThatThrownBy(() -> rows(src, "S"))
          .isInstanceOfSatisfying(
              ReadException.class, e -> assertThat(e.key()).isEqualTo("file.corrupt"));
    }
  }

  @Test
  void listsASheetWhosePartIsMissingAsEmpty() throws Exception {
    Path file = new RawXlsx().sheet("S", sheetXml("", "")).write(dir.resolve("ok.xlsx"));
    // Rewrite the workbook to name a second sheet with no relationship behind it.
    Path broken = dir.resolve("missing-part.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("xl/workbook.xml")) {
          data =
              new String(data, java.nio.charset.StandardCharsets.UTF_8)
                  .replace(
                      "</sheets>", "<sheet name=\"Ghost\" sheetId=\"9\" r:id=\"rId9\"/></sheets>")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    try (WorkbookSource src = WorkbookSources.open(broken, null)) {
      assertThat(src.sheets()).extracting(SheetInfo::name).containsExactly("S", "Ghost");
      assertThat(rows(src, "Ghost")).isEmpty();
    }
  }

  @Test
  void rejectsASheetOfAnotherWorkbook() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(everything(), null)) {
      assertThatThrownBy(() -> src.open(new SheetInfo(0, "Other", false)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void normalisesSheetNamesToNfc() throws Exception {
    String nfd = java.text.Normalizer.normalize("Biểu 1", java.text.Normalizer.Form.NFD);
    Path file = new RawXlsx().sheet(nfd, sheetXml("", "")).write(dir.resolve("nfd.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(file, null)) {
      assertThat(src.sheets().get(0).name()).isEqualTo("Biểu 1").isNotEqualTo(nfd);
    }
  }

  static byte[] unzipEntry(Path zip, String name) throws IOException {
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      var e = z.getEntry(name);
      try (var in = z.getInputStream(e)) {
        return in.readAllBytes();
      }
    }
  }
}
