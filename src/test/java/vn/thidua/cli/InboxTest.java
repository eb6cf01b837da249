package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

  /** A copy of an .xlsx, edited with POI and saved at a given time (the workbook's "modified"). */
  private static Path resave(Path from, Path to, Instant saved, Consumer<XSSFWorkbook> edit)
      throws Exception {
    try (InputStream in = Files.newInputStream(from);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      edit.accept(wb);
      wb.getProperties().getCoreProperties().setModified(Optional.of(Date.from(saved)));
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
    return to;
  }

  private static void set(XSSFWorkbook wb, String sheet, String a1, Object value) {
    CellReference ref = new CellReference(a1);
    Row row = wb.getSheet(sheet).getRow(ref.getRow());
    Cell c = row.getCell(ref.getCol());
    if (c == null) {
      c = row.createCell(ref.getCol());
    }
    if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else {
      c.setCellValue(String.valueOf(value));
    }
  }

  @Test
  void anUnchangedMarkedCopyBesideItsSourceIsSkippedAndAnEditedOneIsTheNewerVersion()
      throws Exception {
    Path in = inbox();
    Path source = tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("tan-yen.xlsx"));
    // The source was saved on the 15th; its marked copy keeps that saved time.
    resave(source, source, Instant.parse("2020-09-15T09:00:00Z"), wb -> {});
    Path copies = Files.createDirectories(dir.resolve("ban-danh-dau"));
    assertThat(Run.of("validate", "--annotate", copies.toString(), source.toString()).code())
        .isZero();
    Path copy =
        Files.copy(copies.resolve("tan-yen.kiem-tra.xlsx"), in.resolve("tan-yen.kiem-tra.xlsx"));

    Run run = consolidate(in);
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode s = summary();
    assertThat(ConsolidateTest.files(s))
        .containsExactly("tan-yen.kiem-tra.xlsx skipped TY", "tan-yen.xlsx used TY");
    assertThat(s.get("rows").get("rejected").asLong()).isZero();
    assertThat(run.out())
        .contains(
            "Bỏ qua \"tan-yen.kiem-tra.xlsx\": bản đánh dấu lỗi chưa sửa của \"tan-yen.xlsx\".");

    // The district fixes the copy, adds a road and saves it the next day: a newer version.
    resave(
        copy,
        copy,
        Instant.parse("2020-09-16T08:00:00Z"),
        wb -> set(wb, "Biểu 1", "B18", "Đường mới thôn Đông"));
    consolidate(in);
    s = summary();
    assertThat(ConsolidateTest.files(s))
        .containsExactly("tan-yen.kiem-tra.xlsx used TY", "tan-yen.xlsx superseded TY");
    assertThat(unit(s, "TY").get("first_report_date").asText()).isEqualTo("2020-09-15");
    rowsAddUp(s);

    // Alone, an unchanged copy is the unit's report like any other.
    Files.delete(source);
    resave(
        copies.resolve("tan-yen.kiem-tra.xlsx"),
        copy,
        Instant.parse("2020-09-15T09:00:00Z"),
        wb -> {});
    consolidate(in);
    assertThat(ConsolidateTest.files(summary())).containsExactly("tan-yen.kiem-tra.xlsx used TY");
  }

  @Test
  void onTheSameReportDateTheLaterSavedVersionIsUsed() throws Exception {
    Path in = inbox();
    Path a = tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("b-tan-yen.xlsx"));
    Path b = tanYen(LocalDate.of(2020, 9, 15), 10).write(in.resolve("a-tan-yen.xlsx"));
    // "b-…" sorts last, and its file is written last, but "a-…" was saved in Excel later.
    resave(a, a, Instant.parse("2020-09-15T08:00:00Z"), wb -> {});
    resave(b, b, Instant.parse("2020-09-15T17:30:00Z"), wb -> {});
    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2020-09-20T00:00:00Z")));
    Files.setLastModifiedTime(b, FileTime.from(Instant.parse("2020-09-19T00:00:00Z")));
    consolidate(in);
    JsonNode s = summary();
    assertThat(unit(s, "TY").get("file").asText()).isEqualTo("a-tan-yen.xlsx");
    assertThat(unit(s, "TY").get("roads").get("reported").asInt()).isEqualTo(10);

    // Saved at the same time too: the later file time, then the path last in name order.
    resave(a, a, Instant.parse("2020-09-15T17:30:00Z"), wb -> {});
    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2020-09-20T00:00:00Z")));
    consolidate(in);
    assertThat(unit(summary(), "TY").get("file").asText()).isEqualTo("b-tan-yen.xlsx");
    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2020-09-19T00:00:00Z")));
    consolidate(in);
    assertThat(unit(summary(), "TY").get("file").asText()).isEqualTo("b-tan-yen.xlsx");
    // The same inputs always give the same choice.
    String first = Files.readString(dir.resolve("out/tong-hop.json"));
    consolidate(in);
    assertThat(Files.readString(dir.resolve("out/tong-hop.json"))).isEqualTo(first);
  }

  @Test
  void aRenamedProvinceReportAndAnotherCampaignsFilesAreSkippedByTheirMark() throws Exception {
    Path in = inbox();
    tanYen(LocalDate.of(2020, 9, 15), 9).write(in.resolve("tan-yen.xlsx"));
    Path earlier = dir.resolve("truoc");
    assertThat(
            Run.of("consolidate", "--as-of", "2020-09-25", "-o", earlier.toString(), "samples/2020")
                .code())
        .isEqualTo(1);
    Files.copy(earlier.resolve("tong-hop.xlsx"), in.resolve("bao-cao-thang-9.xlsx"));
    Path lists = dir.resolve("ds");
    Run.of("nominate", "--as-of", "2020-09-25", "-o", lists.toString(), "samples/2020");
    Files.copy(lists.resolve("danh-sach-khen-thuong.xlsx"), in.resolve("ds-khen.xlsx"));
    // Last year's report of Lục Nam, from last year's template.
    Path old = Districts.clean("Hội LHPN huyện Lục Nam", 9).write(in.resolve("luc-nam-2019.xlsx"));
    resave(
        old,
        old,
        Instant.parse("2019-09-10T00:00:00Z"),
        wb ->
            wb.getProperties()
                .getCustomProperties()
                .addProperty("thidua", "template 90-hanh-dong-2019"));

    Run run = consolidate(in);
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode s = summary();
    assertThat(ConsolidateTest.files(s))
        .containsExactly(
            "bao-cao-thang-9.xlsx skipped",
            "ds-khen.xlsx skipped",
            "luc-nam-2019.xlsx skipped LN",
            "tan-yen.xlsx used TY");
    assertThat(unit(s, "LN").get("status").asText()).isEqualTo("missing");
    assertThat(run.out())
        .contains(
            "Bỏ qua \"bao-cao-thang-9.xlsx\": báo cáo tổng hợp hoặc danh sách do thidua ghi.",
            "Bỏ qua \"luc-nam-2019.xlsx\": tệp của đợt thi đua khác (90-hanh-dong-2019).");
    rowsAddUp(s);
    assertThat(s.get("rows").get("read").asLong()).isEqualTo(9 + 3 + 3 + 2);
  }

  @Test
  void theSamplesAfterWeeksGiveTheSamplesFiguresButForTheCorrection() throws Exception {
    // The inbox of the note: the 2020 samples, plus for several units an unchanged marked copy,
    // a corrected resubmission, a blank template and an earlier province report.
    Path in = inbox();
    try (Stream<Path> s = Files.list(Path.of("samples/2020"))) {
      for (Path p : s.toList()) {
        if (Files.isDirectory(p)) {
          Path d = Files.createDirectories(in.resolve(p.getFileName().toString()));
          try (Stream<Path> csv = Files.list(p)) {
            for (Path f : csv.toList()) {
              Files.copy(f, d.resolve(f.getFileName().toString()));
            }
          }
        } else {
          Files.copy(p, in.resolve(p.getFileName().toString()));
        }
      }
    }
    Path alone = dir.resolve("alone");
    Run.of(
        "consolidate",
        "--format",
        "json",
        "--as-of",
        "2020-10-05",
        "-o",
        alone.toString(),
        in.toString());
    JsonNode before = JSON.readTree(alone.resolve("tong-hop.json").toFile());
    Map<String, String> digestsBefore = digests(in);

    Path copies = Files.createDirectories(dir.resolve("ban-danh-dau"));
    Run.of(
        "validate",
        "--annotate",
        copies.toString(),
        in.resolve("luc-nam.xlsx").toString(),
        in.resolve("son-dong.xls").toString(),
        in.resolve("khoi-co-quan").toString());
    for (String c :
        List.of("luc-nam.kiem-tra.xlsx", "son-dong.kiem-tra.xls", "khoi-co-quan.kiem-tra.xlsx")) {
      Files.copy(copies.resolve(c), in.resolve(c));
    }
    // Tân Yên corrects its short road (Biểu 1!D11, "0,45 km") and sends the report again.
    resave(
        in.resolve("tan-yen.xlsx"),
        in.resolve("tan-yen-da-sua.xlsx"),
        Instant.parse("2020-09-24T10:00:00Z"),
        wb -> set(wb, "Biểu 1", "D11", "600 m"));
    Run.of("template", "--unit", "YD", "-o", in.resolve("bieu-mau-YD.xlsx").toString());
    Files.copy(alone.resolve("tong-hop.json"), in.resolve("tong-hop.json"));
    Path earlier = dir.resolve("truoc");
    Run.of("consolidate", "--as-of", "2020-09-25", "-o", earlier.toString(), "samples/2020");
    Files.copy(earlier.resolve("tong-hop.xlsx"), in.resolve("tong-hop.xlsx"));
    Files.copy(earlier.resolve("tong-hop.xlsx"), in.resolve("bao-cao-tinh-cu.xlsx"));

    Run run = consolidate(in);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    JsonNode after = summary();
    rowsAddUp(after);
    assertThat(after.get("totals").get("units").get("invalid")).isEmpty();
    for (int i = 0; i < before.get("units").size(); i++) {
      JsonNode b = before.get("units").get(i);
      JsonNode a = after.get("units").get(i);
      if (b.get("code").asText().equals("TY")) {
        // The corrected road now meets the standard: one more, and its length.
        assertThat(a.get("roads").get("meeting_standard").asInt())
            .isEqualTo(b.get("roads").get("meeting_standard").asInt() + 1);
        assertThat(a.get("file").asText()).isEqualTo("tan-yen-da-sua.xlsx");
        assertThat(a.get("superseded"))
            .extracting(JsonNode::asText)
            .containsExactly("tan-yen.xlsx");
        assertThat(a.get("first_report_date")).isEqualTo(b.get("first_report_date"));
        assertThat(a.get("status")).isEqualTo(b.get("status"));
        continue;
      }
      for (String part :
          List.of(
              "status",
              "file",
              "report_date",
              "roads",
              "actions",
              "members",
              "nominations",
              "errors",
              "warnings")) {
        assertThat(a.get(part)).as(b.get("code") + " " + part).isEqualTo(b.get(part));
      }
    }
    assertThat(after.get("totals").get("roads").get("meeting_standard").asInt())
        .isEqualTo(before.get("totals").get("roads").get("meeting_standard").asInt() + 1);
    assertThat(after.get("totals").get("units")).isEqualTo(before.get("totals").get("units"));
    assertThat(after.get("duplicates")).isEqualTo(before.get("duplicates"));
    // Every extra file is named on the terminal with what was done with it.
    assertThat(run.out())
        .contains(
            "Bỏ qua \"luc-nam.kiem-tra.xlsx\": bản đánh dấu lỗi chưa sửa của \"luc-nam.xlsx\".",
            "Bỏ qua \"son-dong.kiem-tra.xls\": bản đánh dấu lỗi chưa sửa của \"son-dong.xls\".",
            "Bỏ qua \"khoi-co-quan.kiem-tra.xlsx\": bản đánh dấu lỗi chưa sửa của \"khoi-co-quan/\".",
            "Không dùng \"tan-yen.xlsx\": bản cũ hơn của đơn vị; đã dùng bản \"tan-yen-da-sua.xlsx\"",
            "Bỏ qua \"bieu-mau-YD.xlsx\": biểu mẫu trống, chưa có số liệu.",
            "Bỏ qua \"tong-hop.xlsx\": báo cáo tổng hợp hoặc danh sách do thidua ghi (theo tên tệp).",
            "Bỏ qua \"bao-cao-tinh-cu.xlsx\": báo cáo tổng hợp hoặc danh sách do thidua ghi.");
    // The .json report is no workbook: ignored without a line.
    assertThat(run.out()).doesNotContain("\"tong-hop.json\"");
    for (Map.Entry<String, String> e : digestsBefore.entrySet()) {
      assertThat(digests(in)).containsEntry(e.getKey(), e.getValue());
    }
  }
}
