package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.ExitCode;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.Config;
import vn.thidua.model.Unit;
import vn.thidua.testing.Districts;
import vn.thidua.testing.Golden;

/**
 * tong-hop.html of the 2020 samples, read back with an HTML parser: what a reader of the printed
 * report must find, in both languages, escaped, reproducible, and overridable by --templates.
 */
class SummaryHtmlTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/tong-hop.html");
  private static final List<String> CODES =
      ConfigLoader.loadDefault().config().units().stream().map(Unit::code).toList();

  private static String html;
  private static Document doc;

  @BeforeAll
  static void consolidateSamples(@TempDir Path out) throws IOException {
    html = consolidate(out);
    doc = Jsoup.parse(html);
  }

  private static String consolidate(Path out, String... more) throws IOException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "consolidate", "--format", "html", "--as-of", "2020-09-25", "-o", out.toString()));
    args.addAll(List.of(more));
    args.add("samples/2020");
    Run r = Run.of(args.toArray(String[]::new));
    // The samples carry planted errors: the reports are written and the exit code says so.
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
    return Files.readString(out.resolve("tong-hop.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theSignatureNeverStandsAloneOnAPage() {
    // The closing (recipients, signature) is the body's last block, kept whole and kept with what
    // precedes it when printed: a page holding only a signature signs nothing.
    Element closing = doc.selectFirst("body > table.closing");
    assertThat(closing).isNotNull();
    assertThat(closing.nextElementSibling()).isNull();
    String css = doc.select("style").first().data().replaceAll("\\s+", " ");
    java.util.regex.Matcher rule =
        java.util.regex.Pattern.compile("table\\.closing \\{([^}]*)\\}").matcher(css);
    assertThat(rule.find()).isTrue();
    assertThat(rule.group(1))
        .contains("break-before: avoid")
        .contains("page-break-before: avoid")
        .contains("break-inside: avoid");
  }

  @Test
  void everyUnitIsInEveryTableInConfigOrder() {
    Elements tables = doc.select("section.part table.figures");
    assertThat(tables).hasSize(4);
    for (Element t : tables) {
      assertThat(t.select("tbody tr.unit").eachAttr("data-unit")).isEqualTo(CODES);
      assertThat(t.select("tbody tr.unit td.name").eachText())
          .contains("Hội LHPN thành phố Bắc Giang", "Hội LHPN Khối doanh nghiệp tỉnh")
          .hasSize(12);
      assertThat(t.select("tr.total td.name").text()).isEqualTo("Toàn tỉnh");
    }
  }

  @Test
  void totalsRowsHoldTheProvinceFigures() {
    assertThat(total("roads", "roads.meeting_standard")).isEqualTo("88");
    assertThat(total("roads", "roads.target")).isEqualTo("92");
    assertThat(total("roads", "roads.target_met")).isEqualTo("Chưa đạt");
    assertThat(total("roads", "roads.funds.other")).isEqualTo("2.959,5");
    assertThat(total("members", "members.total")).isEqualTo("340.679");
    assertThat(total("nominations", "nominations.eligible")).isEqualTo("24");
    assertThat(doc.select("#roads tr.total td.num").first().attr("data-key"))
        .isEqualTo("roads.target");
  }

  private static String total(String section, String key) {
    return doc.select("#" + section + " tr.total td[data-key=" + key + "]").text();
  }

  @Test
  void groupedFiguresHaveATwoRowHeader() {
    Elements head = doc.select("#roads thead tr");
    assertThat(head).hasSize(2);
    Element funds = head.get(0).select("th[colspan]").first();
    assertThat(funds.text()).isEqualTo("Kinh phí (triệu đồng)");
    assertThat(funds.attr("colspan")).isEqualTo("3");
    assertThat(head.get(1).select("th").eachText())
        .containsExactly("Hội", "Nhân dân", "Nguồn khác");
    assertThat(doc.select("#members thead tr")).hasSize(1);
  }

  @Test
  void sectionsAreNumberedInRomanNumerals() {
    assertThat(doc.select("h2").eachText())
        .containsExactly(
            "I. Biểu 1: Kết quả xây dựng con đường \"Sáng - Xanh - Sạch đẹp - An toàn\"",
            "II. Biểu 2: Kết quả thực hiện các hành động thiết thực cấp huyện, cơ sở",
            "III. Biểu 3: Cán bộ, hội viên đăng ký và thực hiện ít nhất 01 hành động thiết thực",
            "IV. Biểu 4: Danh sách đề nghị khen thưởng hành động thiết thực tiêu biểu",
            "V. Tình hình nộp báo cáo",
            "VI. Đề nghị khen thưởng trùng nhau",
            "VII. Con đường có thể trùng giữa các đơn vị",
            "VIII. Số liệu đầu vào");
  }

  @Test
  void theChartHasABarPairPerUnitScaledToTheFigures() {
    // Only the roads table has a target.
    assertThat(doc.select("svg")).hasSize(1);
    Element svg = doc.select("#roads svg.bar-chart").first();
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.select("title").first().text())
        .isEqualTo("Biểu đồ: Đạt tiêu chuẩn so với chỉ tiêu của từng đơn vị (Biểu 1)");
    assertThat(svg.select("desc").text()).contains("YT: 8/9").contains("YD: 0/9");
    assertThat(svg.select(".legend text").eachText()).containsExactly("Đạt tiêu chuẩn", "Chỉ tiêu");
    Elements units = svg.select("g.unit");
    assertThat(units.eachAttr("data-unit")).isEqualTo(CODES);
    assertThat(units.select("text.code").eachText()).isEqualTo(CODES);
    Element yt = svg.select("g.unit[data-unit=YT]").first();
    double value = height(yt, "rect.value");
    double target = height(yt, "rect.target");
    assertThat(value / target).isCloseTo(8.0 / 9, within(0.001));
    Element lucNam = svg.select("g.unit[data-unit=LN]").first();
    assertThat(height(lucNam, "rect.value") / height(lucNam, "rect.target"))
        .isCloseTo(11.0 / 9, within(0.001));
    // A missing unit has no bar for its roads, only for its target.
    assertThat(height(svg.select("g.unit[data-unit=YD]").first(), "rect.value")).isZero();
    // Both bars stand on the same baseline.
    assertThat(y(yt, "rect.value") + value).isCloseTo(y(yt, "rect.target") + target, within(0.01));
  }

  private static double height(Element g, String rect) {
    return Double.parseDouble(g.select(rect).attr("height"));
  }

  private static double y(Element g, String rect) {
    return Double.parseDouble(g.select(rect).attr("y"));
  }

  @Test
  void lateMissingAndInvalidUnitsAreListed() {
    assertThat(doc.select("#late li").text())
        .contains("Hội LHPN huyện Việt Yên")
        .contains("viet-yen.xlsx")
        .contains("23/09/2020");
    assertThat(doc.select("#missing li").eachText()).containsExactly("Hội LHPN huyện Yên Dũng");
    assertThat(doc.select("#invalid").text()).isEqualTo("Không có.");
    assertThat(doc.select("#unreadable").text()).isEqualTo("Không có.");
  }

  @Test
  void duplicatesAndTheRowsReconciliationAreReported() {
    assertThat(doc.select("#duplicates tbody tr").text())
        .contains("Trần Thị Minh Hằng")
        .contains("Cá nhân")
        .contains("Hội LHPN huyện Sơn Động")
        .contains("Hội LHPN Khối doanh nghiệp tỉnh (Biểu 4, dòng 11)");
    assertThat(doc.select("#data").text())
        .contains("đọc 364 = đưa vào tổng hợp 364 + loại 0")
        .contains("14 lỗi, 25 cảnh báo");
  }

  @Test
  void roadsTwoUnitsReportInOnePlaceAreListedForTheProvinceToDecide() {
    Element part = doc.select("#possible_duplicate_roads").first();
    assertThat(part.select("thead th").eachText())
        .containsExactly(
            "Nhóm",
            "Đơn vị",
            "Biểu, dòng",
            "Tên con đường",
            "Xã, phường, thị trấn",
            "Thôn, tổ dân phố");
    assertThat(part.select(".note").text())
        .contains("cùng thôn, cùng xã")
        .contains("Số liệu vẫn giữ nguyên");
    // One group of two rows; its number spans both.
    Elements rows = part.select("tbody tr");
    assertThat(rows.eachAttr("data-unit")).containsExactly("SD", "KDN");
    assertThat(rows.eachAttr("data-group")).containsExactly("1", "1");
    assertThat(rows.get(0).select("td.no").attr("rowspan")).isEqualTo("2");
    assertThat(rows.get(0).text())
        .contains("Hội LHPN huyện Sơn Động", "Bieu 1, dòng 18", "Xã An Lập", "Thôn Thủy Sơn");
    assertThat(rows.get(1).text())
        .contains("Hội LHPN Khối doanh nghiệp tỉnh", "Biểu 1, dòng 10", "thôn Thủy Sơn, xã An Lập");
    // Both roads still count for their units.
    assertThat(doc.select("#roads tr[data-unit=SD] td[data-key=roads.reported]").text())
        .isEqualTo("10");
    assertThat(doc.select("#roads tr[data-unit=KDN] td[data-key=roads.reported]").text())
        .isEqualTo("1");
  }

  @Test
  void theDocumentHasTheAdministrativeFrame() {
    assertThat(doc.select("html").attr("lang")).isEqualTo("vi");
    assertThat(doc.select(".issuer .parent").text()).isEqualTo("HỘI LHPN TỈNH BẮC GIANG");
    assertThat(doc.select(".issuer .office").text()).isEqualTo("BAN THƯỜNG VỤ");
    assertThat(doc.select(".nation .country").text())
        .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(doc.select(".nation .motto").text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
    assertThat(doc.select(".place-date").text()).isEqualTo("Bắc Giang, ngày 25 tháng 9 năm 2020");
    assertThat(doc.select("h1").text()).isEqualTo("BÁO CÁO TỔNG HỢP");
    assertThat(doc.select(".subject").text()).startsWith("Kết quả Đợt thi đua đặc biệt");
    assertThat(doc.select(".intro").text())
        .contains("Hướng dẫn số 13/HD-BTV ngày 25/02/2020")
        .contains("11/12 đơn vị");
    assertThat(doc.select(".signature").text()).isEqualTo("TM. BAN THƯỜNG VỤ CHỦ TỊCH");
    assertThat(doc.select(".recipients").text()).startsWith("Nơi nhận:").contains("Lưu");
    assertThat(html).contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }");
  }

  @Test
  void theBodiesSignerAndRecipientsComeFromTheConfig(@TempDir Path dir) throws IOException {
    String yaml =
        new String(
                ConfigLoader.class.getResourceAsStream("/thidua/campaign-2020.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("office: Ban Thường vụ", "office: Ban Chấp hành")
            .replace("office_code: BTV", "office_code: BCH")
            .replace("sign_for: TM. BAN THƯỜNG VỤ", "sign_for: TM. BAN CHẤP HÀNH")
            .replace("sign_title: CHỦ TỊCH", "sign_title: PHÓ CHỦ TỊCH")
            .replace("signer: ''", "signer: Nguyễn Thị Hoa")
            .replace("'Lưu: VT, VP'", "'Lưu: VT'");
    Path config = java.nio.file.Files.writeString(dir.resolve("c.yaml"), yaml);
    Document d = Jsoup.parse(consolidate(dir.resolve("out"), "-c", config.toString()));
    assertThat(d.select(".issuer .office").text()).isEqualTo("BAN CHẤP HÀNH");
    assertThat(d.select("td.number").text()).isEqualTo("Số: /BC-BCH");
    assertThat(d.select(".signature").text())
        .isEqualTo("TM. BAN CHẤP HÀNH PHÓ CHỦ TỊCH Nguyễn Thị Hoa");
    assertThat(d.select(".recipients").text()).endsWith("- Lưu: VT.");
    assertThat(d.select(".intro").text()).contains("đơn vị, Ban Chấp hành Hội LHPN tỉnh Bắc Giang");
  }

  @Test
  void theDateIsWrittenTheDecreesWay() {
    Messages vi = new Messages(Messages.locale("vi"), null);
    assertThat(Letterhead.placeDate("Bắc Giang", LocalDate.of(2020, 2, 5), vi))
        .isEqualTo("Bắc Giang, ngày 05 tháng 02 năm 2020");
    assertThat(Letterhead.placeDate("Bắc Giang", LocalDate.of(2020, 11, 30), vi))
        .isEqualTo("Bắc Giang, ngày 30 tháng 11 năm 2020");
    Messages en = new Messages(Messages.locale("en"), null);
    assertThat(Letterhead.placeDate("Bắc Giang", LocalDate.of(2020, 2, 5), en))
        .isEqualTo("Bắc Giang, 05/02/2020");
  }

  @Test
  void aConfigWithoutAProvinceStillHasAFrame() {
    Config c = ConfigLoader.loadDefault().config();
    CampaignInfo k = c.campaign();
    Config bare =
        new Config(
            new CampaignInfo(
                k.code(),
                k.name(),
                k.issuer(),
                k.guidance(),
                null,
                k.window(),
                k.nominationDeadline()),
            c.units(),
            c.reading(),
            c.cover(),
            c.tables(),
            c.choices(),
            c.criteria(),
            c.nomination(),
            c.documents());
    Map<String, Object> doc =
        Letterhead.report(
            bare, LocalDate.of(2020, 9, 25), new Messages(Messages.locale("vi"), bare));
    assertThat(doc.get("parent")).isEqualTo("");
    assertThat(doc.get("placeDate")).isEqualTo("ngày 25 tháng 9 năm 2020");
  }

  @Test
  void chartScalesAndNumeralsAreRound() {
    assertThat(BarChart.step(0)).isEqualTo(1);
    assertThat(BarChart.step(11)).isEqualTo(5);
    assertThat(BarChart.step(9)).isEqualTo(2);
    assertThat(BarChart.step(340_679)).isEqualTo(100_000);
    assertThat(BarChart.coord(12.0)).isEqualTo("12");
    assertThat(BarChart.coord(1.0 / 3)).isEqualTo("0.33");
    assertThat(Templates.roman(4)).isEqualTo("IV");
    assertThat(Templates.roman(14)).isEqualTo("XIV");
  }

  @Test
  void englishOutputHasEnglishHeadings(@TempDir Path out) throws IOException {
    Document en = Jsoup.parse(consolidate(out, "--lang", "en"));
    assertThat(en.select("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("h1").text()).isEqualTo("CONSOLIDATED REPORT");
    assertThat(en.select(".nation .motto").text()).isEqualTo("Independence - Freedom - Happiness");
    assertThat(en.select("h2").eachText())
        .contains(
            "V. Reports received",
            "VI. Nominations made more than once",
            "VII. Roads that more than one unit may have reported",
            "VIII. Inputs");
    assertThat(en.select("#possible_duplicate_roads thead th").eachText())
        .startsWith("Group", "Unit", "Sheet, row");
    assertThat(en.select("#possible_duplicate_roads .note").text())
        .contains("the same hamlet, the same commune");
    assertThat(en.select("#roads thead th").eachText())
        .contains("Unit", "Status", "Meeting the standard", "Funds (million VND)");
    assertThat(en.select("#roads tr.total td.name").text()).isEqualTo("Province");
    assertThat(en.select("#late li").text()).contains("report date 23/09/2020");
    // Bodies, titles and recipients are the config's, in Vietnamese: they are legal names.
    assertThat(en.select(".signature").text()).isEqualTo("TM. BAN THƯỜNG VỤ CHỦ TỊCH");
    assertThat(en.select(".recipients").text())
        .startsWith("Recipients:")
        .contains("- Trung ương Hội LHPN Việt Nam (để b/c);");
    // Figures stay in the Vietnamese sample's values, grouped the English way.
    assertThat(en.select("#members tr.total td[data-key=members.total]").text())
        .isEqualTo("340,679");
  }

  @Test
  void textFromWorkbooksIsEscaped(@TempDir Path dir, @TempDir Path out) throws IOException {
    String script = "<script>alert(1)</script>";
    Path in = dir.resolve("in");
    for (String[] unit :
        new String[][] {
          {"Hội LHPN huyện Tân Yên", "tan-yen"}, {"Hội LHPN huyện Yên Thế", "yen-the"}
        }) {
      Districts.clean(unit[0], 9)
          .sheet("Biểu 4")
          .set("C9", script)
          .book()
          .write(in.resolve(unit[1] + ".xlsx"));
    }
    // An unreadable file whose name is markup: its name and the reason both show it as text.
    String badName = "<img src=x onerror=alert(2)>.xlsx";
    Files.write(in.resolve(badName), new byte[0]);
    Run r =
        Run.of(
            "consolidate",
            "--format",
            "html",
            "--as-of",
            "2020-09-25",
            "-o",
            out.toString(),
            in.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
    String page = Files.readString(out.resolve("tong-hop.html"));
    assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page).doesNotContain("<img");
    Document d = Jsoup.parse(page);
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("img, [onerror]")).isEmpty();
    assertThat(d.select("#duplicates td.name").eachText()).contains(script);
    assertThat(d.select("#unreadable li .name").eachText()).containsExactly(badName);
    assertThat(d.select("#unreadable li").text()).contains("rỗng");
  }

  @Test
  void theSameSummaryGivesTheSameBytes(@TempDir Path out) throws IOException {
    assertThat(consolidate(out)).isEqualTo(html);
  }

  @Test
  void aTemplateInTheTemplatesFolderWins(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(
        templates.resolve(SummaryHtml.TEMPLATE), "<p id=\"marker\">OVERRIDE ${title}</p>");
    Document d = Jsoup.parse(consolidate(out, "--templates", templates.toString()));
    assertThat(d.select("#marker").text()).isEqualTo("OVERRIDE BÁO CÁO TỔNG HỢP");
    assertThat(d.select("h1")).isEmpty();
  }

  @Test
  void anOverriddenLayoutFrameStillGetsTheBuiltInReport(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(
        templates.resolve("layout.ftl"),
        "<#macro document doc title><div id=\"frame\">${doc.parent}</div><#nested \"body\"></#macro>");
    Document d = Jsoup.parse(consolidate(out, "--templates", templates.toString()));
    assertThat(d.select("#frame").text()).isEqualTo("HỘI LHPN TỈNH BẮC GIANG");
    assertThat(d.select("h1").text()).isEqualTo("BÁO CÁO TỔNG HỢP");
    assertThat(d.select(".signature")).isEmpty();
  }

  @Test
  void aBrokenTemplateIsOneLineAndWritesNothing(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(templates.resolve(SummaryHtml.TEMPLATE), "<p>\n${title</p>");
    Run r =
        Run.of(
            "consolidate",
            "--format",
            "json,html",
            "-o",
            out.toString(),
            "--templates",
            templates.toString(),
            "samples/2020");
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err().strip())
        .startsWith("thidua:")
        .contains("tong-hop.html.ftl:2:")
        .doesNotContain("\n");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aTemplateCannotReachJava(@TempDir Path templates, @TempDir Path out) throws IOException {
    Files.writeString(
        templates.resolve(SummaryHtml.TEMPLATE),
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
    Run r =
        Run.of(
            "consolidate",
            "--format",
            "html",
            "-o",
            out.toString(),
            "--templates",
            templates.toString(),
            "samples/2020");
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err()).contains("tong-hop.html.ftl:1:");
    assertThat(out.resolve("tong-hop.html")).doesNotExist();
  }

  @Test
  void aMissingTemplatesFolderIsABadArgument(@TempDir Path out) {
    Run r =
        Run.of(
            "consolidate",
            "-o",
            out.toString(),
            "--templates",
            out.resolve("khong-co").toString(),
            "samples/2020");
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err()).contains("khong-co").contains("--templates");
  }

  /**
   * The whole page against the reviewed copy. After an intended change, regenerate it with {@code
   * mvn test -Dtest=SummaryHtmlTest -Dgolden.update=true} and review the diff.
   */
  @Test
  void matchesTheGoldenFile() throws IOException {
    Golden.assertMatches(GOLDEN, html);
  }
}
