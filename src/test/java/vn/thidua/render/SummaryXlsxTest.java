package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Mark;
import vn.thidua.read.source.WorkbookProperties;
import vn.thidua.testing.DocProperties;
import vn.thidua.testing.Findings;
import vn.thidua.testing.SampleReports;

/** tong-hop.xlsx of the 2020 samples, read back with POI. */
class SummaryXlsxTest {
  @TempDir static Path dir;
  private static XSSFWorkbook wb;
  private static JsonNode json;

  private static org.jsoup.nodes.Document html;

  @BeforeAll
  static void consolidate() throws IOException {
    Path out = produce("vi", "xlsx,json,html");
    wb = open(out);
    json = new ObjectMapper().readTree(out.resolve("tong-hop.json").toFile());
    html = org.jsoup.Jsoup.parse(out.resolve("tong-hop.html").toFile(), "UTF-8");
  }

  @AfterAll
  static void close() throws IOException {
    wb.close();
  }

  private static Path produce(String name, String formats, String... more) {
    return SampleReports.run("consolidate", formats, dir.resolve(name), more);
  }

  private static XSSFWorkbook open(Path out) throws IOException {
    return SampleReports.open(out.resolve("tong-hop.xlsx"));
  }

  private static String text(Cell c) {
    return SampleReports.text(c);
  }

  /** The summary section whose title starts with the table name ("Biểu 1"). */
  private record Section(int header, int first, int totals, Map<String, Integer> columns) {}

  private static Section section(String table) {
    Sheet sh = wb.getSheetAt(0);
    for (int r = 0; r <= sh.getLastRowNum(); r++) {
      Row row = sh.getRow(r);
      if (row == null || !text(row.getCell(0)).startsWith(table + ":")) {
        continue;
      }
      int h = r + 1;
      Map<String, Integer> cols = new HashMap<>();
      int first = h;
      while (!text(sh.getRow(first).getCell(0)).matches("[A-Z]+")) {
        for (Cell c : sh.getRow(first)) {
          if (!text(c).isEmpty()) {
            cols.putIfAbsent(text(c), c.getColumnIndex());
          }
        }
        first++;
      }
      int totals = first;
      while (!text(sh.getRow(totals).getCell(1)).equals("Toàn tỉnh")) {
        totals++;
      }
      return new Section(h, first, totals, cols);
    }
    throw new AssertionError("no section " + table);
  }

  private static Row unitRow(Section s, String code) {
    Sheet sh = wb.getSheetAt(0);
    for (int r = s.first(); r < s.totals(); r++) {
      if (text(sh.getRow(r).getCell(0)).equals(code)) {
        return sh.getRow(r);
      }
    }
    throw new AssertionError("no unit " + code);
  }

  @Test
  void sheetsAreNamedInVietnamese() {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertThat(names)
        .containsExactly("Tổng hợp", "Con đường", "Đề nghị khen thưởng", "Lỗi", "Nguồn");
  }

  @Test
  void markedAsTheProvinceReportOfTheCampaignAndDatedByTheSummary() throws Exception {
    Path file = dir.resolve("vi").resolve("tong-hop.xlsx");
    String code = ConfigLoader.loadDefault().config().campaign().code();
    Mark mark = new Mark(Mark.Kind.REPORT, code, null);
    assertThat(DocProperties.custom(file)).containsExactly("thidua=" + mark.value());
    WorkbookProperties read = DocProperties.read(file);
    assertThat(read.mark()).isEqualTo(mark);
    assertThat(read.saved()).isEqualTo(Instant.parse("2020-09-25T00:00:00Z"));
    // Whatever the reader makes of its sheets, the result says what the workbook is.
    assertThat(Findings.validate(file).mark()).isEqualTo(mark);
  }

