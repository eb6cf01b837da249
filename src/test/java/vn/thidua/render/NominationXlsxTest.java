package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Criterion;
import vn.thidua.model.Mark;
import vn.thidua.read.source.WorkbookProperties;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;
import vn.thidua.testing.DocProperties;
import vn.thidua.testing.Findings;
import vn.thidua.testing.SampleReports;

/** danh-sach-khen-thuong.xlsx of the 2020 samples, read back with POI. */
class NominationXlsxTest {
  @TempDir static Path dir;
  private static XSSFWorkbook wb;
  private static Listing list;

  @BeforeAll
  static void nominate() throws IOException {
    wb = open(produce("vi"));
    list = new Listing(wb.getSheetAt(0));
  }

  @AfterAll
  static void close() throws IOException {
    wb.close();
  }

  private static Path produce(String name, String... more) {
    return SampleReports.run("nominate", "xlsx,html", dir.resolve(name), more);
  }

  private static XSSFWorkbook open(Path out) throws IOException {
    return SampleReports.open(out.resolve("danh-sach-khen-thuong.xlsx"));
  }

  private static String text(Cell c) {
    return SampleReports.text(c);
  }

  /**
   * The list as read back: its header row, columns by header, section rows (a band whose first cell
   * is text) and nomination rows (whose first cell is the serial number).
   */
  private static final class Listing {
    final Sheet sh;
    final int header;
    final Map<String, Integer> cols = new HashMap<>();
    final List<Row> rows = new ArrayList<>();
    final List<String> sections = new ArrayList<>();
    final int end;

    Listing(Sheet sh) {
      this.sh = sh;
      int h = 0;
      while (sh.getRow(h) == null || !isHeader(sh.getRow(h))) {
        h++;
      }
      header = h;
      sh.getRow(h).forEach(c -> cols.put(text(c), c.getColumnIndex()));
      int r = h + 1;
      for (; sh.getRow(r) != null; r++) {
        Cell first = sh.getRow(r).getCell(0);
        if (first.getCellType() == CellType.NUMERIC) {
          rows.add(sh.getRow(r));
        } else {
          sections.add(text(first));
        }
      }
      end = r;
    }

    private static boolean isHeader(Row row) {
      String first = text(row.getCell(0));
      return first.equals("STT") || first.equals("No.");
    }

    String get(Row row, String column) {
      assertThat(cols).containsKey(column);
      return text(row.getCell(cols.get(column)));
    }

    Cell cell(Row row, String column) {
      return row.getCell(cols.get(column));
    }

    List<Row> named(String unit, String name) {
      return rows.stream()
          .filter(r -> text(r.getCell(1)).equals(unit))
          .filter(r -> get(r, "Tên tập thể, cá nhân").equals(name))
          .toList();
    }

    Row one(String unit, String name) {
      List<Row> found = named(unit, name);
      assertThat(found).as(unit + " " + name).hasSize(1);
      return found.get(0);
    }
  }

  @Test
  void oneRowPerNominationCollectivesThenIndividuals() {
    assertThat(list.rows).hasSize(27);
    assertThat(list.sections).containsExactly("I. TẬP THỂ", "II. CÁ NHÂN");
    List<String> kinds = list.rows.stream().map(r -> list.get(r, "Đối tượng")).toList();
    assertThat(kinds.subList(0, 16)).containsOnly("Tập thể");
    assertThat(kinds.subList(16, 27)).containsOnly("Cá nhân");
    // Serial numbers restart with each section.
    assertThat(list.rows.get(0).getCell(0).getNumericCellValue()).isEqualTo(1);
    assertThat(list.rows.get(15).getCell(0).getNumericCellValue()).isEqualTo(16);
    assertThat(list.rows.get(16).getCell(0).getNumericCellValue()).isEqualTo(1);
    assertThat(list.rows.get(26).getCell(0).getNumericCellValue()).isEqualTo(11);
    // Units in config order within a kind.
    assertThat(text(list.rows.get(0).getCell(1))).isEqualTo("TPBG");
    assertThat(list.get(list.rows.get(0), "Tên đơn vị")).isEqualTo("Hội LHPN thành phố Bắc Giang");
    assertThat(text(list.rows.get(26).getCell(1))).isEqualTo("KDN");
    assertThat(list.sh.getRow(list.header + 1).getCell(0).getStringCellValue())
        .isEqualTo("I. TẬP THỂ");
  }

