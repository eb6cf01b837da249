package vn.thidua.read;

import static java.text.Normalizer.Form.NFD;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testing.Findings.all;
import static vn.thidua.testing.Findings.lines;
import static vn.thidua.testing.Findings.validate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.WorkbookResult;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/** Reading workbooks as districts fill them in: units, tables, headers, encodings. */
class ReaderTest {
  @TempDir Path dir;

  private WorkbookResult run(Book b, String name) throws Exception {
    return validate(b.write(dir.resolve(name)));
  }

  @Test
  void unitComesFromTheCoverByAnyAlias() throws Exception {
    Book b = Districts.clean("H. Lục Ngạn", 9);
    WorkbookResult r = run(b, "bao-cao.xlsx");
    assertThat(r.unit().code()).isEqualTo("LNG");
    assertThat(lines(r)).isEmpty();
  }

  @Test
  void unitComesFromTheTitleBlockWhenTheCoverDoesNotSayIt() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Lục Nam", 9);
    b.sheet("Thông tin").set("B3", null);
    WorkbookResult r = run(b, "bao-cao.xlsx");
    assertThat(r.unit().code()).isEqualTo("LN");
    assertThat(lines(r)).isEmpty();
  }

  @Test
  void unitComesFromTheFileNameLast() throws Exception {
    Book b = Districts.clean("", 9);
    b.sheet("Thông tin").set("B3", null);
    assertThat(run(b, "yen-the.xlsx").unit().code()).isEqualTo("YT");
    assertThat(run(b, "Bao cao Hiep Hoa 2020.xlsx").unit().code()).isEqualTo("HH");
  }

  @Test
  void coverTitleAndFileNameNameTheUnitAsAPersonReadsThem() throws Exception {
    Book b = Districts.clean("", 9);
    b.sheet("Biểu 1").set("A2", null);
    var cover = b.sheet("Thông tin");
    int i = 0;
    for (String[] c :
        new String[][] {
          {"huyện Sơn Động", "SD"},
          {"H.Sơn Động", "SD"},
          {"Huyện Sơn Động, tỉnh Bắc Giang", "SD"},
          {"Sơn Động - Bắc Giang", "SD"},
          {"Son Dong", "SD"},
          {"TP Bắc Giang", "TPBG"},
          {"TP. Bắc Giang", "TPBG"},
          {"Thành phố Bắc Giang", "TPBG"},
          {"Hội Phụ nữ H. Tân Yên", "TY"},
          {"HLHPN huyện Lục Ngạn", "LNG"},
          {"Hội Liên hiệp Phụ nữ huyện Yên Thế", "YT"},
          {java.text.Normalizer.normalize("Hội LHPN huyện Hiệp Hòa", NFD), "HH"},
        }) {
      cover.set("B3", c[0]);
      WorkbookResult r = run(b, "bao-cao-" + i++ + ".xlsx");
      assertThat(r.unit()).as(c[0]).isNotNull();
      assertThat(r.unit().code()).as(c[0]).isEqualTo(c[1]);
      assertThat(lines(r)).as(c[0]).isEmpty();
    }
    cover.set("B3", null);
    var title = b.sheet("Biểu 1");
    for (String[] c :
        new String[][] {
          {"(Kèm theo Báo cáo số 61/BC-HPN ngày 15/9/2020 của Hội Phụ nữ H. Tân Yên)", "TY"},
          {"HLHPN HUYỆN LỤC NGẠN", "LNG"},
          {"HỘI LHPN TP. BẮC GIANG", "TPBG"},
          {"Hội Liên hiệp Phụ nữ huyện Yên Thế, tỉnh Bắc Giang", "YT"},
        }) {
      title.set("A2", c[0]);
      WorkbookResult r = run(b, "bao-cao-" + i++ + ".xlsx");
      assertThat(r.unit()).as(c[0]).isNotNull();
      assertThat(r.unit().code()).as(c[0]).isEqualTo(c[1]);
    }
    title.set("A2", null);
    for (String[] c :
        new String[][] {
          {"huyen-son-dong.xlsx", "SD"},
          {"H.Son Dong.xlsx", "SD"},
          {"son-dong-bac-giang.xlsx", "SD"},
          {"tp-bac-giang.xlsx", "TPBG"},
          {"HLHPN Luc Ngan.xlsx", "LNG"},
          {"Bao cao Hoi Phu nu H. Tan Yen 2020.xlsx", "TY"},
        }) {
      WorkbookResult r = run(b, c[0]);
      assertThat(r.unit()).as(c[0]).isNotNull();
      assertThat(r.unit().code()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void namesThatAreNotAUnitStayUnknown() throws Exception {
    Book b = Districts.clean("", 9);
    b.sheet("Biểu 1").set("A2", null);
    int i = 0;
    for (String written : new String[] {"Hội LHPN tỉnh Bắc Giang", "huyện Tam Đảo", "Sơn"}) {
      b.sheet("Thông tin").set("B3", written);
      WorkbookResult r = run(b, "bao-cao-" + i++ + ".xlsx");
      assertThat(r.unit()).as(written).isNull();
      assertThat(lines(r))
          .as(written)
          .containsExactly("- error unit.unknown", "Thông tin!B3 warning unit.cover.unknown");
    }
    b.sheet("Thông tin").set("B3", null);
    for (String name : new String[] {"bac-giang.xlsx", "tam-dao.xlsx", "son.xlsx"}) {
      assertThat(run(b, name).unit()).as(name).isNull();
    }
  }

  @Test
  void theProvinceLineNeverNamesAUnit() throws Exception {
    Book b = Districts.clean("", 9);
    b.sheet("Thông tin").set("B3", null);
    WorkbookResult r = run(b, "bao-cao.xlsx");
    assertThat(r.unit()).isNull();
    assertThat(lines(r)).containsExactly("- error unit.unknown");
  }

  @Test
  void coverAndTitleNamingTwoUnitsIsAWarningAndTheCoverWins() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 1").set("A2", "HỘI LHPN HUYỆN YÊN THẾ");
    WorkbookResult r = run(b, "bao-cao.xlsx");
    assertThat(r.unit().code()).isEqualTo("TY");
    assertThat(lines(r)).containsExactly("Thông tin!B3 warning unit.conflict");
  }

  @Test
  void unrecognisedCoverUnitFallsBackWithAWarning() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Lục Nam", 9);
    b.sheet("Thông tin").set("B3", "Phòng Nội vụ");
    WorkbookResult r = run(b, "bao-cao.xlsx");
    assertThat(r.unit().code()).isEqualTo("LN");
    assertThat(lines(r)).containsExactly("Thông tin!B3 warning unit.cover.unknown");
  }

  @Test
  void tablesOnSheetsWithOtherNamesAreFoundByTheirHeaders() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    // Same content, sheets called "Sheet1"… in another order.
    b.write(dir.resolve("tmp.xlsx"));
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("tmp.xlsx").toFile())) {
      wb.setSheetName(1, "Sheet3");
      wb.setSheetName(2, "Sheet1");
      wb.setSheetName(3, "Sheet4");
      wb.setSheetName(4, "Sheet2");
      wb.setSheetOrder("Sheet4", 1);
      try (var out = Files.newOutputStream(dir.resolve("renamed.xlsx"))) {
        wb.write(out);
      }
    }
    WorkbookResult r = validate(dir.resolve("renamed.xlsx"));
    assertThat(r.unit().code()).isEqualTo("TY");
    assertThat(lines(r)).isEmpty();
  }

  @Test
  void headerVariantsAreMatched() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 1")
        .set("A6", "TT")
        .set("B6", "TEN CON DUONG")
        .set("C6", "Thôn,\ntổ  dân phố")
        .set("D6", "xa, phuong, thi tran")
        .set("E6", "Chiều dài\n(mét)")
        .set("F6", "TIEU CHUAN")
        .set("L6", "KINH PHI (TRIEU  DONG)")
        .set("G7", "So bong\ndien")
        .set("M7", "Nhân dân\nđóng góp");
    b.sheet("Biểu 3").set("C6", "Tổng số cán bộ,\nhội viên");
    assertThat(lines(run(b, "tan-yen.xlsx"))).isEmpty();
  }

  @Test
  void aTitleMergedAcrossRightAboveTheHeaderIsNotAGroupHeader() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 1")
        .set("A5", "(Kèm theo Báo cáo số 61/BC-HPN ngày 15/9/2020 của Hội LHPN huyện Tân Yên)")
        .merge("A5:P5");
    b.sheet("Biểu 3").set("A5", "Đơn vị tính: người").merge("A5:E5");
    assertThat(lines(run(b, "tan-yen.xlsx"))).isEmpty();
  }

  @Test
  void aSubHeaderCountsOnlyUnderItsGroup() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    // Without "Kinh phí" over it, "Hội" alone says nothing: an extra column, not the union's funds.
    b.sheet("Biểu 1").set("L6", null);
    WorkbookResult r = run(b, "tan-yen.xlsx");
    assertThat(all(r)).contains("Biểu 1!L7 info column.extra");
    assertThat(lines(r)).isEmpty();
  }

  @Test
  void hiddenSheetsAreReadOnlyWhenTheyHoldATable() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 4").hidden();
    b.sheet("DM").row(1, "Danh mục xã").row(2, "Xã A").hidden();
    b.sheet("Biểu 4").set("H8", null);
    WorkbookResult r = run(b, "tan-yen.xlsx");
    assertThat(lines(r)).containsExactly("Biểu 4!H8 error nomination.criteria.missing");
    assertThat(all(r)).contains("DM info sheet.ignored");
  }

  @Test
  void legacyTcvn3TextIsConvertedWithOneWarningPerSheet() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 2")
        .row(
            6,
            "STT",
            "Tªn hµnh ®éng",
            "Lo¹i hµnh ®éng",
            "CÊp thùc hiÖn",
            "§¬n vÞ thùc hiÖn",
            "Sè ng\u00adêi h\u00adëng lîi",
            "Gi¸ trÞ (triÖu ®ång)",
            "Ngµy thùc hiÖn",
            "Ghi chó")
        .set("C7", "X©y dùng nhµ \"M¸i Êm t×nh th\u00ad¬ng\"")
        .set("D7", "C¬ së")
        .set("C9", "Ch¨m lo cho trÎ em")
        .set("D9", "HuyÖn");
    WorkbookResult r = run(b, "tan-yen.xlsx");
    assertThat(lines(r))
        .containsExactlyInAnyOrder(
            "Biểu 2 warning sheet.tcvn3", "Biểu 2!C9 error action.type.unknown");
    assertThat(r.findings())
        .filteredOn(f -> "C9".equals(f.cell()))
        .first()
        .satisfies(f -> assertThat(f.value()).isEqualTo("Chăm lo cho trẻ em"));
  }

  @Test
  void ordinaryUnicodeIsNeverTakenForTcvn3() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 2")
        .set("B7", "Hiến 80 m² đất, «Nhà sạch»")
        .set("E7", "Bà Tú")
        .set("E8", "Ông Hà")
        .set("I8", "Nhiệt độ 37°C ± 2")
        .set("C9", "Chăm lo cho trẻ em");
    WorkbookResult r = run(b, "tan-yen.xlsx");
    assertThat(lines(r)).containsExactly("Biểu 2!C9 error action.type.unknown");
  }

  @Test
  void csvFolderWithSemicolonsAndBom() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("Khoi doanh nghiep"));
    String bom = "\uFEFF";
    Files.writeString(
        folder.resolve("Thông tin.csv"),
        bom + "Đơn vị báo cáo;Hội LHPN Khối doanh nghiệp tỉnh\nNgày báo cáo;12/09/2020\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("Biểu 1.csv"),
        bom
            + "STT;Tên con đường;Xã, phường, thị trấn;Huyện;Chiều dài (m);Điện chiếu sáng;Số bóng điện;"
            + "Trồng hoa, cây xanh;Sạch, không rác thải;Gắn biển;Ngày hoàn thành\n"
            + "1;\"Đường \"\"Sáng - Xanh\"\"\";Xã An Lập;Sơn Động;\"1.200\";x;30;x;x;x;30/08/2020\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("Biểu 2.csv"),
        "STT;Tên hành động;Loại hành động;Cấp thực hiện\n1;Tặng quà;Khác;Huyện\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("Biểu 3.csv"),
        "STT;Cơ sở Hội;Tổng số cán bộ, hội viên;Số đăng ký hành động\n1;Công ty A;\"1.000\";\"1.000\"\n;Tổng cộng;1000;1000\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("Biểu 4.csv"),
        "STT;Hình thức;Tên tập thể, cá nhân;Hành động thiết thực tiêu biểu;TC1;TC2;TC3;TC4;TC5\n"
            + "1;Tập thể;Công ty A;Làm đường;x;x;x;x;x\n",
        StandardCharsets.UTF_8);
    WorkbookResult r = validate(folder);
    assertThat(r.unit().code()).isEqualTo("KDN");
    assertThat(r.reportDate()).isEqualTo(LocalDate.of(2020, 9, 12));
    assertThat(lines(r)).isEmpty();
  }

  @Test
  void aWorkbookWithNoneOfTheTablesIsNotAReport() throws Exception {
    Book b = new Book();
    b.sheet("Sheet1").row(1, "Danh sách", "khác");
    WorkbookResult r = run(b, "khac.xlsx");
    assertThat(r.readable()).isFalse();
    assertThat(lines(r)).containsExactly("- error file.not_report");
  }

  @Test
  void defaultConfigLoads() {
    assertThat(ConfigLoader.loadDefault().config().tables()).hasSize(4);
  }
}