  @Test
  void theLetterheadAndTheSignatureAreTheHtmlReports() {
    Sheet sh = wb.getSheetAt(0);
    Letterheads.assertSameAsHtml(sh, html);
    assertThat(text(sh.getRow(0).getCell(0))).isEqualTo("HỘI LHPN TỈNH BẮC GIANG");
    assertThat(Letterheads.text(sh, 0, Letterheads.split(sh)))
        .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(Letterheads.text(sh, 2, 0)).isEqualTo("Số: /BC-BTV");
    assertThat(Letterheads.text(sh, 2, Letterheads.split(sh)))
        .isEqualTo("Bắc Giang, ngày 25 tháng 9 năm 2020");
    assertThat(text(sh.getRow(4).getCell(0))).isEqualTo("BÁO CÁO TỔNG HỢP");
    assertThat(text(sh.getRow(5).getCell(0)))
        .isEqualTo(
            "Kết quả Đợt thi đua đặc biệt \"90 hành động thiết thực vì phụ nữ và trẻ em\" năm 2020");
    assertThat(text(sh.getRow(6).getCell(0))).contains("25/09/2020");
    // The closing comes last, below the chart, which it must not cover.
    int closing = Letterheads.closingRow(sh);
    var frame =
        ((XSSFSheet) sh)
            .getDrawingPatriarch().getShapes().stream()
                .filter(org.apache.poi.xssf.usermodel.XSSFGraphicFrame.class::isInstance)
                .findFirst()
                .orElseThrow();
    var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) frame.getAnchor();
    assertThat(closing).isGreaterThanOrEqualTo(anchor.getRow2());
    assertThat(Letterheads.text(sh, closing, Letterheads.split(sh))).isEqualTo("TM. BAN THƯỜNG VỤ");
  }

  @Test
  void theQuocHieuHasRoomOnOneLine() {
    Sheet sh = wb.getSheetAt(0);
    int split = Letterheads.split(sh);
    Cell country = sh.getRow(0).getCell(split);
    assertThat(country.getCellStyle().getWrapText()).isFalse();
    var region = Letterheads.region(sh, 0, split);
    double width = 0;
    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
      width += sh.getColumnWidth(c) / 256.0;
    }
    var font = wb.getFontAt(country.getCellStyle().getFontIndex());
    assertThat(width)
        .isGreaterThanOrEqualTo(
            TextFit.units(country.getStringCellValue(), font.getFontHeightInPoints(), true));
  }

  @Test
  void everyUnitHasItsLine() {
    Section roads = section("Biểu 1");
    assertThat(roads.totals() - roads.first()).isEqualTo(12);
    Row ty = unitRow(roads, "TY");
    assertThat(text(ty.getCell(1))).isEqualTo("Hội LHPN huyện Tân Yên");
    assertThat(text(ty.getCell(2))).isEqualTo("Đúng hạn");
    assertThat(ty.getCell(roads.columns().get("Số đường báo cáo")).getNumericCellValue())
        .isEqualTo(11);
    assertThat(ty.getCell(roads.columns().get("Đạt tiêu chuẩn")).getNumericCellValue())
        .isEqualTo(9);
    assertThat(text(ty.getCell(roads.columns().get("Đạt chỉ tiêu")))).isEqualTo("Đạt");
    assertThat(ty.getCell(roads.columns().get("Nhân dân")).getNumericCellValue()).isEqualTo(397.5);
    Row yd = unitRow(roads, "YD");
    assertThat(text(yd.getCell(2))).isEqualTo("Chưa gửi");
    assertThat(text(unitRow(roads, "VY").getCell(2))).isEqualTo("Nộp muộn");

    Section members = section("Biểu 3");
    Cell rate = unitRow(members, "TY").getCell(members.columns().get("Tỷ lệ đăng ký"));
    assertThat(rate.getNumericCellValue()).isEqualTo(0.998);
    assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    // A unit without members has no rate: a blank cell, not zero.
    assertThat(unitRow(members, "YD").getCell(members.columns().get("Tỷ lệ đăng ký")).getCellType())
        .isEqualTo(CellType.BLANK);
  }

  @Test
  void totalsAreFormulasThatGiveTheJsonTotals() {
    XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
    Map<String, String[]> checks =
        Map.of(
            "Biểu 1",
            new String[] {
              "Chỉ tiêu",
              "roads/target",
              "Đạt tiêu chuẩn",
              "roads/meeting_standard",
              "Chiều dài (m)",
              "roads/length_m",
              "Nguồn khác",
              "roads/funds/other"
            },
            "Biểu 2",
            new String[] {"Số hành động", "actions/count", "Giá trị (triệu đồng)", "actions/value"},
            "Biểu 3",
            new String[] {"Tổng số CB, HV", "members/total", "Đăng ký", "members/registered"},
            "Biểu 4",
            new String[] {"Đủ điều kiện", "nominations/eligible"});
    checks.forEach(
        (table, pairs) -> {
          Section s = section(table);
          Row totals = wb.getSheetAt(0).getRow(s.totals());
          for (int i = 0; i < pairs.length; i += 2) {
            Cell c = totals.getCell(s.columns().get(pairs[i]));
            int col = c.getColumnIndex();
            assertThat(c.getCellFormula())
                .isEqualTo(
                    "SUM("
                        + new CellRangeAddress(s.first(), s.totals() - 1, col, col).formatAsString()
                        + ")");
            double expected = json.at("/totals/" + pairs[i + 1]).asDouble();
            assertThat(eval.evaluate(c).getNumberValue()).as(pairs[i]).isEqualTo(expected);
            // The cached result, for readers that do not recalculate.
            assertThat(c.getNumericCellValue()).as(pairs[i]).isEqualTo(expected);
          }
        });
    assertThat(json.at("/totals/roads/target").asInt()).isEqualTo(92);
    assertThat(json.at("/totals/roads/meeting_standard").asInt()).isEqualTo(88);
    assertThat(json.at("/totals/roads/length_m").asInt()).isEqualTo(84550);
    assertThat(json.at("/totals/members/total").asInt()).isEqualTo(340679);
    assertThat(json.at("/totals/nominations/eligible").asInt()).isEqualTo(24);

    // Every figure column of every section is summed, except yes/no and ratio figures.
    for (String table : List.of("Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4")) {
      Section s = section(table);
      Row totals = wb.getSheetAt(0).getRow(s.totals());
      for (int c = 3; c < totals.getLastCellNum(); c++) {
        Cell cell = totals.getCell(c);
        if (cell.getCellType() == CellType.FORMULA) {
          assertThat(eval.evaluate(cell).getNumberValue())
              .as(table + " column " + c)
              .isEqualTo(cell.getNumericCellValue());
        }
      }
    }

    Section members = section("Biểu 3");
    Cell rate =
        wb.getSheetAt(0).getRow(members.totals()).getCell(members.columns().get("Tỷ lệ đăng ký"));
    assertThat(rate.getCellFormula()).startsWith("IF(").contains("ROUND(");
    assertThat(eval.evaluate(rate).getNumberValue()).isEqualTo(0.9983);
    assertThat(rate.getNumericCellValue()).isEqualTo(0.9983);

    Section roads = section("Biểu 1");
    Cell met = wb.getSheetAt(0).getRow(roads.totals()).getCell(roads.columns().get("Đạt chỉ tiêu"));
    assertThat(met.getCellType()).isEqualTo(CellType.STRING);
    assertThat(met.getStringCellValue()).isEqualTo("Chưa đạt");
  }

  @Test
  void numberFormatsFollowTheFigure() {
    Section roads = section("Biểu 1");
    Row ty = unitRow(roads, "TY");
    assertThat(
            ty.getCell(roads.columns().get("Chiều dài (m)")).getCellStyle().getDataFormatString())
        .isEqualTo("#,##0");
    assertThat(ty.getCell(roads.columns().get("Hội")).getCellStyle().getDataFormatString())
        .isEqualTo("#,##0.0#");
  }

  @Test
  void onlyTheTotalsHoldFormulas() {
    for (Sheet sh : wb) {
      for (Row row : sh) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.FORMULA) {
            assertThat(sh.getSheetName()).isEqualTo("Tổng hợp");
            assertThat(text(row.getCell(1))).isEqualTo("Toàn tỉnh");
          }
        }
      }
    }
  }

  @Test
  void everyRoadIsListedWithItsTrace() {
    Sheet sh = wb.getSheet("Con đường");
    assertThat(sh.getLastRowNum()).isEqualTo(94);
    Map<String, Integer> cols = new HashMap<>();
    sh.getRow(0).forEach(c -> cols.put(text(c), c.getColumnIndex()));
    assertThat(cols)
        .containsKeys("Mã đơn vị", "Tệp", "Vị trí trong tệp", "Tên con đường", "Chiều dài (m)");
    Row failing = null;
    for (int r = 1; r <= 94; r++) {
      Row row = sh.getRow(r);
      assertThat(text(row.getCell(cols.get("Vị trí trong tệp")))).matches(".+![A-Z]+\\d+");
      if (text(row.getCell(0)).equals("TPBG")
          && text(row.getCell(cols.get("Chiều dài (m)"))).equals("480")) {
        failing = row;
      }
    }
    assertThat(failing).isNotNull();
    // Figures are numbers, dates are dates: they sum, sort and filter as such.
    assertThat(failing.getCell(cols.get("Chiều dài (m)")).getCellType())
        .isEqualTo(CellType.NUMERIC);
    assertThat(failing.getCell(cols.get("Chiều dài (m)")).getNumericCellValue()).isEqualTo(480);
    assertThat(failing.getCell(cols.get("Số bóng điện")).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(failing.getCell(cols.get("Kinh phí — Hội")).getNumericCellValue()).isEqualTo(7.5);
    assertThat(failing.getCell(cols.get("Kinh phí — Hội")).getCellStyle().getDataFormatString())
        .isEqualTo("#,##0.0#");
    Cell completed = failing.getCell(cols.get("Ngày hoàn thành"));
    assertThat(DateUtil.isCellDateFormatted(completed)).isTrue();
    assertThat(completed.getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(LocalDate.of(2020, 5, 25));
    // A mark stays as written.
    assertThat(text(failing.getCell(cols.get("Điện chiếu sáng")))).isEqualTo("x");
    assertThat(text(failing.getCell(cols.get("Tệp")))).isEqualTo("tp-bac-giang.xlsx");
    assertThat(text(failing.getCell(cols.get("Vị trí trong tệp")))).matches("Biểu 1![A-Z]+19");
    assertThat(text(failing.getCell(cols.get("Đạt tiêu chuẩn")))).isEqualTo("Chưa đạt");
    assertThat(text(failing.getCell(cols.get("Lỗi, lý do chưa đạt"))))
        .contains("480")
        .contains("500");
    long notMeeting = 0;
    for (int r = 1; r <= 94; r++) {
      if (text(sh.getRow(r).getCell(cols.get("Đạt tiêu chuẩn"))).equals("Chưa đạt")) {
        notMeeting++;
        assertThat(text(sh.getRow(r).getCell(cols.get("Lỗi, lý do chưa đạt")))).isNotEmpty();
      }
    }
    assertThat(notMeeting).isEqualTo(94 - 88);
    // A length that could not be read stays the text written, beside its reason.
    boolean unread = false;
    for (int r = 1; r <= 94; r++) {
      Cell length = sh.getRow(r).getCell(cols.get("Chiều dài (m)"));
      if (length.getCellType() == CellType.STRING) {
        assertThat(length.getStringCellValue()).isEqualTo("khoảng 600");
        assertThat(text(sh.getRow(r).getCell(cols.get("Lỗi, lý do chưa đạt"))))
            .contains("khoảng 600");
        unread = true;
      }
    }
    assertThat(unread).isTrue();
    // The reasons wrap within their column, and their rows grow to show them.
    Cell reasons = failing.getCell(cols.get("Lỗi, lý do chưa đạt"));
    assertThat(reasons.getCellStyle().getWrapText()).isTrue();
    assertThat(sh.getColumnWidth(cols.get("Lỗi, lý do chưa đạt"))).isLessThanOrEqualTo(40 * 256);
    assertThat(failing.getHeightInPoints()).isGreaterThan(2 * 11);
    assertThat(((XSSFSheet) sh).getCTWorksheet().isSetAutoFilter()).isTrue();
    assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
  }

  @Test
  void nominationsAreListed() {
    Sheet sh = wb.getSheet("Đề nghị khen thưởng");
    assertThat(sh.getLastRowNum()).isEqualTo(16 + 11);
    List<String> headers = new ArrayList<>();
    sh.getRow(0).forEach(c -> headers.add(text(c)));
    assertThat(headers).contains("Đối tượng", "Tên tập thể, cá nhân", "TC5");
    assertThat(headers).doesNotContain("Đạt tiêu chuẩn");
  }

  @Test
  void everyFindingIsListed() {
    Sheet sh = wb.getSheet("Lỗi");
    Map<String, Integer> bySeverity = new HashMap<>();
    for (int r = 1; r <= sh.getLastRowNum(); r++) {
      bySeverity.merge(text(sh.getRow(r).getCell(3)), 1, Integer::sum);
    }
    // 14 errors and 25 warnings of the workbooks, and the province's warning on each of the two
    // entries of the nomination made by two units.
    assertThat(bySeverity).containsEntry("lỗi", 14).containsEntry("cảnh báo", 25 + 2);
    assertThat(bySeverity.get("thông tin")).isPositive();
    boolean found = false;
    for (int r = 1; r <= sh.getLastRowNum(); r++) {
      Row row = sh.getRow(r);
      if (text(row.getCell(0)).endsWith("tp-bac-giang.xlsx")
          && text(row.getCell(2)).equals("E19")) {
        assertThat(text(row.getCell(4))).isEqualTo("road.length.min");
        assertThat(text(row.getCell(5))).isEqualTo("480");
        assertThat(text(row.getCell(6))).contains("480");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void theRoadTwoUnitsMayBothHaveReportedIsListedUnderTheFigures() {
    Sheet sh = wb.getSheetAt(0);
    List<String> lines = new ArrayList<>();
    for (int r = 0; r <= sh.getLastRowNum(); r++) {
      Row row = sh.getRow(r);
      if (row != null) {
        lines.add(text(row.getCell(0)));
      }
    }
    int title = lines.indexOf("Con đường có thể trùng giữa các đơn vị");
    assertThat(title).as(String.join("\n", lines)).isPositive();
    assertThat(lines.get(title + 1)).contains("cùng thôn, cùng xã", "Số liệu vẫn giữ nguyên");
    // Units by name, as the HTML gives them.
    assertThat(lines.subList(title + 2, title + 4))
        .containsExactly(
            "1. Hội LHPN huyện Sơn Động, Bieu 1, dòng 18: Đường \"Sáng - Xanh - Sạch đẹp - An"
                + " toàn\" thôn Thủy Sơn — Xã An Lập, Thôn Thủy Sơn",
            "1. Hội LHPN Khối doanh nghiệp tỉnh, Biểu 1, dòng 10: Đường \"Sáng - Xanh - Sạch đẹp -"
                + " An toàn\" thôn Thủy Sơn, xã An Lập — Xã An Lập, Thôn Thủy Sơn");
    // The nominations made twice keep their part, under its new name.
    assertThat(lines).contains("Đề nghị khen thưởng trùng nhau");
    // Late, undated, missing and invalid units are named, not coded.
    assertThat(lines)
        .contains(
            "Nộp muộn: Hội LHPN huyện Việt Yên",
            "Chưa gửi: Hội LHPN huyện Yên Dũng",
            "Không hợp lệ: —")
        .noneMatch(l -> l.matches("Nộp muộn: [A-Z]+"));
    // Each such line spans the page and wraps, so it never runs past the last column.
    int late = 0;
    while (sh.getRow(late) == null
        || !text(sh.getRow(late).getCell(0)).equals("Nộp muộn: Hội LHPN huyện Việt Yên")) {
      late++;
    }
    CellRangeAddress spans = Letterheads.region(sh, late, 0);
    assertThat(spans.getLastColumn()).isEqualTo(Letterheads.region(sh, 4, 0).getLastColumn());
    assertThat(sh.getRow(late).getCell(0).getCellStyle().getWrapText()).isTrue();
  }

  @Test
  void everySourceIsListed() {
    Sheet sh = wb.getSheet("Nguồn");
    assertThat(sh.getLastRowNum()).isEqualTo(11);
    boolean tanYen = false;
    for (int r = 1; r <= 11; r++) {
      Row row = sh.getRow(r);
      assertThat(text(row.getCell(3))).matches("[0-9a-f]{64}");
      Cell date = row.getCell(2);
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      if (text(row.getCell(0)).equals("tan-yen.xlsx")) {
        tanYen = true;
        assertThat(text(row.getCell(1))).isEqualTo("TY");
        assertThat(date.getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.of(2020, 9, 15));
        assertThat(text(row.getCell(4))).isEqualTo("Được dùng");
        assertThat(text(row.getCell(5))).isEmpty();
      }
    }
    assertThat(tanYen).isTrue();
  }

  @Test
  void summaryIsFrozenAndPrintsOnA4Landscape() {
    Sheet sh = wb.getSheetAt(0);
    var pane = sh.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
    // Only the unit columns: frozen rows would keep the letterhead on the screen.
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 0);
    for (Sheet s : wb) {
      PrintSetup ps = s.getPrintSetup();
      assertThat(ps.getLandscape()).as(s.getSheetName()).isTrue();
      assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(ps.getFitWidth()).isEqualTo((short) 1);
      assertThat(ps.getFitHeight()).isEqualTo((short) 0);
      assertThat(s.getFitToPage()).isTrue();
    }
    assertThat(wb.getSheet("Lỗi").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
  }

  @Test
  void chartsRoadsMeetingTheStandardAgainstTarget() {
    List<XSSFChart> charts = wb.getSheetAt(0).getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(1);
    List<XDDFChartData> data = charts.get(0).getChartSeries();
    assertThat(data).hasSize(1);
    XDDFChartData bars = data.get(0);
    assertThat(bars).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class);
    assertThat(bars.getSeriesCount()).isEqualTo(2);
    Section roads = section("Biểu 1");
    var meeting = bars.getSeries(0);
    assertThat(meeting.getCategoryData().getPointCount()).isEqualTo(12);
    assertThat(meeting.getCategoryData().getDataRangeReference())
        .isEqualTo("'Tổng hợp'!$A$" + (roads.first() + 1) + ":$A$" + roads.totals());
    assertThat(meeting.getValuesData().getPointCount()).isEqualTo(12);
    assertThat(meeting.getValuesData().getDataRangeReference())
        .contains("$" + columnLetter(roads.columns().get("Đạt tiêu chuẩn")) + "$");
    assertThat(bars.getSeries(1).getValuesData().getDataRangeReference())
        .contains("$" + columnLetter(roads.columns().get("Chỉ tiêu")) + "$");
  }

  private static String columnLetter(int c) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
  }

  @Test
  void twoRunsGiveTheSameCells() throws IOException {
    try (XSSFWorkbook again = open(produce("again", "xlsx"))) {
      assertThat(cells(again)).isEqualTo(cells(wb));
      assertThat(again.getProperties().getCoreProperties().getCreated())
          .isEqualTo(wb.getProperties().getCoreProperties().getCreated())
          .isEqualTo(
              java.util.Date.from(
                  LocalDate.of(2020, 9, 25).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
    }
  }

  private static List<String> cells(XSSFWorkbook book) {
    List<String> out = new ArrayList<>();
    for (Sheet sh : book) {
      for (Row row : sh) {
        for (Cell c : row) {
          String v = text(c);
          if (c.getCellType() == CellType.FORMULA) {
            v +=
                c.getCachedFormulaResultType() == CellType.NUMERIC
                    ? " → " + c.getNumericCellValue()
                    : " → " + c.getStringCellValue();
          }
          out.add(sh.getSheetName() + "!" + c.getAddress() + " " + c.getCellType() + " " + v);
        }
      }
    }
    return out;
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    // One district's CSV folder with a road named like a formula, and a config that also lists
    // Biểu 3, a table the bundle has no sheet label for.
    Path in = dir.resolve("injection/khoi-co-quan");
    Files.createDirectories(in);
    try (var files = Files.list(Path.of("samples/2020/khoi-co-quan"))) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName().toString()));
      }
    }
    Path roads = in.resolve("Biểu 1.csv");
    Files.writeString(
        roads,
        Files.readString(roads)
            .replace(
                "\"Đường \"\"Sáng - Xanh - Sạch đẹp - An toàn\"\" thôn Khuôn Thần\"",
                "\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\""));
    String yaml =
        new String(
                SummaryXlsxTest.class
                    .getResourceAsStream("/thidua/campaign-2020.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("      name: members\n", "      name: members\n      list: true\n");
    Path config = dir.resolve("injection/config.yaml");
    Files.writeString(config, yaml);
    Path out = dir.resolve("injection/out");
    Run run =
        Run.of(
            "consolidate",
            "-c",
            config.toString(),
            "--format",
            "xlsx",
            "--as-of",
            "2020-09-25",
            "-o",
            out.toString(),
            in.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    try (XSSFWorkbook book = open(out)) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).contains("Biểu 3");
      Cell name = book.getSheet("Con đường").getRow(1).getCell(3);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"x\")");
      // Excel's own "this is text" flag, so editing the cell does not turn it into a formula.
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(book.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(1);
    }
  }

  @Test
  void englishNamesWithLangEn() throws IOException {
    try (XSSFWorkbook en = open(produce("en", "xlsx", "--lang", "en"))) {
      List<String> names = new ArrayList<>();
      en.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Summary", "Roads", "Nominations", "Findings", "Sources");
      assertThat(text(en.getSheet("Findings").getRow(0).getCell(3))).isEqualTo("Severity");
    }
  }
}
