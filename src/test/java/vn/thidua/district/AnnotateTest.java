package vn.thidua.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;
import vn.thidua.model.Finding;
import vn.thidua.model.Severity;
import vn.thidua.model.WorkbookResult;
import vn.thidua.render.Messages;
import vn.thidua.testing.Findings;

/**
 * The annotated copy: every finding's cell filled (red error, yellow warning) and commented with
 * its message, a sheet listing every finding linked to its cell, the rest of the workbook as it
 * was, and the original untouched.
 */
class AnnotateTest {
  static final Messages VI =
      new Messages(Messages.locale("vi"), vn.thidua.config.ConfigLoader.loadDefault().config());
  @TempDir Path out;

  @Test
  void tanYenAndSonDongAreMarkedAtTheCellsOfTheirFindings() throws Exception {
    Path tanYen = Path.of("samples/2020/tan-yen.xlsx");
    Path sonDong = Path.of("samples/2020/son-dong.xls");
    String tanYenBefore = sha256(tanYen);
    String sonDongBefore = sha256(sonDong);

    Run run =
        Run.of("validate", "--annotate", out.toString(), tanYen.toString(), sonDong.toString());
    assertThat(run.code()).isEqualTo(1);
    Path tanYenCopy = out.resolve("tan-yen.kiem-tra.xlsx");
    Path sonDongCopy = out.resolve("son-dong.kiem-tra.xls");
    assertThat(run.out()).contains("Đã ghi " + tanYenCopy).contains("Đã ghi " + sonDongCopy);

    // The originals are byte for byte what they were.
    assertThat(sha256(tanYen)).isEqualTo(tanYenBefore);
    assertThat(sha256(sonDong)).isEqualTo(sonDongBefore);

    try (Workbook copy = open(tanYenCopy)) {
      assertThat(copy).isInstanceOf(XSSFWorkbook.class);
      assertMarked(copy, "Biểu 1", "D11", Colors.RED, "450");
      assertMarked(copy, "Biểu 1", "H13", Colors.RED, "Điện chiếu sáng");
      assertMarked(copy, "Biểu 2", "D9", Colors.RED, "Chăm lo cho trẻ em");
      // The whole list of allowed types, not a message cut short.
      assertThat(comment(copy, "Biểu 2", "D9")).contains("Phòng, chống dịch COVID-19; Khác.");
      assertMarked(copy, "Biểu 3", "D12", Colors.YELLOW, "1.488 trên 1.512");
      assertMarked(copy, "Biểu 3", "D21", Colors.YELLOW, "1.150 trên 1.187");
      // An info finding (an extra column) is listed, not marked.
      assertThat(comment(copy, "Biểu 1", "O6")).isNull();
      // A message longer than its column is wide gets a row tall enough for its lines: neither
      // Excel nor LibreOffice makes the row taller by itself (tools/screenshots showed it).
      Sheet results = copy.getSheet(VI.get("annotate.sheet"));
      Row unknownType = results.getRow(6);
      assertThat(unknownType.getCell(5).getStringCellValue()).isEqualTo("action.type.unknown");
      assertThat(unknownType.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
      Row extraColumn = results.getRow(10);
      assertThat(extraColumn.getCell(5).getStringCellValue()).isEqualTo("column.extra");
      // A message of one line: a row of one line of 12 points.
      assertThat(extraColumn.getHeightInPoints())
          .isLessThan(unknownType.getHeightInPoints())
          .isEqualTo(vn.thidua.render.TextFit.height(1, 12));
    }
    try (Workbook copy = open(sonDongCopy)) {
      assertThat(copy).isInstanceOf(HSSFWorkbook.class);
      assertMarked(copy, "Bieu 4", "H10", Colors.RED, "TC3");
      assertMarked(copy, "Bieu 1", "G12", Colors.YELLOW, "số bóng điện");
      assertMarked(copy, "Bieu 3", "D15", Colors.YELLOW, "690 trên 712");
    }
    for (Path[] pair : new Path[][] {{tanYen, tanYenCopy}, {sonDong, sonDongCopy}}) {
      WorkbookResult r = Findings.validate(pair[0]);
      assertEveryFindingMarkedAndListed(r, pair[1]);
      assertUnchangedButMarks(pair[0], pair[1], r);
      // The copy reads exactly as the original: contents were not touched.
      assertThat(Findings.lines(Findings.validate(pair[1]))).isEqualTo(Findings.lines(r));
    }
  }

  @Test
  void aWorkbookSavedByLibreOfficeWithItsOwnPaletteGetsRealRedAndYellow() throws Exception {
    // hiep-hoa.xlsx was saved by LibreOffice, whose palette moves the indexed colours: an indexed
    // red or yellow showed there as no fill at all.
    Path hiepHoa = Path.of("samples/2020/hiep-hoa.xlsx");
    Run run = Run.of("validate", "-q", "--annotate", out.toString(), hiepHoa.toString());
    assertThat(run.code()).isEqualTo(1);
    try (Workbook copy = open(out.resolve("hiep-hoa.kiem-tra.xlsx"))) {
      assertMarked(copy, "Biểu 3", "D12", Colors.YELLOW, "1.598 trên 1.630");
      assertMarked(copy, "Biểu 3", "E19", Colors.RED, "1.940");
      Sheet results = copy.getSheet(VI.get("annotate.sheet"));
      assertThat(fillRgb(copy, results.getRow(4).getCell(1).getCellStyle())).isEqualTo(Colors.RED);
    }
    assertEveryFindingMarkedAndListed(
        Findings.validate(hiepHoa), out.resolve("hiep-hoa.kiem-tra.xlsx"));
  }

  @Test
  void aCsvFolderComesBackAsAnXlsxWithOneSheetPerFileAndCellsAsText() throws Exception {
    Path folder = out.resolve("khoi-co-quan");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(Path.of("samples/2020/khoi-co-quan"))) {
      for (Path f : files.toList()) {
        String text = Files.readString(f);
        // A number written the Vietnamese way must come back as written.
        text = text.replace("Sở Y tế,497,497,496", "Sở Y tế,\"1.497\",\"1.497\",496");
        Files.writeString(folder.resolve(f.getFileName().toString()), text);
      }
    }
    Path annotated = out.resolve("ra");
    Run run = Run.of("validate", "--annotate", annotated.toString(), folder.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    Path copy = annotated.resolve("khoi-co-quan.kiem-tra.xlsx");
    WorkbookResult r = Findings.validate(folder);
    try (Workbook wb = open(copy)) {
      assertThat(wb).isInstanceOf(XSSFWorkbook.class);
      assertThat(sheetNames(wb))
          .containsExactly(
              "Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4", "Thông tin", VI.get("annotate.sheet"));
      assertMarked(wb, "Biểu 1", "E6", Colors.RED, "Sơn Động");
      assertMarked(wb, "Biểu 3", "D10", Colors.YELLOW, "205 trên 212");
      Cell thousands = cell(wb, "Biểu 3", "C6");
      assertThat(thousands.getCellType()).isEqualTo(CellType.STRING);
      assertThat(thousands.getStringCellValue()).isEqualTo("1.497");
      assertThat(cell(wb, "Thông tin", "B6").getStringCellValue()).isEqualTo("0204 3855 067");
      assertThat(cell(wb, "Thông tin", "B4").getStringCellValue()).isEqualTo("11/09/2020");
    }
    assertEveryFindingMarkedAndListed(r, copy);
    assertThat(Findings.lines(Findings.validate(copy))).isEqualTo(Findings.lines(r));
  }

  @Test
  void commentsInEnglishWithLangEnAndJsonStaysClean() throws Exception {
    Run run =
        Run.of(
            "validate",
            "--format",
            "json",
            "--lang",
            "en",
            "--annotate",
            out.toString(),
            "samples/2020/tan-yen.xlsx");
    assertThat(run.code()).isEqualTo(1);
    // Stdout is the JSON report alone; what was written is said on stderr.
    assertThat(new ObjectMapper().readTree(run.out()).get("errors").asInt()).isEqualTo(3);
    assertThat(run.err()).contains("tan-yen.kiem-tra.xlsx");
    try (Workbook wb = open(out.resolve("tan-yen.kiem-tra.xlsx"))) {
      assertThat(comment(wb, "Biểu 1", "D11"))
          .startsWith("Error: The road is 450 m long; the standard requires at least 500 m");
      assertThat(wb.getSheet("Check results")).isNotNull();
    }
  }

  @Test
  void aCopyNeverLandsAmongTheInputsAndTwoInputsNeverShareACopy() throws Exception {
    // A folder holding an input is refused, whatever else it holds: a copy written there would be
    // read as a version of its unit the next time the inbox is consolidated.
    Path a = Files.copy(Path.of("samples/2020/tan-yen.xlsx"), out.resolve("a.xlsx"));
    Path aCopy = Files.copy(Path.of("samples/2020/viet-yen.xlsx"), out.resolve("a.kiem-tra.xlsx"));
    String before = sha256(aCopy);
    Run same = Run.of("validate", "--annotate", out.toString(), a.toString(), aCopy.toString());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err().strip().lines()).hasSize(1);
    assertThat(same.err()).contains(out.toString()).contains("--annotate");
    assertThat(same.out()).isEmpty();
    assertThat(sha256(aCopy)).isEqualTo(before);

    Path x = Files.createDirectories(out.resolve("x"));
    Path y = Files.createDirectories(out.resolve("y"));
    Path one = Files.copy(Path.of("samples/2020/tan-yen.xlsx"), x.resolve("bao-cao.xlsx"));
    Path two = Files.copy(Path.of("samples/2020/luc-nam.xlsx"), y.resolve("bao-cao.xlsx"));
    Path dest = out.resolve("ra");
    Run clash = Run.of("validate", "--annotate", dest.toString(), one.toString(), two.toString());
    assertThat(clash.code()).isEqualTo(2);
    assertThat(clash.err()).contains("bao-cao.kiem-tra.xlsx");
    assertThat(dest).doesNotExist();

    // Into the input's own folder, or a folder above it: refused, nothing written.
    String original = sha256(one);
    for (Path folder : List.of(x, out)) {
      Run beside = Run.of("validate", "--annotate", folder.toString(), one.toString());
      assertThat(beside.code()).isEqualTo(2);
      assertThat(beside.err())
          .startsWith("thidua: thư mục \"" + folder + "\" chứa tệp đầu vào")
          .contains(one.toString());
    }
    assertThat(x.resolve("bao-cao.kiem-tra.xlsx")).doesNotExist();
    assertThat(sha256(one)).isEqualTo(original);
    // A folder beside it is fine.
    Run aside = Run.of("validate", "--annotate", y.resolve("ra").toString(), one.toString());
    assertThat(aside.code()).isEqualTo(1);
    assertThat(y.resolve("ra/bao-cao.kiem-tra.xlsx")).isRegularFile();

    Path file = Files.writeString(out.resolve("not-a-dir"), "x");
    assertThat(Run.of("validate", "--annotate", file.toString(), one.toString()).code())
        .isEqualTo(2);
  }

