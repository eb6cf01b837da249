package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;
import vn.thidua.testing.Golden;

/** {@code thidua consolidate} end to end on the samples and on folders built by the tests. */
class ConsolidateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private JsonNode summary(Path out) throws Exception {
    return JSON.readTree(out.resolve("tong-hop.json").toFile());
  }

  @Test
  void samplesGiveExactlyTheExpectedSummary() throws Exception {
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "consolidate",
            "--format",
            "json,md,csv",
            "--as-of",
            "2020-09-25",
            "-o",
            out.toString(),
            "samples/2020");
    // The samples carry planted errors: outputs are written and the exit code says so.
    assertThat(run.code()).isEqualTo(1);
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/examples/2020/expected-summary.json")) {
      expected = JSON.readTree(in);
    }
    JsonNode got = summary(out);
    for (String part :
        List.of("campaign", "units", "totals", "duplicates", "possible_duplicate_roads")) {
      assertSame(expected.get(part), got.get(part), part);
    }
    JsonNode rows = got.get("rows");
    assertThat(rows.get("read").asLong())
        .isEqualTo(rows.get("used").asLong() + rows.get("rejected").asLong())
        .isPositive();
    assertThat(rows.get("rejected").asLong()).isZero();
  }

  /**
   * Reports written side by side are the reports written one at a time, and every one is said, in
   * the formats' order, whichever finished first.
   */
  @Test
  void reportsWrittenTogetherAreTheReportsWrittenAlone() throws Exception {
    Path together = dir.resolve("together");
    Run run =
        Run.of(
            "consolidate",
            "--format",
            "md,json,html,csv",
            "--as-of",
            "2020-09-25",
            "-o",
            together.toString(),
            "samples/2020");
    assertThat(run.code()).isEqualTo(1);
    List<String> said = run.out().lines().filter(l -> l.contains(together.toString())).toList();
    assertThat(said)
        .containsExactly(
            "Đã ghi " + together.resolve("tong-hop.html"),
            "Đã ghi " + together.resolve("tong-hop.json"),
            "Đã ghi " + together.resolve("tong-hop.md"),
            "Đã ghi " + together.resolve("tong-hop.csv"));
    for (String format : List.of("md", "json", "html", "csv")) {
      Path alone = dir.resolve("alone-" + format);
      Run.of(
          "consolidate",
          "-q",
          "--format",
          format,
          "--as-of",
          "2020-09-25",
          "-o",
          alone.toString(),
          "samples/2020");
      String file = "tong-hop." + format;
      assertThat(Files.readString(together.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(alone.resolve(file)));
    }
  }

  /**
   * tong-hop.json is a stable machine interface (spec/cli.md): the samples' file, byte for byte as
   * it was written when the figures were untyped maps (golden/tong-hop.json).
   */
  @Test
  void samplesGiveTheSummaryJsonByteForByte() throws Exception {
    Path out = dir.resolve("out");
    Run.of(
        "consolidate",
        "--format",
        "json",
        "--as-of",
        "2020-09-25",
        "-o",
        out.toString(),
        "samples/2020");
    Golden.assertMatches(
        Path.of("src/test/resources/golden/tong-hop.json"),
        Files.readString(out.resolve("tong-hop.json"), StandardCharsets.UTF_8));
  }

  /**
   * The figures added for the narrative, for the samples: config measures, no code of their own.
   */
  @Test
  void samplesGiveTheNarrativesFigures() throws Exception {
    Path out = dir.resolve("out");
    Run.of(
        "consolidate",
        "--format",
        "json",
        "--as-of",
        "2020-09-25",
        "-o",
        out.toString(),
        "samples/2020");
    JsonNode totals = summary(out).get("totals");
    assertThat(totals.at("/roads/lighting").asLong()).isEqualTo(93);
    assertThat(totals.at("/actions/by_level/Huyện").asLong()).isEqualTo(22);
    assertThat(totals.at("/actions/by_level/Cơ sở").asLong()).isEqualTo(22);
    assertThat(totals.at("/members/completion_rate").decimalValue()).isEqualByComparingTo("0.9868");
    JsonNode below = totals.at("/members/below_target");
    // One per members.registered.target warning of the samples; LN's row with more registered
    // than members is an error, not "below 100 %".
    assertThat(below).hasSize(15);
    assertThat(below.get(0).toString())
        .isEqualTo("{\"unit\":\"TPBG\",\"name\":\"Phường Ngô Quyền\"}");
    JsonNode tpbg = summary(out).get("units").get(0);
    assertThat(tpbg.at("/members/below_target").toString())
        .isEqualTo("[\"Phường Ngô Quyền\",\"Xã Song Khê\"]");
    // A missing unit has an empty list, like its zero figures.
    assertThat(summary(out).get("units").get(7).at("/members/below_target").size()).isZero();
  }

  /**
   * The figures the report's narrative needs (issue 13), added after expected-summary.json was
   * written: only these may be in the output without being in the expected file. Their values for
   * the samples are checked by {@link #samplesGiveTheNarrativesFigures}.
   */
  private static final Set<String> NARRATIVE_KEYS =
      Set.of("lighting", "by_level", "completion_rate", "below_target");

  /** Field by field, numbers compared as numbers (1 and 1.0 are one value). */
  private static void assertSame(JsonNode expected, JsonNode actual, String path) {
    assertThat(actual).as(path).isNotNull();
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path).isTrue();
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().startsWith("_")) {
          assertSame(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
        }
      }
      long extra = NARRATIVE_KEYS.stream().filter(k -> actual.has(k) && !expected.has(k)).count();
      assertThat(actual.size() - extra).as(path + " has no other field").isEqualTo(expected.size());
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSame(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(path).isTrue();
      assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  @Test
  void sameInputsAndDateGiveByteIdenticalReports() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Run.of(
        "consolidate",
        "--format",
        "json,md,csv",
        "--as-of",
        "2020-09-25",
        "-q",
        "-o",
        a.toString(),
        "samples/2020");
    Run.of(
        "consolidate",
        "--format",
        "json,md,csv",
        "--as-of",
        "2020-09-25",
        "-q",
        "-o",
        b.toString(),
        "samples/2020");
    for (String f : List.of("tong-hop.json", "tong-hop.md", "tong-hop.csv")) {
      assertThat(Files.readAllBytes(b.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  @Test
  void theReportDateCanBeTypedTheVietnameseWay() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Run.of(
        "consolidate",
        "--format",
        "md",
        "--as-of",
        "25/09/2020",
        "-q",
        "-o",
        a.toString(),
        "samples/2020");
    Run.of(
        "consolidate",
        "--format",
        "md",
        "--as-of",
        "2020-09-25",
        "-q",
        "-o",
        b.toString(),
        "samples/2020");
    assertThat(Files.readString(a.resolve("tong-hop.md")))
        .contains("25/09/2020")
        .isEqualTo(Files.readString(b.resolve("tong-hop.md")));
    Run bad = Run.of("consolidate", "--as-of", "31/02/2020", "samples/2020");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("31/02/2020");
  }

  @Test
  void csvHoldsOneLinePerUnitAndTheTotals() throws Exception {
    Path out = dir.resolve("out");
    Run.of("consolidate", "--format", "csv", "-q", "-o", out.toString(), "samples/2020");
    try (Reader r = Files.newBufferedReader(out.resolve("tong-hop.csv"), StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(r)) {
      List<String[]> lines = csv.readAll();
      assertThat(lines).hasSize(1 + 12 + 1);
      List<String> header = List.of(lines.get(0));
      assertThat(header.get(0)).isEqualTo("\uFEFFcode");
      int meeting = header.indexOf("roads.meeting_standard");
      assertThat(lines.get(3)[0]).isEqualTo("TY");
      assertThat(lines.get(3)[meeting]).isEqualTo("9");
      assertThat(lines.get(13)[meeting]).isEqualTo("88");
    }
  }

  @Test
  void ofTwoVersionsOfOneUnitTheNewerIsUsedAndTheOlderSetAside() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book older = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    older.sheet("Thông tin").set("B4", LocalDate.of(2020, 9, 10));
    older.write(in.resolve("tan-yen-cu.xlsx"));
    Districts.clean("Hội LHPN huyện Tân Yên", 10).write(in.resolve("tan-yen-moi.xlsx"));
    Districts.clean("Hội LHPN huyện Lục Nam", 9).write(in.resolve("luc-nam.xlsx"));

    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "consolidate",
            "--format",
            "json",
            "--as-of",
            "2020-09-25",
            "-o",
            out.toString(),
            in.toString());
    assertThat(run.code()).isEqualTo(0);
    JsonNode s = summary(out);
    JsonNode ty = unit(s, "TY");
    assertThat(ty.get("status").asText()).isEqualTo("ok");
    assertThat(ty.get("file").asText()).isEqualTo("tan-yen-moi.xlsx");
    assertThat(ty.get("report_date").asText()).isEqualTo("2020-09-15");
    assertThat(ty.get("first_report_date").asText()).isEqualTo("2020-09-10");
    assertThat(ty.get("superseded"))
        .extracting(JsonNode::asText)
        .containsExactly("tan-yen-cu.xlsx");
    assertThat(ty.get("roads").get("reported").asInt()).isEqualTo(10);
    assertThat(unit(s, "LN").get("superseded")).isEmpty();
    assertThat(s.get("rows").get("read").asLong())
        .isEqualTo(s.get("rows").get("used").asLong() + s.get("rows").get("rejected").asLong());
    // The older Tân Yên workbook is read and set aside: 9 roads, 3 actions, 3 members, 2
    // nominations.
    assertThat(s.get("rows").get("rejected").asLong()).isEqualTo(9 + 3 + 3 + 2);
    assertThat(files(s))
        .containsExactly(
            "luc-nam.xlsx used LN", "tan-yen-cu.xlsx superseded TY", "tan-yen-moi.xlsx used TY");
    assertThat(run.out())
        .contains(
            "Không dùng \"tan-yen-cu.xlsx\": bản cũ hơn của đơn vị; đã dùng bản \"tan-yen-moi.xlsx\""
                + " (ngày báo cáo 15/09/2020).");

    // --latest is what always happens now: said once, the same report.
    Path latest = dir.resolve("latest");
    Run l =
        Run.of(
            "consolidate",
            "--format",
            "json",
            "--latest",
            "--as-of",
            "2020-09-25",
            "-o",
            latest.toString(),
            in.toString());
    assertThat(l.err()).contains("không cần --latest nữa");
    assertThat(Files.readString(latest.resolve("tong-hop.json")))
        .isEqualTo(Files.readString(out.resolve("tong-hop.json")));
  }

  /** "path outcome unit" of every entry of tong-hop.json's files. */
  static List<String> files(JsonNode s) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode f : s.get("files")) {
      out.add(
          f.get("path").asText()
              + " "
              + f.get("outcome").asText()
              + (f.get("unit").isNull() ? "" : " " + f.get("unit").asText()));
    }
    return out;
  }

  @Test
  void anUnreadableWorkbookIsListedAndTheRunGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("luc-ngan.xlsx"), "not a workbook");
    Districts.clean("Hội LHPN huyện Lục Nam", 9).write(in.resolve("luc-nam.xlsx"));
    Files.writeString(in.resolve("~$luc-nam.xlsx"), "Excel lock file");
    Files.writeString(in.resolve(".hidden.xlsx"), "hidden");
    Files.writeString(in.resolve("tong-hop.xlsx"), "an earlier report");
    Path out = dir.resolve("out");
    Run run = Run.of("consolidate", "--format", "json", "-o", out.toString(), in.toString());
    assertThat(run.code()).isEqualTo(1);
    JsonNode s = summary(out);
    assertThat(unit(s, "LNG").get("status").asText()).isEqualTo("invalid");
    assertThat(unit(s, "LN").get("status").asText()).isEqualTo("ok");
    assertThat(unit(s, "YT").get("status").asText()).isEqualTo("missing");
    assertThat(run.out()).contains("2 tệp");
  }

  @Test
  void nothingReadableMeansExitTwoAndNothingWritten() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.xlsx"), "not a workbook");
    Path out = dir.resolve("out");
    Run run = Run.of("consolidate", "--format", "json", "-o", out.toString(), in.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(run.err()).doesNotContain("Exception");
    // The file, once, then why nothing was written.
    assertThat(run.err().lines())
        .hasSize(2)
        .satisfies(l -> assertThat(l.get(0)).startsWith("thidua: ").contains("a.xlsx"))
        .satisfies(
            l ->
                assertThat(l.get(1))
                    .isEqualTo("thidua: không đọc được tệp nào; chưa ghi báo cáo."));
    Run empty =
        Run.of(
            "consolidate",
            "-o",
            out.toString(),
            Files.createDirectories(dir.resolve("empty")).toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void aWorkbookWhoseUnitCannotBeToldIsRejected() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book b = Districts.clean("", 9);
    b.sheet("Thông tin").set("B3", null);
    b.write(in.resolve("bao-cao.xlsx"));
    Districts.clean("Hội LHPN huyện Lục Nam", 9).write(in.resolve("luc-nam.xlsx"));
    Path out = dir.resolve("out");
    Run run = Run.of("consolidate", "--format", "json", "-o", out.toString(), in.toString());
    assertThat(run.code()).isEqualTo(1);
    JsonNode rows = summary(out).get("rows");
    assertThat(rows.get("rejected").asLong()).isEqualTo(9 + 3 + 3 + 2);
    assertThat(rows.get("used").asLong()).isEqualTo(9 + 3 + 3 + 2);
  }

  @Test
  void inputFilesAreNeverModified() throws Exception {
    Map<Path, byte[]> before = new java.util.HashMap<>();
    try (var files = Files.walk(Path.of("samples/2020"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        before.put(p, Files.readAllBytes(p));
      }
    }
    Run.of(
        "consolidate",
        "--format",
        "json,md,csv",
        "-q",
        "-o",
        dir.resolve("o").toString(),
        "samples/2020");
    for (var e : before.entrySet()) {
      assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
    }
  }

  @Test
  void samplesListTheirPossibleDuplicateRoadInTheMarkdown() throws Exception {
    Path out = dir.resolve("out");
    Run.of(
        "consolidate",
        "--format",
        "md",
        "--as-of",
        "2020-09-25",
        "-q",
        "-o",
        out.toString(),
        "samples/2020");
    String md = Files.readString(out.resolve("tong-hop.md"));
    assertThat(md)
        .contains("## Đề nghị khen thưởng trùng nhau")
        .contains("## Con đường có thể trùng giữa các đơn vị")
        .contains("cùng thôn, cùng xã")
        .contains(
            "| Nhóm | Đơn vị | Biểu, dòng | Tên con đường | Xã, phường, thị trấn | Thôn, tổ dân"
                + " phố |")
        .contains(
            "| 1 | Hội LHPN huyện Sơn Động | Bieu 1, dòng 18 | Đường \"Sáng - Xanh - Sạch đẹp - An"
                + " toàn\" thôn Thủy Sơn | Xã An Lập | Thôn Thủy Sơn |")
        .contains("| 1 | Hội LHPN Khối doanh nghiệp tỉnh | Biểu 1, dòng 10 |");
  }

  @Test
  void aNominationRepeatedInOneUnitIsListedAndEveryEntryMarked() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    // Row 9 nominates "Trần Thị B"; row 10 the same person, written another way.
    b.sheet("Biểu 4").row(10, 3, "Cá nhân", "TRẦN THỊ B", "Hội viên", "Ủng hộ", "x", "x", "x", "x");
    b.write(in.resolve("tan-yen.xlsx"));
    Path out = dir.resolve("out");
    Run run =
        Run.of("consolidate", "--format", "json,xlsx", "-q", "-o", out.toString(), in.toString());
    // Warnings only: a duplicate is flagged, never an error.
    assertThat(run.code()).as(run.err()).isZero();

    JsonNode duplicates = summary(out).get("duplicates");
    assertThat(duplicates).hasSize(1);
    JsonNode group = duplicates.get(0);
    assertThat(group).hasSize(2);
    List<String> entries = new java.util.ArrayList<>();
    for (JsonNode e : group) {
      entries.add(
          String.join(
              " ",
              e.get("table").asText(),
              e.get("unit").asText(),
              e.get("sheet").asText(),
              e.get("row").asText(),
              e.get("name").asText(),
              e.get("kind").asText()));
    }
    assertThat(entries)
        .containsExactly(
            "nominations TY Biểu 4 9 Trần Thị B individual",
            "nominations TY Biểu 4 10 TRẦN THỊ B individual");

    // validate's warning on the second occurrence stays; the province adds one on each entry,
    // naming the other.
    List<String> findings = new java.util.ArrayList<>();
    try (var wb = vn.thidua.testing.SampleReports.open(out.resolve("tong-hop.xlsx"))) {
      var sh = wb.getSheet("Lỗi");
      for (int r = 1; r <= sh.getLastRowNum(); r++) {
        var row = sh.getRow(r);
        String rule = vn.thidua.testing.SampleReports.text(row.getCell(4));
        if (rule.endsWith("duplicate")) {
          findings.add(
              vn.thidua.testing.SampleReports.text(row.getCell(2))
                  + " "
                  + rule
                  + ": "
                  + vn.thidua.testing.SampleReports.text(row.getCell(6)));
        }
      }
    }
    assertThat(findings)
        .containsExactlyInAnyOrder(
            "C10 nomination.duplicate: \"TRẦN THỊ B\" được đề nghị khen thưởng hai lần trong biểu"
                + " này. Hãy bỏ bớt một dòng.",
            "C9 consolidate.duplicate: \"Trần Thị B\" được đề nghị khen thưởng hơn một lần, lần"
                + " khác ở TY (Biểu 4!C10).",
            "C10 consolidate.duplicate: \"TRẦN THỊ B\" được đề nghị khen thưởng hơn một lần, lần"
                + " khác ở TY (Biểu 4!C9).");

    // The nomination list marks both entries, each naming the other.
    Path list = dir.resolve("list");
    Run.of("nominate", "--format", "json", "-q", "-o", list.toString(), in.toString());
    Map<Integer, String> marks = new java.util.TreeMap<>();
    for (JsonNode n :
        JSON.readTree(list.resolve("danh-sach-khen-thuong.json").toFile()).get("nominations")) {
      marks.put(n.get("row").asInt(), n.get("duplicate_of").toString());
    }
    assertThat(marks)
        .containsEntry(8, "[]")
        .containsEntry(9, "[{\"unit\":\"TY\",\"sheet\":\"Biểu 4\",\"row\":10}]")
        .containsEntry(10, "[{\"unit\":\"TY\",\"sheet\":\"Biểu 4\",\"row\":9}]");
  }

  @Test
  void roadsOfTwoUnitsInOneHamletOfOneCommuneAreListedAndStillCounted() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book ty = placed(Districts.clean("Hội LHPN huyện Tân Yên", 9), "TY");
    Book ln = placed(Districts.clean("Hội LHPN huyện Lục Nam", 9), "LN");
    // One place written two ways: "Thủy" with the mark on the u, "Thuỷ" with it on the y; the
    // commune and hamlet words spelt out or abbreviated, in either case.
    ty.sheet("Biểu 1").set("C9", "Thôn Thủy Sơn").set("D9", "xã An Lập");
    ln.sheet("Biểu 1").set("C11", "thôn Thuỷ Sơn").set("D11", "X. An Lập");
    // The same hamlet name in another commune is another place.
    ty.sheet("Biểu 1").set("C10", "Thôn Đồng Rào").set("D10", "Xã Bảo Sơn");
    ln.sheet("Biểu 1").set("C10", "Thôn Đồng Rào").set("D10", "Xã Lục Sơn");
    // Two roads of one unit in one place are that unit's to report.
    ty.sheet("Biểu 1").set("C12", "Thôn Hạ").set("D12", "Xã Cao Xá");
    ty.sheet("Biểu 1").set("C13", "Thôn Hạ").set("D13", "Xã Cao Xá");
    // A road whose hamlet is not given lies nowhere in particular.
    ty.sheet("Biểu 1").set("C14", null).set("D14", "Xã Phúc Hòa");
    ln.sheet("Biểu 1").set("C14", null).set("D14", "Xã Phúc Hòa");
    ty.write(in.resolve("tan-yen.xlsx"));
    ln.write(in.resolve("luc-nam.xlsx"));

    Path out = dir.resolve("out");
    Run run = Run.of("consolidate", "--format", "json", "-q", "-o", out.toString(), in.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode s = summary(out);
    JsonNode groups = s.get("possible_duplicate_roads");
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).toString())
        .isEqualTo(
            "[{\"unit\":\"TY\",\"sheet\":\"Biểu 1\",\"row\":9,"
                + "\"name\":\"Đường Sáng - Xanh - Sạch đẹp - An toàn thôn 1\","
                + "\"commune\":\"xã An Lập\",\"hamlet\":\"Thôn Thủy Sơn\"},"
                + "{\"unit\":\"LN\",\"sheet\":\"Biểu 1\",\"row\":11,"
                + "\"name\":\"Đường Sáng - Xanh - Sạch đẹp - An toàn thôn 3\","
                + "\"commune\":\"X. An Lập\",\"hamlet\":\"thôn Thuỷ Sơn\"}]");

    // Listing changes no figure: the same inputs under a config without the places spec give
    // the same units, totals and rows, and every road still counts for its unit.
    Path plain =
        Files.writeString(
            dir.resolve("plain.yaml"),
            vn.thidua.config.ConfigLoader.defaultYaml()
                .replaceAll("(?s)    places:\\n.*?label_en: Roads\\n", ""));
    Path without = dir.resolve("without");
    Run.of(
        "consolidate",
        "-c",
        plain.toString(),
        "--format",
        "json",
        "-q",
        "-o",
        without.toString(),
        in.toString());
    JsonNode w = summary(without);
    assertThat(w.has("possible_duplicate_roads")).isFalse();
    for (String part : List.of("units", "totals", "duplicates", "rows")) {
      assertThat(s.get(part)).as(part).isEqualTo(w.get(part));
    }
    assertThat(unit(s, "TY").get("roads").get("reported").asInt()).isEqualTo(9);
    assertThat(unit(s, "LN").get("roads").get("reported").asInt()).isEqualTo(9);
    assertThat(s.get("totals").get("roads").get("reported").asInt()).isEqualTo(18);
  }

  /** A clean workbook whose roads lie in places of its own ("Xã TY 1"…), like no other unit's. */
  private static Book placed(Book b, String code) {
    for (int i = 0; i < 9; i++) {
      b.sheet("Biểu 1").set("D" + (9 + i), "Xã " + code + " " + (i + 1));
    }
    return b;
  }

  private static JsonNode unit(JsonNode s, String code) {
    for (JsonNode u : s.get("units")) {
      if (u.get("code").asText().equals(code)) {
        return u;
      }
    }
    throw new AssertionError(code);
  }
}
