package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.Unit;
import vn.thidua.testing.Districts;
import vn.thidua.testing.Golden;

/**
 * danh-sach-khen-thuong.html of the 2020 samples, read back with an HTML parser: the parts, rows,
 * reasons, duplicate notes, legend and frame a reader of the printed list must find, in both
 * languages, escaped, reproducible, and overridable by --templates.
 */
class NominationHtmlTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/danh-sach-khen-thuong.html");
  private static final String FILE = "danh-sach-khen-thuong.html";
  private static final Config CONFIG = ConfigLoader.loadDefault().config();
  private static final List<String> CODES = CONFIG.units().stream().map(Unit::code).toList();

  private static String html;
  private static Document doc;

  @BeforeAll
  static void nominateSamples(@TempDir Path out) throws IOException {
    html = nominate(out);
    doc = Jsoup.parse(html);
  }

  private static String nominate(Path out, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("nominate", "--format", "html", "--as-of", "2020-09-25", "-o", out.toString()));
    args.addAll(List.of(more));
    args.add("samples/2020");
    Run r = Run.of(args.toArray(String[]::new));
    // The samples carry planted errors: the list is written and the exit code says so.
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
    return Files.readString(out.resolve(FILE), StandardCharsets.UTF_8);
  }

  @Test
  void collectivesThenIndividualsInTwoNumberedParts() {
    assertThat(doc.select("section.part").eachAttr("id"))
        .containsExactly("collective", "individual");
    assertThat(doc.select("section.part h2").eachText())
        .containsExactly("I. Tập thể", "II. Cá nhân");
    assertThat(doc.select("#collective tbody tr")).hasSize(16);
    assertThat(doc.select("#individual tbody tr")).hasSize(11);
    // Numbered from 1 in each part.
    assertThat(doc.select("#individual td.no").eachText().get(10)).isEqualTo("11");
    // The legend and the counts come after both tables.
    assertThat(doc.select("h2").eachText())
        .containsExactly("I. Tập thể", "II. Cá nhân", "Tiêu chí xét khen thưởng", "Tổng hợp");
  }

  @Test
  void unitsFollowTheConfigOrderInEachPart() {
    for (String part : List.of("collective", "individual")) {
      List<String> units = doc.select("#" + part + " tbody tr").eachAttr("data-unit");
      List<Integer> order = units.stream().map(CODES::indexOf).toList();
      assertThat(order).doesNotContain(-1).isSorted();
    }
    assertThat(doc.select("#collective tbody tr").eachAttr("data-unit").subList(0, 3))
        .containsExactly("TPBG", "TPBG", "YT");
    assertThat(doc.select("#collective tbody tr").first().select("td.unit").text())
        .isEqualTo("Hội LHPN thành phố Bắc Giang");
    assertThat(doc.select("#individual tbody tr").last().attr("data-unit")).isEqualTo("KDN");
  }

  @Test
  void eachKindHasItsColumns() {
    assertThat(headers("collective"))
        .containsExactly(
            "STT",
            "Đơn vị",
            "Tên tập thể",
            "Hành động thiết thực tiêu biểu",
            "Tiêu chí",
            "Số tiêu chí đạt",
            "Kết quả xét",
            "Lý do chưa đủ điều kiện",
            "TC1",
            "TC2",
            "TC3",
            "TC4",
            "TC5");
    // Individuals give a position and have no TC5.
    // A part of one kind names its name column for that kind, not "Tên tập thể, cá nhân".
    assertThat(headers("individual"))
        .contains("Họ và tên", "Chức vụ, đơn vị công tác", "TC4")
        .doesNotContain("TC5");
    Element first = doc.select("#individual tbody tr").first();
    assertThat(first.select("td.position").text()).isEqualTo("Chủ tịch Hội LHPN phường Thọ Xương");
    assertThat(first.select("td.mark")).hasSize(4);
    assertThat(first.select("td.met").text()).isEqualTo("4/4");
    assertThat(doc.select("#collective td.position")).isEmpty();
  }

  private static List<String> headers(String part) {
    return doc.select("#" + part + " thead th").eachText();
  }

  @Test
  void anUnmetCriterionIsBlankAndGivenAsTheReason() {
    Element camDan = row("collective", "Hội LHPN xã Cẩm Đàn");
    assertThat(camDan.attr("data-unit")).isEqualTo("SD");
    assertThat(camDan.hasClass("ineligible")).isTrue();
    // (eachText would leave the blank cell out)
    assertThat(camDan.select("td.mark").stream().map(Element::text))
        .containsExactly("✓", "✓", "", "✓", "✓");
    assertThat(camDan.select("td.met").text()).isEqualTo("4/5");
    assertThat(camDan.select("td.result").text()).isEqualTo("Chưa đủ điều kiện");
    assertThat(camDan.select("td.reasons li").eachText()).containsExactly("Chưa đạt tiêu chí TC3");
  }

  @Test
  void aLateUnitsNominationsAreNotEligible() {
    for (Element r :
        List.of(
            row("collective", "Hội LHPN xã Quang Châu"), row("individual", "Đỗ Thị Ngọc Ánh"))) {
      assertThat(r.attr("data-unit")).isEqualTo("VY");
      assertThat(r.select("td.result").text()).isEqualTo("Chưa đủ điều kiện");
      assertThat(r.select("td.reasons li").eachText())
          .containsExactly("Đơn vị nộp báo cáo sau hạn 20/09/2020");
    }
    // Only the three ineligible ones say why; every other one is eligible.
    assertThat(doc.select("tbody tr.ineligible")).hasSize(3);
    assertThat(doc.select("tbody tr.eligible")).hasSize(24);
    assertThat(doc.select("tr.eligible td.result").eachText()).containsOnly("Đủ điều kiện");
    assertThat(doc.select("tr.eligible td.reasons li")).isEmpty();
  }

  @Test
  void duplicatesCarryAVisibleNoteOnBothEntries() {
    Elements notes = doc.select("td.name .duplicate");
    assertThat(notes).hasSize(2);
    Elements hang = doc.select("#individual tr:has(td.name:contains(Trần Thị Minh Hằng))");
    assertThat(hang.eachAttr("data-unit")).containsExactly("SD", "KDN");
    assertThat(hang.get(0).select(".duplicate").text())
        .isEqualTo("Trùng với: KDN – Biểu 4, dòng 11");
    assertThat(hang.get(1).select(".duplicate").text())
        .isEqualTo("Trùng với: SD – Bieu 4, dòng 12");
    // A duplicate is a warning, not a reason.
    assertThat(hang.hasClass("eligible")).isTrue();
  }

  @Test
  void theLegendListsTheCriteriaOfEachKind() {
    for (String kind : List.of("collective", "individual")) {
      Elements items = doc.select("#legend ul.criteria[data-kind=" + kind + "] li");
      List<Criterion> criteria = CONFIG.criteria().get(kind);
      assertThat(items.select(".code").eachText())
          .isEqualTo(criteria.stream().map(Criterion::code).toList());
      assertThat(items.select(".text").eachText())
          .isEqualTo(criteria.stream().map(Criterion::text).toList());
    }
    assertThat(doc.select("#legend li .code").eachText())
        .containsExactly("TC1", "TC2", "TC3", "TC4", "TC5", "TC1", "TC2", "TC3", "TC4");
    assertThat(doc.select("#legend h3").eachText()).containsExactly("Tập thể", "Cá nhân");
    assertThat(doc.select("#legend li").first().text())
        .isEqualTo(
            "TC1: Phạm vi, quy mô được triển khai trong các cấp Hội, có tác động lan tỏa đến"
                + " cộng đồng, xã hội");
  }

  @Test
  void theCountsOfEligibleAndNot() {
    assertThat(doc.select("#counts .total").text())
        .isEqualTo("Tổng số 27 đề nghị khen thưởng: 24 đủ điều kiện, 3 chưa đủ điều kiện.");
    assertThat(doc.select("#counts li").eachText())
        .containsExactly(
            "Tập thể: 16 đề nghị, 14 đủ điều kiện, 2 chưa đủ điều kiện.",
            "Cá nhân: 11 đề nghị, 10 đủ điều kiện, 1 chưa đủ điều kiện.");
  }

  @Test
  void theDocumentHasTheAdministrativeFrame() {
    assertThat(doc.select("html").attr("lang")).isEqualTo("vi");
    assertThat(doc.select(".issuer .parent").text()).isEqualTo("HỘI LHPN TỈNH BẮC GIANG");
    assertThat(doc.select(".issuer .office").text()).isEqualTo("BAN THƯỜNG VỤ");
    assertThat(doc.select(".nation .country").text())
        .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(doc.select(".nation .motto").text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
    assertThat(doc.select(".number").text()).startsWith("Số:").endsWith("/DS-BTV");
    assertThat(doc.select(".place-date").text()).isEqualTo("Bắc Giang, ngày 25 tháng 9 năm 2020");
    // The full list is the office's working document, and says so (issue 13).
    assertThat(doc.select("h1").text())
        .isEqualTo("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (BẢN LÀM VIỆC NỘI BỘ)");
    assertThat(doc.select(".subject").text())
        .contains("Đợt thi đua đặc biệt \"90 hành động thiết thực vì phụ nữ và trẻ em\" năm 2020");
    assertThat(doc.select(".scope").text()).contains("kết quả xét điều kiện");
    assertThat(doc.select(".signature").text()).isEqualTo("TM. BAN THƯỜNG VỤ CHỦ TỊCH");
    assertThat(doc.select(".recipients").text()).startsWith("Nơi nhận:").contains("Lưu");
    // The legend and counts sit between the last table and the signature.
    assertThat(html.indexOf("id=\"counts\"")).isLessThan(html.indexOf("class=\"closing\""));
    // The tables are wide: the list is printed on A4 landscape.
    assertThat(html).contains("@page { size: A4 landscape; }");
  }

  @Test
  void eligibleOnlyListsTheProposedOnes(@TempDir Path out) throws IOException {
    Document d = Jsoup.parse(nominate(out, "--eligible-only"));
    assertThat(d.select("table.nominations tbody tr")).hasSize(24);
    assertThat(d.select("tbody tr.ineligible")).isEmpty();
    assertThat(d.select("#collective tbody tr")).hasSize(14);
    assertThat(d.select("#individual tbody tr")).hasSize(10);
    assertThat(d.select("td.name").eachText())
        .doesNotContain("Hội LHPN xã Cẩm Đàn", "Hội LHPN xã Quang Châu", "Đỗ Thị Ngọc Ánh");
    // No judgement columns in a list of eligible ones only.
    assertThat(d.select("td.result, td.reasons")).isEmpty();
    assertThat(d.select("#collective thead th").eachText()).doesNotContain("Kết quả xét");
    assertThat(d.select("h1").text()).isEqualTo("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    assertThat(d.select(".scope").text())
        .isEqualTo(
            "(Tập thể, cá nhân đủ điều kiện, Hội đồng Thi đua - Khen thưởng Hội LHPN tỉnh Bắc"
                + " Giang đề nghị Ban Thường vụ Hội LHPN tỉnh Bắc Giang xét khen thưởng)");
    assertThat(d.select("#counts .total").text())
        .isEqualTo(
            "Danh sách gồm 24 đề nghị đủ điều kiện trên tổng số 27 đề nghị của các đơn vị; 3 đề"
                + " nghị chưa đủ điều kiện không đưa vào danh sách.");
    // The duplicate pair is eligible, so its notes stay.
    assertThat(d.select("td.name .duplicate")).hasSize(2);
  }

  @Test
  void englishOutputHasEnglishHeadings(@TempDir Path out) throws IOException {
    Document en = Jsoup.parse(nominate(out, "--lang", "en"));
    assertThat(en.select("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("h1").text())
        .isEqualTo("LIST OF NOMINATIONS FOR COMMENDATION (INTERNAL WORKING DOCUMENT)");
    assertThat(en.select(".nation .motto").text()).isEqualTo("Independence - Freedom - Happiness");
    assertThat(en.select("#individual thead th").eachText())
        .contains(
            "No.",
            "Unit",
            "Full name",
            "Position and workplace",
            "Typical practical action",
            "Criteria",
            "Criteria met",
            "Result",
            "Why not eligible");
    assertThat(en.select("h2").eachText()).contains("Criteria for commendation", "Totals");
    Element camDan = en.select("tr:has(td.name:contains(Hội LHPN xã Cẩm Đàn))").first();
    assertThat(camDan.select("td.result").text()).isEqualTo("Not eligible");
    assertThat(camDan.select("td.reasons li").eachText()).containsExactly("Criterion TC3 not met");
    assertThat(en.select(".duplicate").first().text()).isEqualTo("Same as: KDN – Biểu 4, row 11");
    assertThat(en.select("#counts .total").text())
        .isEqualTo("27 nominations in all: 24 eligible, 3 not eligible.");
    // The signer's body and title are the config's legal names, in Vietnamese.
    assertThat(en.select(".signature").text()).isEqualTo("TM. BAN THƯỜNG VỤ CHỦ TỊCH");
  }

  @Test
  void textFromWorkbooksIsEscaped(@TempDir Path dir, @TempDir Path out) throws IOException {
    String script = "<script>alert(1)</script>";
    Path in = dir.resolve("in");
    Districts.clean("Hội LHPN huyện Tân Yên", 9)
        .sheet("Biểu 4")
        .set("C8", script)
        .set("D9", "<img src=x onerror=alert(2)>")
        .set("E9", "<b>Vận động</b> & ủng hộ")
        // A kind the config does not know: listed in a part of its own, not dropped.
        .row(10, 3, "<i>Khen</i>", "Hội LHPN xã C", null, "Làm đường", "x", "x", "x", "x", "x")
        .book()
        .write(in.resolve("tan-yen.xlsx"));
    Run r =
        Run.of(
            "nominate",
            "--format",
            "html",
            "--as-of",
            "2020-09-25",
            "-o",
            out.toString(),
            in.toString());
    assertThat(r.code()).as(r.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    String page = Files.readString(out.resolve(FILE), StandardCharsets.UTF_8);
    assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page).doesNotContain("<img").doesNotContain("<b>Vận").doesNotContain("<i>Khen");
    Document d = Jsoup.parse(page);
    assertThat(d.select("script, img, [onerror], table.nominations b, table.nominations i"))
        .isEmpty();
    assertThat(d.select("#collective td.name").eachText()).containsExactly(script);
    assertThat(d.select("#individual td.position").text())
        .isEqualTo("<img src=x onerror=alert(2)>");
    assertThat(d.select("#individual td.action").text()).isEqualTo("<b>Vận động</b> & ủng hộ");
    assertThat(d.select("section.part h2").eachText())
        .containsExactly("I. Tập thể", "II. Cá nhân", "III. Đối tượng khác hoặc không hợp lệ");
    Element other = d.select("#other-kinds tbody tr").first();
    assertThat(other.select("td.name").text()).isEqualTo("Hội LHPN xã C");
    assertThat(other.select("td.mark")).isEmpty();
    assertThat(other.select("td.reasons li").eachText())
        .containsExactly("Đối tượng \"<i>Khen</i>\" không hợp lệ");
  }

  @Test
  void aKindWithNobodyNominatedStillHasItsPart(@TempDir Path dir, @TempDir Path out)
      throws IOException {
    Path in = dir.resolve("in");
    Districts.clean("Hội LHPN huyện Tân Yên", 9)
        .sheet("Biểu 4")
        .clear(9)
        .book()
        .write(in.resolve("tan-yen.xlsx"));
    Run.of("nominate", "--format", "html", "-o", out.toString(), in.toString());
    Document d = Jsoup.parse(Files.readString(out.resolve(FILE), StandardCharsets.UTF_8));
    assertThat(d.select("section.part h2").eachText()).containsExactly("I. Tập thể", "II. Cá nhân");
    assertThat(d.select("#collective tbody tr")).hasSize(1);
    assertThat(d.select("#individual table")).isEmpty();
    assertThat(d.select("#individual .none").text()).isEqualTo("Không có.");
    assertThat(d.select("#counts li").eachText())
        .containsExactly(
            "Tập thể: 1 đề nghị, 1 đủ điều kiện, 0 chưa đủ điều kiện.",
            "Cá nhân: 0 đề nghị, 0 đủ điều kiện, 0 chưa đủ điều kiện.");
  }

  @Test
  void theSameInputsGiveTheSameBytes(@TempDir Path out) throws IOException {
    assertThat(nominate(out)).isEqualTo(html);
  }

  @Test
  void aTemplateInTheTemplatesFolderWins(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(
        templates.resolve(NominationHtml.TEMPLATE),
        "<p id=\"marker\">OVERRIDE ${title} <#list parts as p>${p.rows?size} </#list></p>");
    Document d = Jsoup.parse(nominate(out, "--templates", templates.toString()));
    assertThat(d.select("#marker").text())
        .isEqualTo("OVERRIDE DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (BẢN LÀM VIỆC NỘI BỘ) 16 11");
  }

  @Test
  void aBrokenTemplateIsOneLineAndWritesNothing(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(templates.resolve(NominationHtml.TEMPLATE), "<p>\n${title</p>");
    Run r =
        Run.of(
            "nominate",
            "--format",
            "json,csv,html",
            "-o",
            out.toString(),
            "--templates",
            templates.toString(),
            "samples/2020");
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err().strip())
        .startsWith("thidua:")
        .contains("danh-sach-khen-thuong.html.ftl:2:")
        .doesNotContain("\n");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  private static Element row(String part, String name) {
    Elements rows = doc.select("#" + part + " tbody tr");
    for (Element r : rows) {
      if (r.select("td.name").first().ownText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError(name + " not in " + part);
  }

  /**
   * The whole page against the reviewed copy. After an intended change, regenerate it with {@code
   * mvn test -Dtest=NominationHtmlTest -Dgolden.update=true} and review the diff.
   */
  @Test
  void matchesTheGoldenFile() throws IOException {
    Golden.assertMatches(GOLDEN, html);
  }
}