  @Test
  void anUnreadableWorkbookGetsNoCopyAndTheOthersDo() throws Exception {
    Path fake = Files.writeString(out.resolve("hong.xlsx"), "không phải bảng tính");
    Path dest = out.resolve("ra");
    Run run =
        Run.of(
            "validate",
            "--annotate",
            dest.toString(),
            fake.toString(),
            "samples/2020/luc-nam.xlsx");
    assertThat(run.code()).isEqualTo(2);
    try (Stream<Path> written = Files.list(dest)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .containsExactly("luc-nam.kiem-tra.xlsx");
    }
  }

  @Test
  void aCleanWorkbookGetsACopySayingSo() throws Exception {
    Run run =
        Run.of("validate", "--annotate", out.toString(), "samples/2020/khoi-doanh-nghiep.xlsx");
    assertThat(run.code()).isZero();
    try (Workbook wb = open(out.resolve("khoi-doanh-nghiep.kiem-tra.xlsx"))) {
      Sheet results = wb.getSheet(VI.get("annotate.sheet"));
      assertThat(results.getRow(0).getCell(0).getStringCellValue()).contains("0 lỗi, 0 cảnh báo");
      assertThat(wb.getActiveSheetIndex()).isEqualTo(wb.getSheetIndex(results));
    }
  }

