package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.Finding;
import vn.thidua.model.Phrase;
import vn.thidua.model.Severity;

/**
 * Messages as a Vietnamese office worker reads them (and their English), for the wording issue 13
 * lists: each phrase that read wrong, in both languages, and the rules that keep it from coming
 * back (one word for a thing, a capital only in the campaign's name, English plurals).
 */
class WordingTest {
  private static final Messages VI =
      new Messages(Messages.locale("vi"), vn.thidua.config.ConfigLoader.loadDefault().config());
  private static final Messages EN =
      new Messages(Messages.locale("en"), vn.thidua.config.ConfigLoader.loadDefault().config());
  private static final Config CONFIG = ConfigLoader.loadDefault().config();

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        WordingTest.class.getResourceAsStream("/thidua/" + name + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Finding finding(String rule, Object... args) {
    return new Finding(
        "f.xlsx", "Biểu 1", 1, 9, 6, "G9", null, null, Severity.ERROR, rule, Arrays.asList(args));
  }

  @Test
  void theCopysLegendSaysTheCellsAreFilledNotRedCars() {
    // "Ô tô đỏ" reads as "a red car".
    assertThat(VI.get("annotate.legend", "Ô"))
        .startsWith("Ô được tô màu đỏ: lỗi phải sửa. Ô được tô màu vàng: cảnh báo cần xem lại.")
        .doesNotContain("Ô tô");
    assertThat(EN.get("annotate.legend", "Cell"))
        .startsWith("Cells filled red: errors to fix. Cells filled yellow: warnings to review.");
  }

  @Test
  void aYesNoCellTheStandardNeedsSaysWhatItHoldsInWords() {
    Finding blank =
        finding("road.lighting.missing", null, "Điện chiếu sáng", Phrase.of("cell.blank"));
    assertThat(VI.finding(blank))
        .isEqualTo(
            "Con đường chưa đánh dấu \"Điện chiếu sáng\" (ô đang để trống); tiêu chuẩn bắt buộc"
                + " có điện chiếu sáng. Đánh x nếu đã có.");
    assertThat(EN.finding(blank)).contains("\"Điện chiếu sáng\" is not marked (the cell is blank)");
    Finding no =
        finding("road.sign.missing", "không", "Gắn biển", Phrase.of("cell.written", "không"));
    assertThat(VI.finding(no)).contains("\"Gắn biển\" (ô đang ghi \"không\");");
    assertThat(EN.finding(no)).contains("(the cell holds \"không\")");

    // As validate prints it for the sample whose road has no lighting marked.
    Run run = Run.of("validate", "samples/2020/tan-yen.xlsx");
    assertThat(run.out()).contains("(ô đang để trống)").doesNotContain("(trống)");
    Run en = Run.of("validate", "--lang", "en", "samples/2020/tan-yen.xlsx");
    assertThat(en.out()).contains("(the cell is blank)").doesNotContain("(blank)");
  }

  @Test
  void theRoadTargetSentenceSaysHowManyMeetTheTargetAndHowManyWereReported() {
    // "8 trên 9 con đường … (10 con đường được báo cáo)" read as if 9 had been reported.
    assertThat(VI.finding(finding("road.target", 8, 9, 10, "Hội LHPN huyện Yên Thế")))
        .isEqualTo("Mới có 8 con đường đạt tiêu chuẩn, chưa đạt chỉ tiêu 9 (đã báo cáo 10).");
    assertThat(VI.finding(finding("road.target", 0, 9, 0, "Hội LHPN huyện Yên Dũng")))
        .isEqualTo("Chưa có con đường nào đạt tiêu chuẩn, chưa đạt chỉ tiêu 9 (đã báo cáo 0).");
    assertThat(EN.finding(finding("road.target", 8, 9, 10, "x")))
        .isEqualTo("Only 8 roads meet the standard, below the target of 9 (10 reported).");
    assertThat(EN.finding(finding("road.target", 1, 9, 3, "x")))
        .isEqualTo("Only 1 road meets the standard, below the target of 9 (3 reported).");
  }

  @Test
  void tapTheOrCaNhanIsTheDoiTuongNotTheHinhThuc() {
    // "Hình thức (khen thưởng)" is the award; who is proposed is the "đối tượng".
    ColumnSpec kind = CONFIG.table("nominations").orElseThrow().column("kind").orElseThrow();
    assertThat(kind.header()).isEqualTo("Đối tượng");
    // Reports written on last year's template still say "Hình thức": read alike.
    assertThat(kind.aliases()).contains("Hình thức");
    for (String key :
        List.of(
            "nominate.xlsx.col.kind",
            "html.dup.kind",
            "nominate.xlsx.kind.unknown",
            "html.nom.kind.other",
            "reason.kind",
            "nomination.kind.unknown")) {
      assertThat(VI.get(key, "Khen", "Đối tượng", "Tập thể; Cá nhân"))
          .as(key)
          .startsWith("Đối tượng")
          .doesNotContainIgnoringCase("hình thức");
    }
    assertThat(VI.get("nominate.xlsx.legend.marks")).endsWith("của đối tượng này.");
    assertThat(VI.get("template.guide.criteria.note", "x")).contains("tiêu chí của đối tượng");
    assertThat(VI.get("template.prompt.criterion.only", "Tập thể"))
        .endsWith("để trống với đối tượng khác.");
  }

  @Test
  void aPartOfOneKindNamesItsNameColumnForThatKind() throws IOException {
    assertThat(VI.get("html.nom.name.collective")).isEqualTo("Tên tập thể");
    assertThat(VI.get("html.nom.name.individual")).isEqualTo("Họ và tên");
    assertThat(EN.get("html.nom.name.individual")).isEqualTo("Full name");
    // Every kind of the default config has its word.
    for (String kind : CONFIG.criteria().keySet()) {
      assertThat(bundle("messages_vi").stringPropertyNames()).contains("html.nom.name." + kind);
    }
  }

  @Test
  void aLabelInsideASentenceLosesItsCapitalButAnAbbreviationKeepsIt() {
    assertThat(VI.get("html.chart.title", "Biểu 1", "Đạt tiêu chuẩn", VI.inSentence("Chỉ tiêu")))
        .isEqualTo("Biểu đồ: Đạt tiêu chuẩn so với chỉ tiêu của từng đơn vị (Biểu 1)");
    assertThat(
            EN.get("xlsx.chart.title", "Biểu 1", "Meeting the standard", EN.inSentence("Target")))
        .isEqualTo("Biểu 1: Meeting the standard against target by unit");
    assertThat(VI.inSentence("Đạt tiêu chuẩn")).isEqualTo("đạt tiêu chuẩn");
    assertThat(VI.inSentence("TC1")).isEqualTo("TC1");
    assertThat(VI.inSentence("CB, HV")).isEqualTo("CB, HV");
  }

  @Test
  void theInfoSeverityIsNotTheGhiChuColumn() {
    // "ghi chú" is the last column of every table: a severity must not share its name.
    assertThat(VI.severity(Severity.INFO)).isEqualTo("thông tin");
    assertThat(VI.get("cli.info.hidden", 2)).startsWith("(2 thông tin khác");
    assertThat(EN.severity(Severity.INFO)).isEqualTo("info");
  }

  @Test
  void anInternalErrorIsOutsideWhatWasForeseen() throws IOException {
    for (String name : List.of("messages_vi", "help_vi")) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        assertThat(p.getProperty(key)).as(key).doesNotContain("không mong đợi");
      }
    }
    assertThat(VI.get("cli.internal")).contains("lỗi ngoài dự kiến");
    assertThat(VI.get("file.internal", "a.xlsx")).contains("lỗi ngoài dự kiến");
    assertThat(bundle("help_vi").getProperty("option.debug")).contains("lỗi ngoài dự kiến");
  }

  @Test
  void theVersionSaysWhenItWasReleased() {
    assertThat(VI.get("version.line", "1.0", "25/09/2020"))
        .isEqualTo("thidua 1.0, phát hành ngày 25/09/2020");
    assertThat(EN.get("version.line", "1.0", "25/09/2020"))
        .isEqualTo("thidua 1.0, released 25/09/2020");
  }

  @Test
  void theRuleIdColumnAndTheSeverityColumnHaveOneNameEverywhere() {
    for (Messages m : List.of(VI, EN)) {
      String rule = m.get("xlsx.col.rule");
      assertThat(m.get("rules.col.rule")).isEqualTo(rule);
      assertThat(m.get("annotate.header.rule")).isEqualTo(rule);
      String severity = m.get("xlsx.col.severity");
      assertThat(m.get("rules.col.severity")).isEqualTo(severity);
      assertThat(m.get("annotate.header.severity")).isEqualTo(severity);
    }
    assertThat(VI.get("annotate.header.rule")).isEqualTo("Mã quy tắc");
  }

  @Test
  void dotThiDuaHasItsCapitalOnlyInTheCampaignsName() throws IOException {
    // Inside a sentence "đợt thi đua" is a common noun; "Đợt thi đua đặc biệt "90 hành động…""
    // is the campaign's name, which the config gives.
    for (String name : List.of("messages_vi", "help_vi")) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        assertThat(p.getProperty(key)).as(name + ": " + key).doesNotContain("Đợt thi đua");
      }
    }
    assertThat(CONFIG.campaign().name()).startsWith("Đợt thi đua đặc biệt");
    for (List<Criterion> kind : CONFIG.criteria().values()) {
      for (Criterion c : kind) {
        assertThat(c.text()).as(c.code()).doesNotContain("Đợt thi đua");
      }
    }
    assertThat(VI.get("report.title")).isEqualTo("Báo cáo tổng hợp kết quả đợt thi đua");
  }

  @Test
  void whatElseReadWrongReadsRight() throws IOException {
    // A quota: the kind heads its own figure, no capital in mid-sentence.
    assertThat(VI.get("reason.quota", 2, "Tập thể"))
        .isEqualTo("Vượt số lượng đề nghị cho phép (Tập thể: tối đa 2)");
    assertThat(EN.get("reason.quota", 2, "Collectives"))
        .isEqualTo("Over the unit's quota (Collectives: at most 2)");
    // "cả ở" did not say what was where.
    assertThat(VI.get("consolidate.duplicate", "Trần Thị B", "TY (Biểu 4!C10)"))
        .isEqualTo(
            "\"Trần Thị B\" được đề nghị khen thưởng hơn một lần, lần khác ở TY (Biểu 4!C10).");
    // "bản cũ hơn của báo cáo Hội LHPN…" read as a report named after the union.
    assertThat(
            VI.get(
                "consolidate.unit.superseded", "a.xlsx", "Hội LHPN huyện Tân Yên", "b.xlsx", "x"))
        .startsWith("Tệp \"a.xlsx\" là bản báo cáo cũ hơn của Hội LHPN huyện Tân Yên nên");
    assertThat(VI.get("table.header.missing", "Biểu 1", 30))
        .startsWith("Trang tính Biểu 1: không nhận ra dòng tiêu đề cột trong 30 dòng đầu.");
    // One word for the lighting, as the column says it.
    assertThat(
            VI.finding(
                finding("road.lighting.missing", null, "Điện chiếu sáng", Phrase.of("cell.blank"))))
        .doesNotContain("thắp sáng");
    // One word for a serial number; one English name of the country.
    assertThat(VI.get("html.no")).isEqualTo(VI.get("nominate.xlsx.col.no")).isEqualTo("STT");
    assertThat(EN.get("template.motto")).isEqualTo(EN.get("html.country"));
    // No "được được".
    for (String name : List.of("messages_vi", "help_vi")) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        assertThat(p.getProperty(key)).as(key).doesNotContain("được được");
      }
    }
  }

  @Test
  void englishCountsAgreeWithTheirNumber() throws IOException {
    assertThat(EN.get("cli.file.summary", "a.xlsx", "TY", 1, 1))
        .isEqualTo("a.xlsx — TY: 1 error, 1 warning");
    assertThat(EN.get("cli.file.summary", "a.xlsx", "TY", 0, 2))
        .isEqualTo("a.xlsx — TY: 0 errors, 2 warnings");
    assertThat(EN.get("cli.total", 1, 1, 0)).isEqualTo("In all, 1 file: 1 error, 0 warnings.");
    assertThat(EN.get("html.findings", 1, 3))
        .isEqualTo("Checks of the files: 1 error, 3 warnings.");
    assertThat(EN.get("cli.nominate.overview", 1, 1, 0))
        .isEqualTo("1 nomination: 1 eligible, 0 not eligible.");
    assertThat(EN.get("cli.info.hidden", 1)).startsWith("(1 more info finding,");
    assertThat(EN.get("html.files", 1, 1)).startsWith("Received 1 report file,");
    assertThat(EN.get("cli.consolidate.overview", 1, 1, 1, 0, 0, 0, 0, 3, 3, 0, 1, 1))
        .startsWith("Consolidated 1 file for 1 unit:")
        .endsWith("1 error, 1 warning.");
    // No English count of these words is printed without its choice of singular or plural.
    Pattern bare =
        Pattern.compile(
            "\\{\\d+\\}\\S* (errors|warnings|files|units|tables|nominations|roads|columns)\\b");
    Properties en = bundle("messages_en");
    for (String key : en.stringPropertyNames()) {
      assertThat(bare.matcher(outsideChoices(en.getProperty(key))).find()).as(key).isFalse();
    }
    // Vietnamese has no plural: the same words for one and for many.
    assertThat(VI.get("cli.file.summary", "a.xlsx", "TY", 1, 1))
        .isEqualTo("a.xlsx — TY: 1 lỗi, 1 cảnh báo");
  }

  /** A pattern without its {n,choice,…} parts, which choose the word for their number. */
  private static String outsideChoices(String pattern) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      int at = pattern.indexOf(",choice,", i);
      int open = at < 0 ? -1 : pattern.lastIndexOf('{', at);
      if (open < 0) {
        out.append(pattern, i, pattern.length());
        break;
      }
      out.append(pattern, i, open);
      int depth = 0;
      int j = open;
      do {
        char c = pattern.charAt(j++);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      } while (depth > 0 && j < pattern.length());
      i = j;
    }
    return out.toString();
  }
}
