package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/**
 * consolidate and nominate on a province inbox as it fills up over weeks, built by the tests:
 * versions of one unit, undated reports, blank templates, lock files, thidua's own outputs.
 */
class InboxTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private Path inbox() throws Exception {
    return Files.createDirectories(dir.resolve("hop-thu"));
  }

  private static Book tanYen(LocalDate reported, int roads) {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", roads);
    b.sheet("Thông tin").set("B4", reported);
    return b;
  }

  private Run consolidate(Path in, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "consolidate",
                "--format",
                "json",
                "--as-of",
                "2020-10-05",
                "-o",
                dir.resolve("out").toString()));
    args.addAll(List.of(more));
    args.add(in.toString());
    return Run.of(args.toArray(String[]::new));
  }

  private JsonNode summary() throws Exception {
    return JSON.readTree(dir.resolve("out/tong-hop.json").toFile());
  }

  private static JsonNode unit(JsonNode s, String code) {
    for (JsonNode u : s.get("units")) {
      if (u.get("code").asText().equals(code)) {
        return u;
      }
    }
    throw new AssertionError(code);
  }

  private static void rowsAddUp(JsonNode s) {
    JsonNode rows = s.get("rows");
    assertThat(rows.get("read").asLong())
        .isEqualTo(rows.get("used").asLong() + rows.get("rejected").asLong());
  }

  /** SHA-256 of every file under a folder, to show a run changed none of its inputs. */
  private static Map<String, String> digests(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(p).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }

  @Test
  void aCorrectionAfterTheDeadlineOfAReportInTimeKeepsTheUnitInTime() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("tan-yen.xlsx"));
    // Corrected and sent again on the 25th, after the deadline of the 20th: one more road.
    tanYen(LocalDate.of(2020, 9, 25), 10).write(in.resolve("tan-yen-sua.xlsx"));
    Map<String, String> before = digests(in);

    Run run = consolidate(in);
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode s = summary();
    JsonNode ty = unit(s, "TY");
    assertThat(ty.get("status").asText()).isEqualTo("ok");
    assertThat(ty.get("file").asText()).isEqualTo("tan-yen-sua.xlsx");
    assertThat(ty.get("report_date").asText()).isEqualTo("2020-09-25");
    assertThat(ty.get("first_report_date").asText()).isEqualTo("2020-09-15");
    assertThat(ty.get("roads").get("reported").asInt()).isEqualTo(10);
    // In time, so no late warning, though the version used is dated after the deadline; and its
    // nominations are eligible.
    assertThat(ty.get("warnings").asInt()).isZero();
    assertThat(ty.get("nominations").get("eligible").asInt()).isEqualTo(2);
    assertThat(s.get("totals").get("units").get("late")).isEmpty();
    rowsAddUp(s);
    assertThat(s.get("rows").get("rejected").asLong()).isEqualTo(9 + 3 + 3 + 2);
    assertThat(run.out()).doesNotContain("nộp muộn:");
    assertThat(digests(in)).isEqualTo(before);

    // nominate judges the same way.
    Path nom = dir.resolve("nom");
    Run n =
        Run.of(
            "nominate", "--format", "json", "--as-of", "2020-10-05", "-o", nom.toString(), "" + in);
    JsonNode list = JSON.readTree(nom.resolve("danh-sach-khen-thuong.json").toFile());
    assertThat(n.code()).isZero();
    assertThat(list.get("eligible").asInt()).isEqualTo(2);
  }

  @Test
  void aUnitWhoseEveryVersionIsLateIsLateOnItsFirstDate() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 22), 9).write(in.resolve("tan-yen.xlsx"));
    tanYen(LocalDate.of(2020, 9, 28), 9).write(in.resolve("tan-yen-2.xlsx"));
    Run run = consolidate(in);
    JsonNode ty = unit(summary(), "TY");
    assertThat(ty.get("status").asText()).isEqualTo("late");
    assertThat(ty.get("first_report_date").asText()).isEqualTo("2020-09-22");
    assertThat(ty.get("nominations").get("eligible").asInt()).isZero();
    assertThat(ty.get("warnings").asInt()).isEqualTo(1);
    assertThat(run.out())
        .contains("Hội LHPN huyện Tân Yên nộp muộn: báo cáo đầu tiên ngày 22/09/2020, sau hạn");
  }

  @Test
  void anUndatedReportCountsButItsNominationsDoNot() throws Exception {
    Path in = inbox();
    Book b = tanYen(null, 9);
    b.write(in.resolve("tan-yen.xlsx"));
    Run run = consolidate(in);
    assertThat(run.code()).isEqualTo(1);
    JsonNode s = summary();
    JsonNode ty = unit(s, "TY");
    assertThat(ty.get("status").asText()).isEqualTo("undated");
    assertThat(ty.get("report_date").isNull()).isTrue();
    assertThat(ty.get("first_report_date").isNull()).isTrue();
    assertThat(ty.get("roads").get("reported").asInt()).isEqualTo(9);
    assertThat(ty.get("nominations").get("eligible").asInt()).isZero();
    assertThat(ty.get("errors").asInt()).isEqualTo(1);
    assertThat(s.get("totals").get("units").get("undated").get(0).asText()).isEqualTo("TY");
    assertThat(s.get("totals").get("roads").get("reported").asInt()).isEqualTo(9);
    assertThat(run.out()).contains("Hội LHPN huyện Tân Yên không có ngày báo cáo hợp lệ");

    Path nom = dir.resolve("nom");
    Run.of("nominate", "--format", "json", "--as-of", "2020-10-05", "-o", nom.toString(), "" + in);
    JsonNode list = JSON.readTree(nom.resolve("danh-sach-khen-thuong.json").toFile());
    for (JsonNode n : list.get("nominations")) {
      assertThat(n.get("eligible").asBoolean()).isFalse();
      assertThat(n.get("reasons").toString()).contains("không có ngày báo cáo hợp lệ");
    }
    Run.of(
        "nominate",
        "--lang",
        "en",
        "--format",
        "json",
        "--as-of",
        "2020-10-05",
        "-o",
        nom.toString(),
        "" + in);
    assertThat(Files.readString(nom.resolve("danh-sach-khen-thuong.json")))
        .contains("has no valid report date");
  }

  @Test
  void aDatedVersionWinsOverAnUndatedOrImplausibleOne() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 10), 9).write(in.resolve("tan-yen.xlsx"));
    tanYen(null, 11).write(in.resolve("tan-yen-khong-ngay.xlsx"));
    // A date in the future of the run (--as-of 05/10/2020) is not plausible.
    tanYen(LocalDate.of(2020, 12, 1), 12).write(in.resolve("tan-yen-tuong-lai.xlsx"));
    consolidate(in);
    JsonNode s = summary();
    JsonNode ty = unit(s, "TY");
    assertThat(ty.get("file").asText()).isEqualTo("tan-yen.xlsx");
    assertThat(ty.get("status").asText()).isEqualTo("ok");
    assertThat(ty.get("superseded")).hasSize(2);
    rowsAddUp(s);
  }

  @Test
  void blankTemplatesLockFilesAndOwnReportsAreSkippedWithALineEach() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("tan-yen.xlsx"));
    assertThat(
            Run.of("template", "--unit", "LN", "-o", in.resolve("bieu-mau-LN.xlsx").toString())
                .code())
        .isZero();
    // A template saved under a unit's name is still blank.
    Files.copy(in.resolve("bieu-mau-LN.xlsx"), in.resolve("luc-nam.xlsx"));
    Files.writeString(in.resolve("~$tan-yen.xlsx"), "Excel lock file");
    Files.writeString(in.resolve("tong-hop.xlsx"), "an earlier province report");
    Files.writeString(in.resolve("cong-van.pdf"), "%PDF not a workbook");
    Path hidden = Files.createDirectories(in.resolve(".cu"));
    tanYen(LocalDate.of(2020, 9, 19), 9).write(hidden.resolve("tan-yen.xlsx"));

    Run run = consolidate(in);
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode s = summary();
    assertThat(ConsolidateTest.files(s))
        .containsExactly(
            ".cu/ skipped",
            "bieu-mau-LN.xlsx skipped LN",
            "luc-nam.xlsx skipped LN",
            "tan-yen.xlsx used TY",
            "tong-hop.xlsx skipped",
            "~$tan-yen.xlsx skipped");
    assertThat(unit(s, "LN").get("status").asText()).isEqualTo("missing");
    assertThat(unit(s, "TY").get("file").asText()).isEqualTo("tan-yen.xlsx");
    rowsAddUp(s);
    assertThat(s.get("rows").get("rejected").asLong()).isZero();
    assertThat(run.out())
        .contains(
            "Bỏ qua \"bieu-mau-LN.xlsx\": biểu mẫu trống, chưa có số liệu.",
            "Bỏ qua \"luc-nam.xlsx\": biểu mẫu trống, chưa có số liệu.",
            "Bỏ qua \"~$tan-yen.xlsx\": tệp khóa tạm của Excel",
            "Bỏ qua \"tong-hop.xlsx\": báo cáo tổng hợp hoặc danh sách do thidua ghi (theo tên tệp).",
            "Bỏ qua \".cu/\": tệp hoặc thư mục ẩn.")
        .doesNotContain("cong-van.pdf");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theRunsOwnOutputFolderInsideTheInboxIsNotRead() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("tan-yen.xlsx"));
    Path out = in.resolve("ket-qua");
    Run first = Run.of("consolidate", "--as-of", "2020-10-05", "-o", out.toString(), in.toString());
    assertThat(first.code()).isZero();
    // Run again: its own reports sit in the inbox now.
    Run again =
        Run.of(
            "consolidate",
            "--format",
            "json",
            "--as-of",
            "2020-10-05",
            "-o",
            out.toString(),
            in.toString());
    assertThat(again.code()).isZero();
    JsonNode s = JSON.readTree(out.resolve("tong-hop.json").toFile());
    assertThat(ConsolidateTest.files(s))
        .containsExactly("ket-qua/ skipped", "tan-yen.xlsx used TY");
  }

  @Test
  void anOutputFolderThatCannotBeWrittenStopsTheRunBeforeAnythingIsRead() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("tan-yen.xlsx"));
    Path file = Files.writeString(dir.resolve("ket-qua"), "a file where the folder should be");
    Run run = Run.of("consolidate", "-o", file.resolve("tong-hop").toString(), in.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("không ghi được vào thư mục", "là một tệp, không phải thư mục")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    Run nominate = Run.of("nominate", "-o", file.toString(), in.toString());
    assertThat(nominate.code()).isEqualTo(2);
    assertThat(nominate.err()).contains("là một tệp, không phải thư mục");
  }

  @Test
  void anInboxWithoutAnyUnitsReportWritesNothing() throws Exception {
    Path in = inbox();
    assertThat(
            Run.of("template", "--unit", "LN", "-o", in.resolve("bieu-mau-LN.xlsx").toString())
                .code())
        .isZero();
    Run run = consolidate(in);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("không có tệp nào là báo cáo của một đơn vị");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