  @Test
  void aDistrictsOwnCommentIsKeptAndOursAdded() throws Exception {
    Path file =
        vn.thidua.testing.Districts.clean("Hội LHPN huyện Lục Nam", 9)
            .write(out.resolve("ln.xlsx"));
    try (Workbook wb = open(file)) {
      Sheet roads = wb.getSheet("Biểu 1");
      roads.getRow(9).getCell(4).setCellValue(450);
      var anchor = wb.getCreationHelper().createClientAnchor();
      anchor.setCol1(5);
      anchor.setCol2(8);
      anchor.setRow1(9);
      anchor.setRow2(12);
      Comment note = roads.createDrawingPatriarch().createCellComment(anchor);
      note.setString(wb.getCreationHelper().createRichTextString("Đo lại ngày 10/9"));
      roads.getRow(9).getCell(4).setCellComment(note);
      try (var o = Files.newOutputStream(file)) {
        wb.write(o);
      }
    }
    Path dest = out.resolve("ra");
    assertThat(Run.of("validate", "--annotate", dest.toString(), file.toString()).code())
        .isEqualTo(1);
    try (Workbook wb = open(dest.resolve("ln.kiem-tra.xlsx"))) {
      assertThat(comment(wb, "Biểu 1", "E10")).startsWith("Đo lại ngày 10/9").contains("450 m");
      assertMarked(wb, "Biểu 1", "E10", Colors.RED, "450 m");
      // Its neighbours share the original style, which must not have been coloured with it.
      assertThat(cell(wb, "Biểu 1", "E11").getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.NO_FILL);
    }
  }

