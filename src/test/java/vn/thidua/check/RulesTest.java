package vn.thidua.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testing.Findings.lines;
import static vn.thidua.testing.Findings.validate;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.model.WorkbookResult;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/** Each campaign rule on a clean workbook spoiled in one place. */
class RulesTest {
  @TempDir Path dir;

  private WorkbookResult run(Book b) throws Exception {
    return validate(b.write(dir.resolve("tan-yen.xlsx")));
  }

  private static Book tanYen() {
    return Districts.clean("Hội LHPN huyện Tân Yên", 9);
  }

  @Test
  void cleanWorkbookHasNoFinding() throws Exception {
    WorkbookResult r = run(tanYen());
    assertThat(r.unit().code()).isEqualTo("TY");
    assertThat(lines(r)).isEmpty();
    assertThat(r.reportDate()).isEqualTo(LocalDate.of(2020, 9, 15));
  }

  @Test
  void shortRoadFailsTheStandardAndTheTarget() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1").set("E11", "0,45 km").set("E18", new Book.Formula("SUM(E9:E17)", 5590));
    assertThat(lines(run(b)))
        .containsExactlyInAnyOrder(
            "Biểu 1!E11 error road.length.min", "Biểu 1 warning road.target");
  }

  @Test
  void eachMissingPartOfTheStandardIsOneErrorOnItsCell() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 10);
    b.sheet("Biểu 1").set("F9", null).set("H10", "không").set("I11", "chưa").set("K12", "-");
    assertThat(lines(run(b)))
        .containsExactlyInAnyOrder(
            "Biểu 1!F9 error road.lighting.missing",
            "Biểu 1!H10 error road.greenery.missing",
            "Biểu 1!I11 error road.clean.missing",
            "Biểu 1!K12 error road.sign.missing",
            "Biểu 1 warning road.target");
  }

  @Test
  void yesNoVariantsAreRead() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1")
        .set("F9", "có")
        .set("F10", "Có")
        .set("F11", "co")
        .set("F12", "✓")
        .set("F13", "v")
        .set("F14", 1)
        .set("F15", true)
        .set("F16", "đạt")
        .set("F17", "X");
    assertThat(lines(run(b))).isEmpty();
  }

  @Test
  void unreadableValuesAreQuotedErrors() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1")
        .set("F9", "có lẽ")
        .set("E10", "khoảng 600")
        .set("L11", "1.5")
        .set("O12", "hôm qua");
    WorkbookResult r = run(b);
    assertThat(lines(r))
        .contains(
            "Biểu 1!F9 error value.yesno.invalid",
            "Biểu 1!E10 error value.length.invalid",
            "Biểu 1!L11 error value.number.ambiguous",
            "Biểu 1!O12 error value.date.invalid");
    assertThat(r.findings())
        .filteredOn(f -> "E10".equals(f.cell()))
        .extracting(f -> f.value())
        .containsExactly("khoảng 600");
  }

  @Test
  void lampsZeroWithLightingIsAWarningButBlankLampsIsNot() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1")
        .set("G9", 0)
        .set("G10", null)
        .set("G18", new Book.Formula("SUM(G9:G17)", 140));
    assertThat(lines(run(b))).containsExactly("Biểu 1!G9 warning road.lamps.zero");
  }

  @Test
  void completionDateOutsideTheWindowOrBlank() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 11);
    b.sheet("Biểu 1").set("O9", LocalDate.of(2020, 2, 10)).set("O10", null).set("O11", "8/2020");
    assertThat(lines(run(b)))
        .containsExactlyInAnyOrder(
            "Biểu 1!O9 error road.date.window",
            "Biểu 1!O10 error value.required",
            "Biểu 1!O11 warning value.date.month_only");
  }

  @Test
  void textDatesInEveryFormAreRead() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1")
        .set("O9", "15/8/2020")
        .set("O10", "20-07-2020")
        .set("O11", "5.6.2020")
        .set("O12", "2020-08-28");
    b.sheet("Biểu 2").set("H7", "10/02/2020");
    assertThat(lines(run(b))).containsExactly("Biểu 2!H7 error action.date.window");
  }

  @Test
  void actionTypesMatchTolerantlyAndUnknownOnesAreErrors() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 2")
        .set("C7", "Mái ấm tình thương")
        .set("C8", "PHONG CHONG DICH COVID-19")
        .set("C9", "Chăm lo cho trẻ em")
        .set("D9", "Tỉnh");
    WorkbookResult r = run(b);
    assertThat(lines(r))
        .containsExactlyInAnyOrder(
            "Biểu 2!C9 error action.type.unknown", "Biểu 2!D9 error value.choice.invalid");
    assertThat(r.findings())
        .filteredOn(f -> "C9".equals(f.cell()))
        .first()
        .satisfies(
            f ->
                assertThat(f.args().get(2).toString())
                    .contains("Xây dựng nhà \"Mái ấm tình thương\"")
                    .contains("Khác"));
  }

  @Test
  void decomposedUnicodeComparesEqual() throws Exception {
    Book b = tanYen();
    String nfd =
        java.text.Normalizer.normalize("Phòng, chống dịch COVID-19", java.text.Normalizer.Form.NFD);
    b.sheet("Biểu 2")
        .set("C7", nfd)
        .set("B6", java.text.Normalizer.normalize("Tên hành động", java.text.Normalizer.Form.NFD));
    assertThat(lines(run(b))).isEmpty();
  }

  @Test
  void memberCounts() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 3")
        .set("D7", 1010)
        .set("D8", 1900)
        .set("E8", 1890)
        .set("E9", 1600)
        .set("D10", new Book.Formula("SUM(D7:D9)", 4410))
        .set("E10", new Book.Formula("SUM(E7:E9)", 4480));
    assertThat(lines(run(b)))
        .containsExactlyInAnyOrder(
            "Biểu 3!D7 error members.registered.max",
            "Biểu 3!D8 warning members.registered.target",
            "Biểu 3!E9 error members.completed.max");
  }

  @Test
  void totalsThatDoNotAddUpAreErrorsPerCell() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 3").set("C10", 4600).set("E10", new Book.Formula("SUM(E7:E8)", 2940));
    WorkbookResult r = run(b);
    assertThat(lines(r))
        .containsExactlyInAnyOrder(
            "Biểu 3!C10 error totals.mismatch", "Biểu 3!E10 error totals.mismatch");
    assertThat(r.findings())
        .filteredOn(f -> "E10".equals(f.cell()))
        .first()
        .satisfies(f -> assertThat(f.args()).contains("=SUM(E7:E8)"));
  }

  @Test
  void totalsSumTheNumbersAsTheToolReadsThem() throws Exception {
    Book b = tanYen();
    // Excel's SUM skips a number typed as text; the tool reads it, so the total is short.
    b.sheet("Biểu 3").set("C8", "2.000").set("C10", new Book.Formula("SUM(C7:C9)", 2500));
    assertThat(lines(run(b))).containsExactly("Biểu 3!C10 error totals.mismatch");
  }

  @Test
  void nominations() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 4")
        .set("H8", null)
        .set("D9", null)
        .set("J9", null)
        .row(10, 3, "Cá nhân", "TRẦN THỊ  B", "Hội viên", "Ủng hộ", "x", "x", "x", "x")
        .row(11, 4, "Khen", "Xã C", null, "Làm đường", "x");
    WorkbookResult r = run(b);
    assertThat(lines(r))
        .containsExactlyInAnyOrder(
            "Biểu 4!H8 error nomination.criteria.missing",
            "Biểu 4!D9 error nomination.position.required",
            "Biểu 4!C10 warning nomination.duplicate",
            "Biểu 4!B11 error nomination.kind.unknown");
    assertThat(r.findings())
        .filteredOn(f -> "H8".equals(f.cell()))
        .first()
        .satisfies(f -> assertThat(f.args()).contains("TC3"));
  }

  @Test
  void lateReportIsAWarningOnTheDateCell() throws Exception {
    Book b = tanYen();
    b.sheet("Thông tin").set("B4", "23/09/2020");
    WorkbookResult r = run(b);
    assertThat(lines(r)).containsExactly("Thông tin!B4 warning report.late");
    assertThat(r.late()).isTrue();
    b.sheet("Thông tin").set("B4", LocalDate.of(2020, 9, 20));
    assertThat(run(b).late()).isFalse();
  }

  @Test
  void blankReportDateIsAnErrorAndNotLate() throws Exception {
    Book b = tanYen();
    b.sheet("Thông tin").set("B4", null);
    WorkbookResult r = run(b);
    assertThat(lines(r)).containsExactly("Thông tin!B4 error value.required");
    assertThat(r.late()).isFalse();
  }

  @Test
  void aReportDateBeforeTheCampaignOrInTheFutureIsAnError() throws Exception {
    Book b = tanYen();
    b.sheet("Thông tin").set("B4", "15/09/2002");
    WorkbookResult r = run(b);
    assertThat(lines(r)).containsExactly("Thông tin!B4 error report.date.implausible");
    assertThat(r.findings().get(0).args())
        .containsExactly("15/09/2002", "Ngày báo cáo", LocalDate.of(2020, 2, 25), LocalDate.now());
    // Tomorrow is after the day of the run, whatever today is.
    b.sheet("Thông tin").set("B4", LocalDate.now().plusDays(1));
    assertThat(lines(run(b))).containsExactly("Thông tin!B4 error report.date.implausible");
    // The deadline itself is plausible, and in time.
    b.sheet("Thông tin").set("B4", LocalDate.of(2020, 9, 20));
    assertThat(lines(run(b))).isEmpty();
  }

  @Test
  void aTableDateAfterTheReportDateIsAWarningUnlessOutsideTheWindow() throws Exception {
    Book b = tanYen();
    // Reported on 15/09/2020: a road completed on the 28th, an action done in October (outside
    // the window: that error alone), a month-only date in September (not after).
    b.sheet("Biểu 1").set("O9", LocalDate.of(2020, 9, 28)).set("O10", "9/2020");
    b.sheet("Biểu 2").set("H7", "05/10/2020");
    assertThat(lines(run(b)))
        .containsExactlyInAnyOrder(
            "Biểu 1!O9 warning date.after_report",
            "Biểu 1!O10 warning value.date.month_only",
            "Biểu 2!H7 error action.date.window");
    // Without a plausible report date there is nothing to compare with.
    b.sheet("Thông tin").set("B4", null);
    assertThat(lines(run(b))).doesNotContain("Biểu 1!O9 warning date.after_report");
  }

  @Test
  void provincialBlocsBuildInSonDong() throws Exception {
    Book b = Districts.clean("Hội LHPN Khối các cơ quan tỉnh", 1);
    // Without a district column the road cannot be shown to lie in Sơn Động.
    assertThat(lines(validate(b.write(dir.resolve("kcq.xlsx")))))
        .containsExactlyInAnyOrder(
            "Biểu 1!9 error road.district.location", "Biểu 1 warning road.target");
    b.sheet("Biểu 1").set("Q6", "Huyện").set("Q9", "Lục Ngạn");
    assertThat(lines(validate(b.write(dir.resolve("kcq2.xlsx")))))
        .containsExactlyInAnyOrder(
            "Biểu 1!Q9 error road.district.location", "Biểu 1 warning road.target");
    b.sheet("Biểu 1").set("Q9", "SON DONG");
    assertThat(lines(validate(b.write(dir.resolve("kcq3.xlsx"))))).isEmpty();
  }

  @Test
  void theBlocsDistrictIsReadAsAPersonReadsIt() throws Exception {
    Book b = Districts.clean("Hội LHPN Khối các cơ quan tỉnh", 1);
    b.sheet("Biểu 1").set("Q6", "Huyện");
    int i = 0;
    for (String written :
        List.of(
            "huyện Sơn Động",
            "H.Sơn Động",
            "H. Sơn Động",
            "Huyện Sơn Động, tỉnh Bắc Giang",
            "Sơn Động - Bắc Giang",
            "Son Dong",
            Normalizer.normalize("huyện Sơn Động", Normalizer.Form.NFD))) {
      b.sheet("Biểu 1").set("Q9", written);
      WorkbookResult r = validate(b.write(dir.resolve("kcq" + i++ + ".xlsx")));
      // No road.target warning either: the one road meets the standard and the unit its target.
      assertThat(lines(r)).as(written).isEmpty();
      assertThat(r.unit().code()).isEqualTo("KCQ");
    }
    for (String written : List.of("Lục Ngạn", "huyện Lục Ngạn", "Sơn", "xã Sơn Động", "Hà Nội")) {
      b.sheet("Biểu 1").set("Q9", written);
      assertThat(lines(validate(b.write(dir.resolve("kcq" + i++ + ".xlsx")))))
          .as(written)
          .containsExactlyInAnyOrder(
              "Biểu 1!Q9 error road.district.location", "Biểu 1 warning road.target");
    }
  }

  @Test
  void missingRequiredColumnIsOneErrorForTheSheet() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 2").set("D6", "Ghi chú thêm");
    WorkbookResult r = run(b);
    assertThat(lines(r)).containsExactly("Biểu 2 error column.missing");
    assertThat(r.findings())
        .filteredOn(f -> f.rule().equals("column.missing"))
        .extracting(f -> f.column())
        .containsExactly("level");
  }

  @Test
  void missingTableIsOneErrorForTheFile() throws Exception {
    Book b = tanYen().removeSheet("Biểu 2");
    assertThat(lines(run(b))).containsExactly("- error table.missing");
  }

  @Test
  void groupRowsAndExtraColumnsAreInfoOnly() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 3")
        .set("F6", "Tỷ lệ (%)")
        .set("F7", 100)
        .row(7, "A", "Khối xã")
        .row(8, 1, "Xã A", 1000, 1000, 990)
        .row(9, 2, "Xã B", 3500, 3500, 3450)
        .set("E10", new Book.Formula("SUM(E8:E9)", 4440));
    WorkbookResult r = run(b);
    assertThat(lines(r)).isEmpty();
    assertThat(vn.thidua.testing.Findings.all(r))
        .contains("Biểu 3!B7 info row.group", "Biểu 3!F6 info column.extra");
  }

  @Test
  void mergedCommuneCellsGiveEveryRowTheirValue() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1").set("D10", null).set("D11", null).merge("D9:D11");
    assertThat(lines(run(b))).isEmpty();
  }

  @Test
  void twentyBlankRowsEndTheTableAndLaterDataIsReported() throws Exception {
    Book b = tanYen();
    var s = b.sheet("Biểu 1").clear(18).clear(20).clear(21);
    s.row(
        30,
        10,
        "Đường lạc",
        "Thôn X",
        "Xã X",
        700,
        "x",
        5,
        "x",
        "x",
        1,
        "x",
        1,
        1,
        1,
        LocalDate.of(2020, 6, 1));
    assertThat(lines(run(b))).isEmpty();
    s.clear(30)
        .row(
            38,
            10,
            "Đường lạc",
            "Thôn X",
            "Xã X",
            700,
            "x",
            5,
            "x",
            "x",
            1,
            "x",
            1,
            1,
            1,
            LocalDate.of(2020, 6, 1));
    assertThat(lines(run(b))).containsExactly("Biểu 1!38 warning table.after_end");
  }

  @Test
  void signatureBlockEndsTheTable() throws Exception {
    Book b = tanYen();
    b.sheet("Biểu 1").row(24, null, "Nguyễn Thị Hường", null, null, "Không phải số");
    assertThat(lines(run(b))).isEmpty();
  }
}