  @Test
  void columnsInOrder() {
    List<String> headers = new ArrayList<>();
    list.sh.getRow(list.header).forEach(c -> headers.add(text(c)));
    assertThat(headers)
        .containsExactly(
            "STT",
            "Mã đơn vị",
            "Tên đơn vị",
            "Đối tượng",
            "Tên tập thể, cá nhân",
            "Chức vụ, đơn vị công tác",
            "Hành động thiết thực tiêu biểu",
            "TC1",
            "TC2",
            "TC3",
            "TC4",
            "TC5",
            "Số tiêu chí đạt",
            "Đủ điều kiện",
            "Lý do chưa đủ điều kiện",
            "Trùng với",
            "Tệp",
            "Vị trí trong tệp");
  }

  @Test
  void camDanMissesTc3() {
    Row r = list.one("SD", "Hội LHPN xã Cẩm Đàn");
    assertThat(list.get(r, "Đủ điều kiện")).isEqualTo("Không");
    assertThat(list.get(r, "Lý do chưa đủ điều kiện")).isEqualTo("Chưa đạt tiêu chí TC3");
    assertThat(list.get(r, "Số tiêu chí đạt")).isEqualTo("4/5");
    assertThat(list.get(r, "TC3")).isEmpty();
    assertThat(list.get(r, "TC2")).isEqualTo("x");
    assertThat(list.get(r, "TC5")).isEqualTo("x");
    assertThat(list.get(r, "Tệp")).isEqualTo("son-dong.xls");
    // The name cell in the district's workbook, its sheet named as in the file.
    assertThat(list.get(r, "Vị trí trong tệp")).isEqualTo("Bieu 4!C10");
    // Marked in light red.
    XSSFCellStyle style = (XSSFCellStyle) list.cell(r, "Đủ điều kiện").getCellStyle();
    assertThat(style.getFillForegroundColorColor().getARGBHex()).endsWith("FFC7CE");
  }

  @Test
  void vietYenIsLate() {
    for (String name : List.of("Hội LHPN xã Quang Châu", "Đỗ Thị Ngọc Ánh")) {
      Row r = list.one("VY", name);
      assertThat(list.get(r, "Đủ điều kiện")).isEqualTo("Không");
      assertThat(list.get(r, "Lý do chưa đủ điều kiện"))
          .isEqualTo("Đơn vị nộp báo cáo sau hạn 20/09/2020");
    }
    long ineligible =
        list.rows.stream().filter(r -> list.get(r, "Đủ điều kiện").equals("Không")).count();
    assertThat(ineligible).isEqualTo(3);
    // The eligible ones are not marked, and give no reason.
    for (Row r : list.rows) {
      if (list.get(r, "Đủ điều kiện").equals("Có")) {
        assertThat(list.get(r, "Lý do chưa đủ điều kiện")).isEmpty();
        XSSFCellStyle style = (XSSFCellStyle) list.cell(r, "Đủ điều kiện").getCellStyle();
        assertThat(style.getFillForegroundColorColor()).isNull();
      }
    }
  }