  @Test
  void aPasswordProtectedWorkbooksCopyIsProtectedWithTheSamePassword() throws Exception {
    Path plain =
        vn.thidua.testing.Districts.clean("Hội LHPN huyện Lục Nam", 9).write(out.resolve("p.xlsx"));
    Path xlsx = out.resolve("khoa.xlsx");
    Path xls = out.resolve("khoa.xls");
    try (Workbook wb = open(plain)) {
      wb.getSheet("Biểu 1").getRow(9).getCell(4).setCellValue(450);
      try (var o = Files.newOutputStream(xlsx)) {
        Protected.write(wb, "hoi2020", o);
      }
    }
    Path plainXls =
        vn.thidua.testing.Districts.clean("Hội LHPN huyện Lục Nam", 9).write(out.resolve("p.xls"));
    try (Workbook wb = open(plainXls)) {
      wb.getSheet("Biểu 1").getRow(9).getCell(4).setCellValue(450);
      try (var o = Files.newOutputStream(xls)) {
        Protected.write(wb, "hoi2020", o);
      }
    }
    Path dest = out.resolve("ra");
    Run run =
        Run.of(
            "validate",
            "--password",
            "hoi2020",
            "--annotate",
            dest.toString(),
            xlsx.toString(),
            xls.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    for (String name : List.of("khoa.kiem-tra.xlsx", "khoa.kiem-tra.xls")) {
      Path copy = dest.resolve(name);
      try (InputStream in = Files.newInputStream(copy)) {
        assertThatThrownBy(() -> WorkbookFactory.create(in))
            .isInstanceOf(org.apache.poi.EncryptedDocumentException.class);
      }
      try (InputStream in = Files.newInputStream(copy);
          Workbook wb = WorkbookFactory.create(in, "hoi2020")) {
        assertMarked(wb, "Biểu 1", "E10", Colors.RED, "450 m");
      }
    }
  }

  // ---- what every annotated copy must satisfy

  /** Every error and warning with a cell is filled and commented; every finding is listed. */
  static void assertEveryFindingMarkedAndListed(WorkbookResult r, Path copy) throws Exception {
    try (Workbook wb = open(copy)) {
      for (Finding f : r.findings()) {
        if (f.cell() == null || f.severity() == Severity.INFO) {
          continue;
        }
        int color = Colors.of(f.severity());
        assertMarked(wb, f.sheet(), f.cell(), color, VI.finding(f));
      }
      Sheet results = wb.getSheet(VI.get("annotate.sheet"));
      assertThat(results).isNotNull();
      assertThat(wb.getActiveSheetIndex()).isEqualTo(wb.getSheetIndex(results));
      List<String> listed = new ArrayList<>();
      List<String> links = new ArrayList<>();
      for (int i = 4; i <= results.getLastRowNum(); i++) {
        Row row = results.getRow(i);
        listed.add(row.getCell(5).getStringCellValue() + " " + row.getCell(4).getStringCellValue());
        Cell at = row.getCell(3);
        links.add(at.getHyperlink() == null ? null : at.getHyperlink().getAddress());
      }
      List<String> expected = new ArrayList<>();
      List<String> expectedLinks = new ArrayList<>();
      r.findings().stream()
          .sorted(
              java.util.Comparator.comparing(Finding::severity)
                  .thenComparing(java.util.Comparator.naturalOrder()))
          .forEach(
              f -> {
                expected.add(f.rule() + " " + VI.finding(f));
                expectedLinks.add(
                    f.sheet() == null
                        ? null
                        : "'" + f.sheet() + "'!" + (f.cell() != null ? f.cell() : "A1"));
              });
      assertThat(listed).containsExactlyElementsOf(expected);
      assertThat(links).containsExactlyElementsOf(expectedLinks);
    }
  }

  /**
   * Same sheets, merged regions, formulas and cell values as the original; cells without a finding
   * keep their fill.
   */
  static void assertUnchangedButMarks(Path original, Path copy, WorkbookResult r) throws Exception {
    List<String> marked = new ArrayList<>();
    r.findings().stream()
        .filter(f -> f.cell() != null && f.severity() != Severity.INFO)
        .forEach(f -> marked.add(f.sheet() + "!" + f.cell()));
    try (Workbook a = open(original);
        Workbook b = open(copy)) {
      assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets() + 1);
      int formulas = 0;
      for (Sheet sa : a) {
        Sheet sb = b.getSheet(sa.getSheetName());
        assertThat(sb.getMergedRegions())
            .containsExactlyInAnyOrderElementsOf(sa.getMergedRegions());
        for (Row ra : sa) {
          for (Cell ca : ra) {
            Cell cb = sb.getRow(ra.getRowNum()).getCell(ca.getColumnIndex());
            String where = sa.getSheetName() + "!" + ca.getAddress();
            assertThat(cb.getCellType()).as(where).isEqualTo(ca.getCellType());
            assertThat(cb.toString()).as(where).isEqualTo(ca.toString());
            if (ca.getCellType() == CellType.FORMULA) {
              formulas++;
              assertThat(cb.getCellFormula()).isEqualTo(ca.getCellFormula());
            }
            if (!marked.contains(where)) {
              assertThat(cb.getCellStyle().getFillPattern())
                  .as(where)
                  .isEqualTo(ca.getCellStyle().getFillPattern());
              assertThat(cb.getCellStyle().getDataFormatString())
                  .isEqualTo(ca.getCellStyle().getDataFormatString());
            } else {
              // A marked cell keeps the rest of its format.
              assertThat(cb.getCellStyle().getDataFormatString())
                  .isEqualTo(ca.getCellStyle().getDataFormatString());
              assertThat(cb.getCellStyle().getBorderBottom())
                  .isEqualTo(ca.getCellStyle().getBorderBottom());
            }
          }
        }
      }
      if (original.toString().endsWith("tan-yen.xlsx")) {
        assertThat(formulas).isPositive();
      }
    }
  }

