package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.ExitCode;
import vn.thidua.cli.Run;
import vn.thidua.testing.Docx;
import vn.thidua.testing.Golden;

/**
 * tong-hop.docx of the 2020 samples, opened with POI: the decree's frame, the narrative against
 * tong-hop.json (every figure a sentence states is in the JSON), the placeholders, the appendix,
 * English, and --templates.
 */
class SummaryDocxTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/tong-hop.docx.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static XWPFDocument doc;
  private static JsonNode summary;

  @BeforeAll
  static void consolidateSamples(@TempDir Path out) throws IOException {
    consolidate(out, "--format", "docx,json");
    doc = Docx.open(out.resolve("tong-hop.docx"));
    summary = JSON.readTree(out.resolve("tong-hop.json").toFile());
  }

  private static Run consolidate(Path out, String... more) {
    List<String> args =
        new ArrayList<>(List.of("consolidate", "--as-of", "2020-09-25", "-o", out.toString()));
    args.addAll(List.of(more));
    args.add("samples/2020");
    Run r = Run.of(args.toArray(String[]::new));
    // The samples carry planted errors: the reports are written and the exit code says so.
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
    return r;
  }

  /** The document before its appendix: title, narrative, placeholders (not the closing). */
  private static List<String> body() {
    return Docx.mainText(doc).stream().filter(t -> !t.isBlank()).toList();
  }

  @Test
  void theNarrativeMatchesTheGoldenText() throws IOException {
    Golden.assertMatches(GOLDEN, String.join("\n", body()) + "\n");
  }

  @Test
  void theLetterheadIsTheDecrees() {
    List<List<String>> head = Docx.letterhead(doc);
    assertThat(head.get(0).get(0)).isEqualTo("HỘI LHPN TỈNH BẮC GIANG\nBAN THƯỜNG VỤ\n");
    assertThat(head.get(0).get(1))
        .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    assertThat(head.get(1).get(0)).startsWith("Số:").endsWith("/BC-BTV");
    assertThat(head.get(1).get(1)).isEqualTo("Bắc Giang, ngày 25 tháng 9 năm 2020");
    assertThat(body()).startsWith("BÁO CÁO");
    Docx.assertDecreeLayout(doc, false);
  }

  @Test
  void theClosingHasRecipientsAndAnEmptyLineForTheSignersName() {
    XWPFTable closing = doc.getTables().get(1);
    List<String> cells = Docx.cells(closing).get(0);
    assertThat(cells.get(0))
        .startsWith("Nơi nhận:\n- Trung ương Hội LHPN Việt Nam (để b/c);")
        .endsWith("- Lưu: VT, VP.");
    assertThat(cells.get(1)).isEqualTo("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\n\n");
  }

  @Test
  void theSentencesStateTheJsonsFigures() {
    JsonNode t = summary.get("totals");
    assertThat(body())
        .contains(
            "Toàn tỉnh đã xây dựng 94 con đường, trong đó 88 con đường đạt tiêu chuẩn (chỉ tiêu"
                + " 92 con đường: chưa đạt); 9/12 đơn vị đạt chỉ tiêu.");
    assertThat(t.at("/roads/reported").asLong()).isEqualTo(94);
    assertThat(t.at("/roads/meeting_standard").asLong()).isEqualTo(88);
    assertThat(t.at("/roads/target").asLong()).isEqualTo(92);
    assertThat(t.at("/roads/target_met").asBoolean()).isFalse();
    assertThat(t.at("/roads/units_meeting_target").asLong()).isEqualTo(9);
    assertThat(summary.get("units")).hasSize(12);
    // The units named below target, late and missing are the JSON's.
    String text = String.join("\n", body());
    assertThat(text)
        .contains("Hội LHPN huyện Yên Thế (8/9 con đường đạt tiêu chuẩn)")
        .contains("Hội LHPN huyện Yên Dũng (chưa gửi báo cáo)")
        .contains("Hội LHPN huyện Việt Yên (ngày 23/09/2020)")
        .contains("Đơn vị chưa gửi báo cáo: Hội LHPN huyện Yên Dũng.");
    assertThat(summary.at("/totals/units/late").toString()).isEqualTo("[\"VY\"]");
    assertThat(summary.at("/totals/units/missing").toString()).isEqualTo("[\"YD\"]");
    for (JsonNode b : t.at("/members/below_target")) {
      assertThat(text).contains(b.get("name").asText());
    }
  }

  /**
   * Every number the narrative states (percentages as ratios, dates aside) is a value of
   * tong-hop.json: a figure, or the size of one of its lists.
   */
  @Test
  void everyFigureOfTheNarrativeIsInTheJson() {
    Set<BigDecimal> values = new HashSet<>();
    collect(summary, values);
    List<String> narrative = body();
    // From the first part's heading to the officer's placeholders: the intro cites the guidance.
    int from = narrative.indexOf("I. KẾT QUẢ THỰC HIỆN");
    int to = narrative.indexOf("III. ĐÁNH GIÁ CHUNG");
    assertThat(from).isPositive();
    Pattern number = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?)(%?)");
    List<String> checked = new ArrayList<>();
    // Names the JSON holds as keys ("Phòng, chống dịch COVID-19") are names, not figures.
    List<String> names = new ArrayList<>();
    summary.at("/totals/actions/by_type").fieldNames().forEachRemaining(names::add);
    for (String line : narrative.subList(from + 1, to)) {
      String plain = line.replaceAll("\\d{2}/\\d{2}/\\d{4}", "").replaceAll("^\\d+\\. ", "");
      for (String name : names) {
        plain = plain.replace(name, "");
      }
      Matcher mt = number.matcher(plain);
      while (mt.find()) {
        BigDecimal v = new BigDecimal(mt.group(1).replace(".", "").replace(",", "."));
        if (!mt.group(2).isEmpty()) {
          v = v.movePointLeft(2);
        }
        checked.add(mt.group());
        BigDecimal found = v;
        assertThat(values.stream().anyMatch(x -> x.compareTo(found) == 0))
            .as("%s in \"%s\"", mt.group(), line)
            .isTrue();
      }
    }
    assertThat(checked).hasSizeGreaterThan(30).contains("84.550", "2.959,5", "99,83%", "98,68%");
  }

  private static void collect(JsonNode n, Set<BigDecimal> out) {
    if (n.isNumber()) {
      out.add(n.decimalValue());
    } else if (n.isArray()) {
      out.add(BigDecimal.valueOf(n.size()));
      n.forEach(c -> collect(c, out));
    } else if (n.isObject()) {
      n.forEach(c -> collect(c, out));
    }
  }

  @Test
  void theOfficersPartsAreMarkedPlaceholders() {
    List<XWPFParagraph> marked =
        doc.getParagraphs().stream()
            .filter(
                p ->
                    p.getRuns().stream()
                        .anyMatch(r -> "yellow".equals(r.getTextHightlightColor().toString())))
            .toList();
    assertThat(marked).hasSize(3);
    assertThat(marked)
        .allSatisfy(p -> assertThat(p.getText()).startsWith("[VĂN PHÒNG VIẾT TIẾP").endsWith("]"));
    assertThat(body())
        .containsSubsequence(
            "III. ĐÁNH GIÁ CHUNG",
            "IV. TỒN TẠI, HẠN CHẾ",
            "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
  }

  @Test
  void technicalLinesAreOnlyInTheAppendix() {
    String main = String.join("\n", body());
    assertThat(main)
        .doesNotContain("Dòng số liệu")
        .doesNotContain("lỗi")
        .doesNotContain("cảnh báo");
    List<String> all = Docx.paragraphs(doc);
    assertThat(all).contains("PHỤ LỤC", "Dòng số liệu: đọc 364 = đưa vào tổng hợp 364 + loại 0.");
    assertThat(all)
        .anyMatch(
            p ->
                p.startsWith("(Kèm theo Báo cáo số")
                    && p.endsWith(
                        "/BC-BTV ngày 25/09/2020 của Ban Thường vụ Hội LHPN tỉnh Bắc Giang)"));
  }

  @Test
  void theAppendixTablesHoldTheJsonsTotals() {
    // Tables: letterhead, closing, then one per campaign part, duplicates and places.
    List<List<String>> roads = Docx.cells(doc.getTables().get(2));
    List<String> total = roads.get(roads.size() - 1);
    assertThat(total.get(0)).isEqualTo("Toàn tỉnh");
    assertThat(total)
        .contains("92", "94", "88", "84.550", "217", "93", "1.111", "4.493", "2.959,5");
    // Two header rows (funds group), then a row per unit.
    assertThat(roads).hasSize(2 + 12 + 1);
    List<List<String>> members = Docx.cells(doc.getTables().get(4));
    assertThat(members.get(members.size() - 1))
        .contains("340.679", "340.114", "336.167", "99,83%", "98,68%");
  }

  /** A part the narrative has no sentences for (another config's) is said as its figures. */
  @Test
  void aPartOfAnotherConfigIsSaidAsItsFigures(@TempDir Path dir) throws IOException {
    String yaml =
        Files.readString(Path.of("src/main/resources/thidua/campaign-2020.yaml"))
            .replace("      name: actions\n", "      name: hanh_dong\n");
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, yaml);
    Path out = dir.resolve("out");
    consolidate(out, "-c", config.toString(), "--format", "docx");
    assertThat(Docx.mainText(Docx.open(out.resolve("tong-hop.docx"))))
        .anyMatch(
            p ->
                p.startsWith("Kết quả: Số hành động: 49; Xây dựng nhà \"Mái ấm tình thương\": 10;"))
        .contains(
            "Toàn tỉnh đã xây dựng 94 con đường, trong đó 88 con đường đạt tiêu chuẩn (chỉ tiêu"
                + " 92 con đường: chưa đạt); 9/12 đơn vị đạt chỉ tiêu.");
  }

  @Test
  void englishRenders(@TempDir Path out) throws IOException {
    consolidate(out, "--format", "docx", "--lang", "en");
    XWPFDocument en = Docx.open(out.resolve("tong-hop.docx"));
    List<String> text = Docx.mainText(en);
    assertThat(text).contains("REPORT", "I. RESULTS", "III. GENERAL ASSESSMENT");
    assertThat(text)
        .contains(
            "The province built 94 roads, 88 of which meet the standard (target 92 roads: not"
                + " met); 9 of 12 units met their target.");
    assertThat(Docx.letterhead(en).get(0).get(1)).startsWith("SOCIALIST REPUBLIC OF VIET NAM");
  }

  @Test
  void aTemplateInTheTemplatesFolderWins(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(
        templates.resolve(SummaryDocx.TEMPLATE),
        "<document size=\"13\"><letterhead/><p style=\"title\" align=\"left\">OVERRIDE ${title}"
            + " <#list parts as p>${p.number}</#list></p><closing/></document>");
    consolidate(out, "--format", "docx", "--templates", templates.toString());
    XWPFDocument d = Docx.open(out.resolve("tong-hop.docx"));
    assertThat(Docx.mainText(d)).contains("OVERRIDE BÁO CÁO IIIIIIIVV");
    assertThat(d.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(13.0);
    assertThat(Docx.letterhead(d).get(1).get(0)).endsWith("/BC-BTV");
  }

  @Test
  void aBrokenTemplateStopsTheRunWithOneLine(@TempDir Path templates, @TempDir Path out)
      throws IOException {
    Files.writeString(
        templates.resolve(SummaryDocx.TEMPLATE), "<document><p style=\"big\">x</p></document>");
    Run r =
        Run.of(
            "consolidate",
            "--format",
            "docx",
            "--templates",
            templates.toString(),
            "-o",
            out.toString(),
            "samples/2020");
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err()).contains("tong-hop.docx.ftlx").contains("big").doesNotContain("\tat ");
    assertThat(out.resolve("tong-hop.docx")).doesNotExist();
  }
}