  @Test
  void theSamePersonInTwoUnitsPointsAtTheOther() {
    Row sd = list.one("SD", "Trần Thị Minh Hằng");
    Row kdn = list.one("KDN", "Trần Thị Minh Hằng");
    assertThat(list.get(sd, "Trùng với")).isEqualTo("KDN Biểu 4 dòng 11");
    assertThat(list.get(kdn, "Trùng với")).isEqualTo("SD Bieu 4 dòng 12");
    assertThat(list.get(sd, "Vị trí trong tệp")).isEqualTo("Bieu 4!C12");
    assertThat(list.get(kdn, "Vị trí trong tệp")).isEqualTo("Biểu 4!C11");
    // A warning, not a reason.
    assertThat(list.get(sd, "Đủ điều kiện")).isEqualTo("Có");
    assertThat(list.get(kdn, "Đủ điều kiện")).isEqualTo("Có");
    long flagged = list.rows.stream().filter(r -> !list.get(r, "Trùng với").isEmpty()).count();
    assertThat(flagged).isEqualTo(2);
  }

  @Test
  void tc5DoesNotApplyToAnIndividual() {
    for (Row r : list.rows) {
      boolean individual = list.get(r, "Đối tượng").equals("Cá nhân");
      if (individual) {
        assertThat(list.get(r, "TC5")).isEqualTo("—");
        XSSFCellStyle style = (XSSFCellStyle) list.cell(r, "TC5").getCellStyle();
        assertThat(style.getFont().getXSSFColor()).isNotNull();
        assertThat(list.get(r, "Số tiêu chí đạt")).isEqualTo("4/4");
      } else {
        assertThat(list.get(r, "TC5")).isIn("x", "");
        assertThat(list.get(r, "Số tiêu chí đạt")).endsWith("/5");
      }
      assertThat(list.get(r, "TC1")).isIn("x", "");
    }
  }

  @Test
  void markedAsTheNominationListOfTheCampaignAndDatedByTheSummary() throws Exception {
    Path file = dir.resolve("vi").resolve("danh-sach-khen-thuong.xlsx");
    String code = ConfigLoader.loadDefault().config().campaign().code();
    Mark mark = new Mark(Mark.Kind.NOMINATIONS, code, null);
    assertThat(DocProperties.custom(file)).containsExactly("thidua=" + mark.value());
    WorkbookProperties read = DocProperties.read(file);
    assertThat(read.mark()).isEqualTo(mark);
    assertThat(read.saved()).isEqualTo(Instant.parse("2020-09-25T00:00:00Z"));
    // Whatever the reader makes of its sheets, the result says what the workbook is.
    assertThat(Findings.validate(file).mark()).isEqualTo(mark);
  }

  @Test
  void theLetterheadAndTheSignatureAreTheHtmlLists() throws IOException {
    Path out = dir.resolve("vi");
    var html = org.jsoup.Jsoup.parse(out.resolve("danh-sach-khen-thuong.html").toFile(), "UTF-8");
    Letterheads.assertSameAsHtml(list.sh, html);
    assertThat(Letterheads.text(list.sh, 2, 0)).isEqualTo("Số: /DS-BTV");
    // The closing comes below the legend of the criteria.
    int legend = -1;
    for (int r = list.end; r <= list.sh.getLastRowNum(); r++) {
      if (Letterheads.text(list.sh, r, 0).equals("Tiêu chí khen thưởng")) {
        legend = r;
      }
    }
    assertThat(Letterheads.closingRow(list.sh)).isGreaterThan(legend).isPositive();
  }

  @Test
  void titleBlockGivesTheCampaignAndTheDate() {
    List<String> top = new ArrayList<>();
    for (int r = 0; r < list.header; r++) {
      top.add(list.sh.getRow(r) == null ? "" : text(list.sh.getRow(r).getCell(0)));
    }
    assertThat(top)
        .contains(
            "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (BẢN LÀM VIỆC NỘI BỘ)",
            "Tập thể, cá nhân có hành động thiết thực tiêu biểu trong Đợt thi đua đặc biệt \"90"
                + " hành động thiết thực vì phụ nữ và trẻ em\" năm 2020");
    assertThat(String.join("\n", top))
        .contains("25/09/2020")
        .contains("27 đề nghị khen thưởng: 24 đủ điều kiện, 3 chưa đủ điều kiện");
    assertThat(wb.getSheetName(0)).isEqualTo("Danh sách");
    var created = wb.getProperties().getCoreProperties().getCreated();
    assertThat(created.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).hasToString("2020-09-25");
  }