  static void assertMarked(Workbook wb, String sheet, String a1, int color, String commentPart) {
    Cell c = cell(wb, sheet, a1);
    assertThat(c).as(sheet + "!" + a1).isNotNull();
    assertThat(c.getCellStyle().getFillPattern())
        .as(sheet + "!" + a1)
        .isEqualTo(FillPatternType.SOLID_FOREGROUND);
    assertThat(fillRgb(wb, c.getCellStyle())).as(sheet + "!" + a1).isEqualTo(color);
    assertThat(comment(wb, sheet, a1)).as(sheet + "!" + a1).contains(commentPart);
  }

  /** The fill as the reader sees it: an .xlsx says RGB itself, an .xls through its palette. */
  static int fillRgb(Workbook wb, CellStyle style) {
    if (style instanceof XSSFCellStyle x) {
      XSSFColor c = x.getFillForegroundColorColor();
      // A palette index means what the workbook's own palette says: not good enough.
      assertThat(c.isIndexed()).as("an .xlsx fill given as RGB").isFalse();
      byte[] b = c.getRGB();
      return (b[0] & 0xFF) << 16 | (b[1] & 0xFF) << 8 | b[2] & 0xFF;
    }
    short[] t =
        ((HSSFWorkbook) wb)
            .getCustomPalette()
            .getColor(style.getFillForegroundColor())
            .getTriplet();
    return t[0] << 16 | t[1] << 8 | t[2];
  }

  static String comment(Workbook wb, String sheet, String a1) {
    Cell c = cell(wb, sheet, a1);
    Comment comment = c == null ? null : c.getCellComment();
    return comment == null ? null : comment.getString().getString();
  }

  static Cell cell(Workbook wb, String sheet, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = wb.getSheet(sheet).getRow(ref.getRow());
    return row == null ? null : row.getCell(ref.getCol());
  }

  static List<String> sheetNames(Workbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  static Workbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return WorkbookFactory.create(in);
    }
  }

  static String sha256(Path p) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
