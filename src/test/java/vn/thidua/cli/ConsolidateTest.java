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
   * Keys of the shared expected summary that another branch of issue 12 writes (a unit's {@code
   * superseded} versions and {@code first_report_date}, the {@code undated} units): compared when
   * the tool writes them, skipped until then. Every other key must be there.
   */
  private static final Set<String> NOT_YET_WRITTEN =
      Set.of("superseded", "first_report_date", "undated");

  /** Field by field, numbers compared as numbers (1 and 1.0 are one value). */
  private static void assertSame(JsonNode expected, JsonNode actual, String path) {
    assertThat(actual).as(path).isNotNull();
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path).isTrue();
      int skipped = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (NOT_YET_WRITTEN.contains(e.getKey()) && !actual.has(e.getKey())) {
          skipped++;
        } else if (!e.getKey().startsWith("_")) {
          assertSame(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
        }
      }
      assertThat(actual.size())
          .as(path + " has no other field")
          .isEqualTo(expected.size() - skipped);
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
  void twoWorkbooksForOneUnitMakeItInvalidUnlessLatest() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book older = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    older.sheet("Thông tin").set("B4", LocalDate.of(2020, 9, 10));
    older.write(in.resolve("tan-yen-cu.xlsx"));
    Districts.clean("Hội LHPN huyện Tân Yên", 10).write(in.resolve("tan-yen-moi.xlsx"));
    Districts.clean("Hội LHPN huyện Lục Nam", 9).write(in.resolve("luc-nam.xlsx"));

    Path out = dir.resolve("out");
    Run run = Run.of("consolidate", "--format", "json", "-o", out.toString(), in.toString());
    assertThat(run.code()).isEqualTo(1);
    JsonNode s = summary(out);
    JsonNode ty = unit(s, "TY");
    assertThat(ty.get("status").asText()).isEqualTo("invalid");
    assertThat(ty.get("roads").get("reported").asInt()).isZero();
    assertThat(unit(s, "LN").get("roads").get("reported").asInt()).isEqualTo(9);
    assertThat(s.get("rows").get("read").asLong())
        .isEqualTo(s.get("rows").get("used").asLong() + s.get("rows").get("rejected").asLong());
    // Both Tân Yên workbooks are read, neither is used: 9 + 10 roads, 3 + 3 actions, 3 + 3 members,
    // 2 + 2 nominations.
    assertThat(s.get("rows").get("rejected").asLong()).isEqualTo(35);
    assertThat(s.get("totals").get("units").get("invalid").get(0).asText()).isEqualTo("TY");

    Path latest = dir.resolve("latest");
    Run.of("consolidate", "--format", "json", "--latest", "-o", latest.toString(), in.toString());
    JsonNode l = summary(latest);
    assertThat(unit(l, "TY").get("status").asText()).isEqualTo("ok");
    assertThat(unit(l, "TY").get("file").asText()).isEqualTo("tan-yen-moi.xlsx");
    assertThat(unit(l, "TY").get("roads").get("reported").asInt()).isEqualTo(10);
    assertThat(l.get("rows").get("rejected").asLong()).isEqualTo(9 + 3 + 3 + 2);
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

  private static JsonNode unit(JsonNode s, String code) {
    for (JsonNode u : s.get("units")) {
      if (u.get("code").asText().equals(code)) {
        return u;
      }
    }
    throw new AssertionError(code);
  }
}
