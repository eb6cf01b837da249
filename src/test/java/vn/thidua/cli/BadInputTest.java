package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.BadFiles;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/**
 * Everything a province inbox receives: each bad file gives one clear line and exit 2 in validate,
 * a finding in consolidate while the other files are still processed; extreme but valid files
 * simply work.
 */
class BadInputTest {
  @TempDir Path dir;
  Path good;

  @BeforeEach
  void goodWorkbook() throws Exception {
    good = Districts.clean("Hội LHPN huyện Tân Yên", 9).write(dir.resolve("tan-yen.xlsx"));
  }

  /**
   * validate on one bad file: exit 2, one line naming the file on stderr and nothing else, no stack
   * trace.
   */
  private String refused(Path file, String... expected) {
    Run run = Run.of("validate", file.toString());
    assertThat(run.code()).as(file.toString()).isEqualTo(2);
    assertThat(run.out()).as(file.toString()).isEmpty();
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    assertThat(run.err())
        .contains(file.toString())
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.err()).contains(expected);
    return run.err();
  }

  @Test
  void missingFile() {
    refused(dir.resolve("khong-co.xlsx"), "Không tìm thấy");
  }

  @Test
  void folderThatIsNotACsvWorkbook() throws Exception {
    refused(Files.createDirectories(dir.resolve("anh")), "không có tệp .csv");
  }

  @Test
  void emptyFile() throws Exception {
    refused(Files.createFile(dir.resolve("rong.xlsx")), "rỗng");
  }

  @Test
  void truncatedZip() throws Exception {
    refused(BadFiles.truncated(good, dir.resolve("cut.xlsx")), "bị hỏng");
  }

  @Test
  void textAndPdfRenamedXlsx() throws Exception {
    refused(
        Files.writeString(dir.resolve("ghi-chu.xlsx"), "Báo cáo gửi sau"),
        "không phải bảng tính Excel");
    refused(
        Files.write(
            dir.resolve("scan.xlsx"), "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)),
        "không phải bảng tính Excel");
  }

  @Test
  void encryptedWorkbooksNeedThePassword() throws Exception {
    Path xlsx = BadFiles.encryptedXlsx(good, dir.resolve("mat-khau.xlsx"), "hoi2020");
    refused(xlsx, "mật khẩu", "--password");
    Run open = Run.of("validate", "--password", "hoi2020", xlsx.toString());
    assertThat(open.code()).isZero();
    assertThat(open.out()).contains("Hội LHPN huyện Tân Yên (TY): 0 lỗi, 0 cảnh báo");
    refused(
        BadFiles.encryptedXls(
            Districts.clean("Hội LHPN huyện Tân Yên", 9), dir.resolve("mat-khau.xls"), "hoi2020"),
        "--password");
    Run wrong = Run.of("validate", "--password", "sai", xlsx.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("Mật khẩu không đúng");
  }

  @Test
  void xlsbAndOdsSayHowToConvert() throws Exception {
    refused(BadFiles.xlsb(dir.resolve("bao-cao.xlsb")), ".xlsb", "lưu dưới dạng .xlsx");
    refused(BadFiles.ods(dir.resolve("bao-cao.ods")), ".ods", "lưu dưới dạng .xlsx");
  }

  @Test
  void workbookWithNoneOfTheTables() throws Exception {
    Path other =
        new Book()
            .sheet("Danh sách")
            .row(1, "Họ tên", "Ngày sinh")
            .book()
            .write(dir.resolve("khac.xlsx"));
    refused(other, "không phải báo cáo");
  }

  @Test
  void zipBombIsRefusedAndNamesTheCause() throws Exception {
    // Megabytes of blanks deflate about a thousandfold, far past POI's inflate-ratio limit.
    Path bomb =
        BadFiles.rewrite(
            good,
            dir.resolve("bomb.xlsx"),
            (name, xml) ->
                name.contains("worksheets/sheet2")
                    ? xml.replace("</sheetData>", "</sheetData>" + " ".repeat(8 << 20))
                    : xml);
    refused(bomb, "chạm giới hạn an toàn khi giải nén: một phần bên trong nở ra hơn 100 lần");
  }

  @Test
  void externalEntitiesAreNeverFetched() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          hits.incrementAndGet();
          ex.sendResponseHeaders(200, 0);
          ex.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/xxe";
      Path xxe =
          BadFiles.rewrite(
              good,
              dir.resolve("xxe.xlsx"),
              (name, xml) -> {
                if (!name.contains("worksheets/sheet2")) {
                  return xml;
                }
                int decl = xml.indexOf("?>") + 2;
                return xml.substring(0, decl)
                    + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                    + url
                    + "\">]>"
                    + xml.substring(decl);
              });
      Run run = Run.of("validate", xxe.toString());
      assertThat(hits.get()).as("requests to the entity's URL").isZero();
      assertThat(run.err()).doesNotContain("Exception");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void hugeCellsAreQuotedShort() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 1").set("E9", "x".repeat(32_767));
    Run run = Run.of("validate", "--format", "json", b.write(dir.resolve("dai.xlsx")).toString());
    assertThat(run.code()).isEqualTo(1);
    JsonNode f = new ObjectMapper().readTree(run.out()).get("files").get(0).get("findings");
    JsonNode length = null;
    for (JsonNode n : f) {
      if (n.get("cell").asText().equals("E9")) {
        length = n;
      }
    }
    assertThat(length).isNotNull();
    assertThat(length.get("message").asText().length()).isLessThan(400);
  }

  @Test
  void aMillionFormattedEmptyRowsCostNothingButTime() throws Exception {
    Path big = dir.resolve("dinh-dang.xlsx");
    Districts.clean("Hội LHPN huyện Tân Yên", 9).write(big);
    try (var template = new org.apache.poi.xssf.usermodel.XSSFWorkbook(big.toFile());
        SXSSFWorkbook wb = new SXSSFWorkbook(template, 1000)) {
      var style = wb.createCellStyle();
      style.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      SXSSFSheet extra = wb.createSheet("Trống");
      for (int r = 0; r < 1_000_000; r++) {
        extra.createRow(r).setRowStyle(style);
      }
      try (var out = Files.newOutputStream(dir.resolve("trieu-dong.xlsx"))) {
        wb.write(out);
      }
      wb.dispose();
    }
    Run run = Run.of("validate", dir.resolve("trieu-dong.xlsx").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("0 lỗi, 0 cảnh báo");
  }

  @Test
  void allSixteenThousandColumnsGiveOneInfoFinding() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    Object[] header = new Object[16_384];
    Object[] data = new Object[16_384];
    for (int c = 16; c < header.length; c++) {
      header[c] = "Cột " + c;
      data[c] = c;
    }
    var s = b.sheet("Biểu 3");
    Object[] h = {
      "STT", "Cơ sở Hội", "Tổng số cán bộ, hội viên", "Số đăng ký hành động", "Số đã thực hiện"
    };
    System.arraycopy(h, 0, header, 0, h.length);
    s.row(6, header);
    Object[] d = {1, "Xã A", 1000, 1000, 990};
    System.arraycopy(d, 0, data, 0, d.length);
    s.row(7, data);
    Run run =
        Run.of(
            "validate", "--info", "--format", "json", b.write(dir.resolve("rong.xlsx")).toString());
    assertThat(run.code()).isZero();
    long extra = 0;
    for (JsonNode n : new ObjectMapper().readTree(run.out()).get("files").get(0).get("findings")) {
      if (n.get("rule").asText().equals("column.extra")) {
        extra++;
        assertThat(n.get("message").asText()).contains("16.368");
      }
    }
    assertThat(extra).isEqualTo(1);
  }

  @Test
  void consolidateListsBadFilesAndGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("hop-thu"));
    Files.copy(good, in.resolve("tan-yen.xlsx"));
    Files.writeString(in.resolve("luc-nam.xlsx"), "not a workbook");
    BadFiles.encryptedXlsx(good, in.resolve("yen-the.xlsx"), "pw");
    BadFiles.ods(in.resolve("hiep-hoa.ods"));
    Files.createFile(in.resolve("viet-yen.xls"));
    Path out = dir.resolve("out");
    Run run = Run.of("consolidate", "--format", "json", "-o", out.toString(), in.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception");
    // Each file that cannot be read: one line on stderr, nowhere else.
    assertThat(run.err().lines()).hasSize(4).allMatch(l -> l.startsWith("thidua: "));
    for (String bad : List.of("luc-nam.xlsx", "yen-the.xlsx", "hiep-hoa.ods", "viet-yen.xls")) {
      assertThat(run.err().split(bad, -1)).as(bad).hasSize(2);
      assertThat(run.out()).doesNotContain(bad);
    }
    Run quiet =
        Run.of("consolidate", "-q", "--format", "json", "-o", out.toString(), in.toString());
    assertThat(quiet.code()).isEqualTo(1);
    assertThat(quiet.err()).isEmpty();
    JsonNode s = new ObjectMapper().readTree(out.resolve("tong-hop.json").toFile());
    for (JsonNode u : s.get("units")) {
      String code = u.get("code").asText();
      String status = u.get("status").asText();
      switch (code) {
        case "TY" -> assertThat(status).isEqualTo("ok");
        case "LN", "YT", "HH", "VY" -> assertThat(status).as(code).isEqualTo("invalid");
        default -> assertThat(status).as(code).isEqualTo("missing");
      }
    }
  }

  @Test
  void nominateSaysEachUnreadableFileOnce() throws Exception {
    Path in = Files.createDirectories(dir.resolve("hop-thu"));
    Files.writeString(in.resolve("luc-nam.xlsx"), "not a workbook");
    Files.createFile(in.resolve("viet-yen.xls"));
    Path out = dir.resolve("out");
    Run run = Run.of("nominate", "-o", out.toString(), in.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.subList(0, 2))
        .anyMatch(l -> l.contains("luc-nam.xlsx"))
        .anyMatch(l -> l.contains("viet-yen.xls"));
    assertThat(lines.get(2)).isEqualTo("thidua: không đọc được tệp nào; chưa ghi báo cáo.");
  }
}