  @Test
  void legendGivesEachKindsCriteria() {
    List<String> below = new ArrayList<>();
    for (int r = list.end; r <= list.sh.getLastRowNum(); r++) {
      Row row = list.sh.getRow(r);
      if (row != null) {
        row.forEach(c -> below.add(text(c)));
      }
    }
    assertThat(below).startsWith("Tiêu chí khen thưởng");
    var criteria = ConfigLoader.loadDefault().config().criteria();
    for (Criterion c : criteria.get("collective")) {
      assertThat(below).contains(c.code() + ": " + c.text());
    }
    for (Criterion c : criteria.get("individual")) {
      assertThat(below).contains(c.code() + ": " + c.text());
    }
    assertThat(below.indexOf("Tập thể")).isLessThan(below.indexOf("Cá nhân"));
    assertThat(criteria.get("individual")).hasSize(4);
  }

  @Test
  void headerIsFrozenFilteredAndPrintedOnEveryA4Page() {
    XSSFSheet sh = wb.getSheetAt(0);
    var pane = sh.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (list.header + 1));
    assertThat(sh.getCTWorksheet().getAutoFilter().getRef())
        .isEqualTo(
            new CellRangeAddress(list.header, list.end - 1, 0, list.cols.size() - 1)
                .formatAsString());
    PrintSetup ps = sh.getPrintSetup();
    assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(ps.getLandscape()).isTrue();
    assertThat(ps.getFitWidth()).isEqualTo((short) 1);
    assertThat(ps.getFitHeight()).isEqualTo((short) 0);
    assertThat(sh.getFitToPage()).isTrue();
    assertThat(sh.getRepeatingRows())
        .isEqualTo(new CellRangeAddress(list.header, list.header, -1, -1));
    // Widths set from the contents, within bounds: the action wraps in a wide column.
    assertThat(sh.getColumnWidth(list.cols.get("Hành động thiết thực tiêu biểu")))
        .isBetween(20 * 256, 45 * 256);
    assertThat(sh.getColumnWidth(list.cols.get("TC1"))).isLessThanOrEqualTo(6 * 256);
  }

  @Test
  void textNeverBecomesAFormula() {
    for (Row row : wb.getSheetAt(0)) {
      for (Cell c : row) {
        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
      }
    }
  }

  @Test
  void anUnknownKindComesLastWithoutCriteria(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    String formula = "=HYPERLINK(\"http://example.com\",\"x\")";
    b.sheet("Biểu 4").row(10, 3, "Khen", formula, null, "Làm đường", "x", "x", "x", "x", "x");
    b.write(in.resolve("tan-yen.xlsx"));
    Path out = tmp.resolve("out");
    Run.of("nominate", "--format", "xlsx", "-o", out.toString(), in.toString());
    try (XSSFWorkbook book = open(out)) {
      Listing l = new Listing(book.getSheetAt(0));
      assertThat(l.sections)
          .containsExactly("I. TẬP THỂ", "II. CÁ NHÂN", "III. ĐỐI TƯỢNG KHÔNG HỢP LỆ");
      Row r = l.rows.get(l.rows.size() - 1);
      assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(l.get(r, "Đối tượng")).isEqualTo("Khen");
      for (String tc : List.of("TC1", "TC2", "TC3", "TC4", "TC5", "Số tiêu chí đạt")) {
        assertThat(l.get(r, tc)).isEqualTo("—");
      }
      assertThat(l.get(r, "Đủ điều kiện")).isEqualTo("Không");
      assertThat(l.get(r, "Lý do chưa đủ điều kiện")).contains("Đối tượng \"Khen\" không hợp lệ");
      // A name that looks like a formula stays text, and stays text when edited.
      Cell name = l.cell(r, "Tên tập thể, cá nhân");
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(formula);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(l.get(r, "Vị trí trong tệp")).isEqualTo("Biểu 4!C10");
    }
  }

  @Test
  void eligibleOnlyListsTheProposedOnes() throws IOException {
    Path out = produce("only", "--eligible-only");
    var html = org.jsoup.Jsoup.parse(out.resolve("danh-sach-khen-thuong.html").toFile(), "UTF-8");
    try (XSSFWorkbook only = open(out)) {
      // Under the subject, the scope of the list in the HTML's own words.
      assertThat(Letterheads.text(only.getSheetAt(0), 6, 0))
          .isEqualTo(html.select("p.scope").text())
          .isNotEmpty();
      Listing l = new Listing(only.getSheetAt(0));
      assertThat(l.rows).hasSize(24);
      l.rows.forEach(r -> assertThat(l.get(r, "Đủ điều kiện")).isEqualTo("Có"));
      assertThat(l.sections).containsExactly("I. TẬP THỂ", "II. CÁ NHÂN");
      // 14 collectives (not Cẩm Đàn nor Quang Châu), then 10 individuals.
      assertThat(l.rows.get(13).getCell(0).getNumericCellValue()).isEqualTo(14);
      assertThat(l.rows.get(14).getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(l.named("SD", "Hội LHPN xã Cẩm Đàn")).isEmpty();
    }
  }

  @Test
  void englishHeadingsWithLangEn() throws IOException {
    try (XSSFWorkbook en = open(produce("en", "--lang", "en"))) {
      assertThat(en.getSheetName(0)).isEqualTo("List");
      Listing l = new Listing(en.getSheetAt(0));
      assertThat(l.cols)
          .containsKeys(
              "No.",
              "Unit code",
              "Kind",
              "Collective or person",
              "Criteria met",
              "Eligible",
              "Reasons not eligible",
              "Duplicate of",
              "File",
              "Place in the file");
      assertThat(l.sections).containsExactly("I. COLLECTIVES", "II. INDIVIDUALS");
      assertThat(l.rows).hasSize(27);
      Row camDan =
          l.rows.stream()
              .filter(r -> l.get(r, "Collective or person").equals("Hội LHPN xã Cẩm Đàn"))
              .findFirst()
              .orElseThrow();
      assertThat(l.get(camDan, "Eligible")).isEqualTo("No");
      assertThat(l.get(camDan, "Reasons not eligible")).isEqualTo("Criterion TC3 not met");
      Row sd =
          l.rows.stream()
              .filter(r -> l.get(r, "Collective or person").equals("Trần Thị Minh Hằng"))
              .findFirst()
              .orElseThrow();
      assertThat(l.get(sd, "Duplicate of")).isEqualTo("KDN Biểu 4 row 11");
      assertThat(text(en.getSheetAt(0).getRow(4).getCell(0)))
          .isEqualTo("LIST OF NOMINATIONS FOR COMMENDATION (INTERNAL WORKING DOCUMENT)");
      assertThat(Letterheads.text(en.getSheetAt(0), 0, Letterheads.split(en.getSheetAt(0))))
          .isEqualTo("SOCIALIST REPUBLIC OF VIET NAM");
    }
  }

  @Test
  void twoRunsGiveTheSameCells() throws IOException {
    try (XSSFWorkbook again = open(produce("again"))) {
      assertThat(cells(again)).isEqualTo(cells(wb));
      assertThat(again.getProperties().getCoreProperties().getCreated())
          .isEqualTo(wb.getProperties().getCoreProperties().getCreated());
    }
  }

  private static List<String> cells(XSSFWorkbook book) {
    List<String> all = new ArrayList<>();
    for (Sheet sh : book) {
      for (Row row : sh) {
        for (Cell c : row) {
          all.add(sh.getSheetName() + "!" + c.getAddress() + "=" + text(c));
        }
      }
    }
    return all;
  }
}
