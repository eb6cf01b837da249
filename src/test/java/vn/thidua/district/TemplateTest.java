package vn.thidua.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.DVConstraint;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Mark;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.ReadOptions;
import vn.thidua.testing.DocProperties;
import vn.thidua.testing.Findings;
import vn.thidua.testing.TemplateFill;

/**
 * The blank template: generated for every unit from the config, filled in through POI the way a
 * district would, it validates clean; spoiled, it gives the findings expected; and its data
 * validations, protections and layout read back as intended.
 */
class TemplateTest {
  static final Config CONFIG = ConfigLoader.loadDefault().config();
  static final LocalDate REPORT_DATE = LocalDate.of(2020, 9, 15);

  @TempDir static Path all;
  @TempDir Path dir;

  @BeforeAll
  static void generateForEveryUnit() {
    Run run = Run.of("template", "--all", "-o", all.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(CONFIG.units().size());
  }

  static Path template(Unit u) {
    return all.resolve("bieu-mau-" + u.code() + ".xlsx");
  }

  /** Valid data for one unit: its target of roads (in its location when it has one), etc. */
  static void fillValid(TemplateFill f, Unit u) {
    f.cover("Ngày báo cáo", REPORT_DATE).cover("Người lập biểu", "Nguyễn Thị An");
    f.cover("Số điện thoại", "0912345678");
    int roads = u.target("roads");
    for (int i = 1; i <= roads; i++) {
      f.set("roads", i, "name", "Đường Sáng - Xanh - Sạch đẹp - An toàn thôn " + i)
          .set("roads", i, "hamlet", "Thôn " + i)
          .set("roads", i, "commune", "Xã Số " + i)
          .set("roads", i, "district", u.location())
          .set("roads", i, "length_m", 600 + 10 * i)
          .set("roads", i, "lighting", "x")
          .set("roads", i, "lamps", 20)
          .set("roads", i, "greenery", "x")
          .set("roads", i, "clean", "x")
          .set("roads", i, "cameras", 2)
          .set("roads", i, "sign", "x")
          .set("roads", i, "fund_union", 10)
          .set("roads", i, "fund_people", 20.5)
          .set("roads", i, "fund_other", 5)
          .set("roads", i, "completed_on", LocalDate.of(2020, 6, i))
          .set("roads", i, "note", "Khánh thành");
    }
    f.set("actions", 1, "name", "Xây nhà cho chị A")
        .set("actions", 1, "type", "Xây dựng nhà \"Mái ấm tình thương\"")
        .set("actions", 1, "level", "Cơ sở")
        .set("actions", 1, "place", "Hội LHPN xã A")
        .set("actions", 1, "beneficiaries", 4)
        .set("actions", 1, "value", 60)
        .set("actions", 1, "done_on", LocalDate.of(2020, 7, 1));
    int[][] members = {{1000, 1000, 990}, {2000, 2000, 1950}, {1500, 1500, 1500}};
    for (int i = 0; i < members.length; i++) {
      f.set("members", i + 1, "branch", "Xã " + (char) ('A' + i))
          .set("members", i + 1, "members", members[i][0])
          .set("members", i + 1, "registered", members[i][1])
          .set("members", i + 1, "completed", members[i][2]);
    }
    f.set("nominations", 1, "kind", "Tập thể")
        .set("nominations", 1, "name", "Hội LHPN xã A")
        .set("nominations", 1, "action", "Xây 2 con đường");
    for (String tc : List.of("tc1", "tc2", "tc3", "tc4", "tc5")) {
      f.set("nominations", 1, tc, "x");
    }
    f.set("nominations", 2, "kind", "Cá nhân")
        .set("nominations", 2, "name", "Trần Thị B")
        .set("nominations", 2, "position", "Chủ tịch Hội LHPN xã B")
        .set("nominations", 2, "action", "Vận động 50 triệu đồng");
    for (String tc : List.of("tc1", "tc2", "tc3", "tc4")) {
      f.set("nominations", 2, tc, "x");
    }
  }

  @Test
  void everyUnitsTemplateFilledWithValidDataValidatesWithNoErrorAndNoWarning() throws Exception {
    for (Unit u : CONFIG.units()) {
      Path filled = dir.resolve(u.code() + ".xlsx");
      try (TemplateFill f = TemplateFill.open(template(u), CONFIG)) {
        fillValid(f, u);
        f.save(filled);
      }
      WorkbookResult r = Findings.validate(filled);
      assertThat(Findings.lines(r)).as(u.code()).isEmpty();
      assertThat(r.unit()).as(u.code()).isEqualTo(u);
      assertThat(r.reportDate()).isEqualTo(REPORT_DATE);
    }
    // And through the command line, as a district would check it.
    Run run =
        Run.of("validate", dir.resolve("KCQ.xlsx").toString(), dir.resolve("TY.xlsx").toString());
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out()).contains("(KCQ): 0 lỗi, 0 cảnh báo").contains("(TY): 0 lỗi, 0 cảnh báo");
  }

  @Test
  void theBlankTemplateNeedsOnlyItsReportDateAndItsRoads() {
    for (Unit u : CONFIG.units()) {
      WorkbookResult r = Findings.validate(template(u));
      assertThat(Findings.lines(r))
          .as(u.code())
          .containsExactly("Thông tin!B5 error value.required", "Biểu 1 warning road.target");
      // Nothing of the template is mistaken for data: no error, no group row, no extra column.
      assertThat(Findings.all(r))
          .filteredOn(l -> l.contains("row.group") || l.contains("column."))
          .isEmpty();
    }
  }

  @Test
  void invalidDataGivesTheFindingsAtTheirCells() throws Exception {
    Unit ty = CONFIG.unit("TY").orElseThrow();
    Path filled = dir.resolve("TY-sai.xlsx");
    try (TemplateFill f = TemplateFill.open(template(ty), CONFIG)) {
      fillValid(f, ty);
      f.set("roads", 1, "length_m", 450)
          .set("roads", 2, "lighting", null)
          // Typed past the dropdown (or pasted): Excel's validation does not stop a paste.
          .set("actions", 1, "type", "Chăm lo cho trẻ em")
          .set("members", 1, "registered", 1200);
      f.save(filled);
      // A total typed over its formula, wrong: the totals row is checked like any other.
      Sheet members = f.sheet("members");
      int totals = f.firstDataRow("members") + TemplateWriter.DEFAULT_ROWS;
      Cell total = members.getRow(totals).getCell(f.column("members", "members"));
      assertThat(total.getCellFormula()).isEqualTo("SUM(C9:C38)");
      total.removeFormula();
      total.setCellValue(4000);
      f.save(filled);
    }
    WorkbookResult r = Findings.validate(filled);
    assertThat(Findings.lines(r))
        .containsExactly(
            "Biểu 1 warning road.target",
            "Biểu 1!F10 error road.length.min",
            "Biểu 1!G11 error road.lighting.missing",
            "Biểu 2!C9 error action.type.unknown",
            "Biểu 3!D9 error members.registered.max",
            "Biểu 3!C39 error totals.mismatch");
    assertThat(r.findings())
        .filteredOn(x -> x.rule().equals("road.length.min"))
        .singleElement()
        .satisfies(x -> assertThat(x.value()).isEqualTo("450"));
  }

  @Test
  void theRoadsTableHasEveryConfigColumnUnderTheHeadersOfWorkbookMd() throws Exception {
    for (Unit u : List.of(CONFIG.unit("TY").orElseThrow(), CONFIG.unit("KCQ").orElseThrow())) {
      try (Workbook wb = open(template(u))) {
        for (TableSpec t : CONFIG.tables()) {
          Sheet s = wb.getSheet(t.name());
          boolean twoRows = t.columns().stream().anyMatch(c -> c.group() != null);
          int top = 6;
          int bottom = twoRows ? 7 : 6;
          assertThat(text(s, top, 0)).isEqualTo("STT");
          for (int i = 0; i < t.columns().size(); i++) {
            ColumnSpec c = t.columns().get(i);
            if (c.group() != null) {
              CellRangeAddress g = merged(s, top, i + 1);
              assertThat(text(s, g.getFirstRow(), g.getFirstColumn()))
                  .isEqualTo(t.groups().get(c.group()).header());
              assertThat(g.getLastRow()).isEqualTo(top);
              assertThat(text(s, bottom, i + 1)).isEqualTo(c.sub() != null ? c.sub() : c.header());
            } else {
              assertThat(text(s, top, i + 1)).as(c.key()).isEqualTo(c.header());
              if (twoRows) {
                assertThat(merged(s, top, i + 1))
                    .isEqualTo(new CellRangeAddress(top, bottom, i + 1, i + 1));
              }
            }
          }
          // The column-number row under the header, then the numbered data rows.
          for (int j = 0; j <= t.columns().size(); j++) {
            assertThat(text(s, bottom + 1, j)).isEqualTo("(" + (j + 1) + ")");
          }
          assertThat(s.getRow(bottom + 2).getCell(0).getNumericCellValue()).isEqualTo(1);
        }
        Sheet roads = wb.getSheet("Biểu 1");
        assertThat(text(roads, 6, 4)).isEqualTo("Huyện");
        assertThat(merged(roads, 6, 6)).isEqualTo(CellRangeAddress.valueOf("G7:L7"));
        assertThat(merged(roads, 6, 12)).isEqualTo(CellRangeAddress.valueOf("M7:O7"));
        assertThat(text(roads, 0, 0)).isEqualTo("HỘI LHPN TỈNH BẮC GIANG");
        assertThat(text(roads, 1, 0)).isEqualTo(u.name().toUpperCase(java.util.Locale.ROOT));
        assertThat(text(roads, 0, 8)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(text(roads, 3, 0)).startsWith("BIỂU 1: KẾT QUẢ XÂY DỰNG CON ĐƯỜNG");
        assertThat(text(roads, 4, 0)).startsWith("(Kèm theo báo cáo").endsWith(u.name() + ")");
        assertThat(text(roads, 39, 1)).isEqualTo("Tổng cộng");
        assertThat(roads.getRow(39).getCell(5).getCellFormula()).isEqualTo("SUM(F10:F39)");
        assertThat(text(roads, 41, 0)).isEqualTo("Người lập biểu");
        assertThat(text(roads, 42, 8)).isEqualTo("TM. BAN THƯỜNG VỤ");
        // Frozen under the header, printed landscape on A4, one page wide, headers repeated.
        assertThat(roads.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 9);
        PrintSetup p = roads.getPrintSetup();
        assertThat(p.getLandscape()).isTrue();
        assertThat(p.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(p.getFitWidth()).isEqualTo((short) 1);
        assertThat(p.getFitHeight()).isZero();
        assertThat(roads.getFitToPage()).isTrue();
        assertThat(roads.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("7:9"));
        assertThat(roads.getColumnWidth(1)).isGreaterThan(roads.getColumnWidth(0));
        // The cover carries the unit; the report date cell is empty and date-formatted.
        Sheet cover = wb.getSheet("Thông tin");
        assertThat(text(cover, 3, 0)).isEqualTo("Đơn vị báo cáo");
        assertThat(text(cover, 3, 1)).isEqualTo(u.name());
        assertThat(text(cover, 4, 0)).isEqualTo("Ngày báo cáo");
        assertThat(cover.getRow(4).getCell(1).getCellStyle().getDataFormatString())
            .isEqualTo("dd/mm/yyyy");
        assertThat(text(cover, 5, 0)).isEqualTo("Người lập biểu");
        assertThat(text(cover, 6, 0)).isEqualTo("Số điện thoại");
      }
    }
  }

  @Test
  void dataValidationsReadBack() throws Exception {
    Unit ty = CONFIG.unit("TY").orElseThrow();
    try (Workbook wb = open(template(ty))) {
      Map<String, DataValidation> roads = byFirstCell(wb.getSheet("Biểu 1"));
      // Every input column of the data rows, and only those rows.
      TableSpec roadsSpec = CONFIG.table("roads").orElseThrow();
      for (int i = 0; i < roadsSpec.columns().size(); i++) {
        String col = CellReference.convertNumToColString(i + 1);
        DataValidation dv = roads.get(col + "10");
        assertThat(dv).as(col).isNotNull();
        assertThat(dv.getRegions().getCellRangeAddresses())
            .containsExactly(CellRangeAddress.valueOf(col + "10:" + col + "39"));
        assertThat(dv.getShowPromptBox()).isTrue();
        assertThat(dv.getShowErrorBox()).isTrue();
        assertThat(dv.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(dv.getPromptBoxTitle())
            .isEqualTo(Texts.cut(roadsSpec.columns().get(i).header(), 32));
      }
      DataValidation lighting = roads.get("G10");
      assertList(lighting, "x");
      assertThat(lighting.getPromptBoxText())
          .contains("Đánh x nếu có")
          .contains("để trống nghĩa là không");
      // The arrow shows: showDropDown="false" in the file (the attribute means "hide").
      var xml =
          ((XSSFSheet) wb.getSheet("Biểu 1"))
              .getCTWorksheet()
              .getDataValidations()
              .getDataValidationArray();
      assertThat(xml)
          .filteredOn(x -> x.getSqref().toString().contains("G10:G39"))
          .singleElement()
          .satisfies(x -> assertThat(x.getShowDropDown()).isFalse());
      assertNumber(roads.get("F10"), ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL, "0");
      assertThat(roads.get("F10").getPromptBoxText()).contains("số mét").contains("ít nhất 500 m");
      assertNumber(roads.get("H10"), ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL, "0");
      // "Số bóng điện": an example a road could have, not 1250 lamps.
      assertThat(roads.get("H10").getPromptBoxText()).contains("ví dụ 25)").doesNotContain("1250");
      assertNumber(roads.get("K10"), ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL, "0");
      assertNumber(roads.get("M10"), ValidationType.DECIMAL, OperatorType.GREATER_OR_EQUAL, "0");
      DataValidationConstraint date = roads.get("P10").getValidationConstraint();
      assertThat(date.getValidationType()).isEqualTo(ValidationType.DATE);
      assertThat(date.getOperator()).isEqualTo(OperatorType.BETWEEN);
      assertThat(date.getFormula1()).isEqualTo("DATE(2020,2,25)");
      assertThat(date.getFormula2()).isEqualTo("DATE(2020,9,30)");
      assertThat(roads.get("P10").getPromptBoxText()).contains("25/02/2020 – 30/09/2020");
      // A district's own roads: the district column is free text.
      assertThat(roads.get("E10").getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.TEXT_LENGTH);

      Map<String, DataValidation> actions = byFirstCell(wb.getSheet("Biểu 2"));
      // Action types hold commas and quotes: on the hidden list sheet, through a name.
      DataValidationConstraint types = actions.get("C9").getValidationConstraint();
      assertThat(types.getValidationType()).isEqualTo(ValidationType.LIST);
      assertThat(types.getFormula1()).isEqualTo("DM_action_types");
      Name name = wb.getName("DM_action_types");
      assertThat(name.getRefersToFormula()).isEqualTo("'Danh mục'!$A$1:$A$5");
      Sheet lists = wb.getSheet("Danh mục");
      assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
      List<String> listed = new ArrayList<>();
      lists.forEach(r -> listed.add(r.getCell(0).getStringCellValue()));
      assertThat(listed)
          .containsExactlyElementsOf(
              CONFIG.choiceList("action_types").stream().map(c -> c.name()).toList());
      assertList(actions.get("D9"), "Huyện", "Cơ sở");
      assertNumber(actions.get("F9"), ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL, "0");

      Map<String, DataValidation> members = byFirstCell(wb.getSheet("Biểu 3"));
      // At least one member: a hard bound, unlike the road standard's 500 m.
      assertNumber(members.get("C9"), ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL, "1");

      Map<String, DataValidation> nominations = byFirstCell(wb.getSheet("Biểu 4"));
      assertList(nominations.get("B10"), "Tập thể", "Cá nhân");
      // Tập thể or Cá nhân is who is proposed ("đối tượng"); "hình thức" would be the award.
      assertThat(wb.getSheet("Biểu 4").getRow(6).getCell(1).getStringCellValue())
          .isEqualTo("Đối tượng");
      assertThat(nominations.get("B10").getPromptBoxTitle()).isEqualTo("Đối tượng");
      assertList(nominations.get("J10"), "x");
      assertThat(nominations.get("J10").getPromptBoxText()).contains("Chỉ dùng cho: Tập thể");

      DataValidation reportDate = byFirstCell(wb.getSheet("Thông tin")).get("B5");
      assertThat(reportDate.getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.DATE);
      assertThat(reportDate.getValidationConstraint().getFormula1()).isEqualTo("DATE(2020,2,25)");
      assertThat(reportDate.getPromptBoxText()).contains("20/09/2020");
    }
    // KCQ must build in Sơn Động: the district column offers exactly that.
    try (Workbook wb = open(template(CONFIG.unit("KCQ").orElseThrow()))) {
      assertList(byFirstCell(wb.getSheet("Biểu 1")).get("E10"), "Sơn Động");
    }
  }

  @Test
  void everyPromptAndErrorFitsExcelsLimits() throws Exception {
    for (Unit u : CONFIG.units()) {
      try (Workbook wb = open(template(u))) {
        for (Sheet s : wb) {
          for (DataValidation dv : s.getDataValidations()) {
            assertThat(dv.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32);
            assertThat(dv.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
            assertThat(dv.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
            assertThat(dv.getErrorBoxText()).hasSizeLessThanOrEqualTo(225);
          }
        }
      }
    }
  }

  @Test
  void headersAreLockedDataCellsAreNotAndThereIsNoPassword() throws Exception {
    try (Workbook wb = open(template(CONFIG.unit("TY").orElseThrow()))) {
      for (TableSpec t : CONFIG.tables()) {
        XSSFSheet s = (XSSFSheet) wb.getSheet(t.name());
        assertThat(s.getProtect()).as(t.name()).isTrue();
        assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
        assertThat(s.isInsertRowsLocked()).isFalse();
        assertThat(s.getRow(6).getCell(1).getCellStyle().getLocked()).isTrue();
        assertThat(s.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
      }
      Sheet roads = wb.getSheet("Biểu 1");
      assertThat(roads.getRow(9).getCell(1).getCellStyle().getLocked()).isFalse();
      assertThat(roads.getRow(38).getCell(16).getCellStyle().getLocked()).isFalse();
      assertThat(roads.getRow(39).getCell(5).getCellStyle().getLocked()).isTrue();
      Sheet cover = wb.getSheet("Thông tin");
      assertThat(cover.getProtect()).isTrue();
      assertThat(cover.getRow(3).getCell(1).getCellStyle().getLocked()).isTrue();
      assertThat(cover.getRow(4).getCell(1).getCellStyle().getLocked()).isFalse();
    }
  }

  @Test
  void theInstructionsExplainTheStandardTargetsDeadlineAndCriteria() throws Exception {
    for (Unit u : List.of(CONFIG.unit("TY").orElseThrow(), CONFIG.unit("KDN").orElseThrow())) {
      try (Workbook wb = open(template(u))) {
        assertThat(wb.getSheetName(0)).isEqualTo("Hướng dẫn");
        String text = String.join("\n", column(wb.getSheet("Hướng dẫn")));
        assertThat(text)
            .contains("20/09/2020")
            .contains("25/02/2020 đến 30/09/2020")
            .contains("Chỉ tiêu của đơn vị: " + u.target("roads") + " dòng ở Biểu 1")
            .contains("- Chiều dài (m): bắt buộc ghi; ít nhất 500 m.")
            .contains("- Điện chiếu sáng: bắt buộc có (đánh x).")
            .contains("Tập thể (TC1–TC5):")
            .contains("Cá nhân (TC1–TC4):")
            .contains("- TC5: Được Hội LHPN cấp trên");
        if (u.location() != null) {
          assertThat(text).contains("- Huyện: phải ghi Sơn Động.");
        } else {
          assertThat(text).doesNotContain("phải ghi Sơn Động");
        }
      }
    }
  }

  @Test
  void theXlsTemplateOpensInExcel2003FormatAndValidatesToo() throws Exception {
    Unit kcq = CONFIG.unit("KCQ").orElseThrow();
    Path xls = dir.resolve("kcq.xls");
    Run run = Run.of("template", "--unit", "KCQ", "--format", "xls", "-o", xls.toString());
    assertThat(run.code()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(xls)) {
      assertThat(WorkbookFactory.create(in)).isInstanceOf(HSSFWorkbook.class);
    }
    Path filled = dir.resolve("kcq-filled.xls");
    try (TemplateFill f = TemplateFill.open(xls, CONFIG)) {
      fillValid(f, kcq);
      f.save(filled);
    }
    WorkbookResult r = Findings.validate(CONFIG, filled, ReadOptions.DEFAULT);
    assertThat(Findings.lines(r)).isEmpty();
    assertThat(r.unit()).isEqualTo(kcq);

    try (Workbook wb = open(xls)) {
      HSSFSheet roads = (HSSFSheet) wb.getSheet("Biểu 1");
      assertThat(roads.getProtect()).isTrue();
      assertThat(roads.getPassword()).isZero();
      assertThat(roads.getRow(6).getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(roads.getRow(9).getCell(1).getCellStyle().getLocked()).isFalse();
      Map<String, DataValidation> dvs = byFirstCell(roads);
      assertList(dvs.get("G10"), "x");
      assertList(dvs.get("E10"), "Sơn Động");
      DVConstraint length = (DVConstraint) dvs.get("F10").getValidationConstraint();
      assertThat(length.getValidationType()).isEqualTo(ValidationType.DECIMAL);
      assertThat(length.getValue1()).isZero();
      assertThat(
              byFirstCell(wb.getSheet("Biểu 2")).get("C9").getValidationConstraint().getFormula1())
          .isEqualTo("DM_action_types");
    }
    // A wrong extension for the format is refused rather than written.
    Run wrong =
        Run.of(
            "template", "--unit", "KCQ", "--format", "xls", "-o", dir.resolve("a.xlsx").toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains(".xls");
    assertThat(dir.resolve("a.xlsx")).doesNotExist();
  }

  @Test
  void theTemplateIsMarkedAsThiduasTemplateAndItsCopyOnceFilledAsAnAnnotatedCopy()
      throws Exception {
    Unit kcq = CONFIG.unit("KCQ").orElseThrow();
    Path xls = dir.resolve("kcq.xls");
    assertThat(Run.of("template", "--unit", "KCQ", "--format", "xls", "-o", xls.toString()).code())
        .isZero();
    String code = CONFIG.campaign().code();
    Mark template = new Mark(Mark.Kind.TEMPLATE, code, null);
    for (Path blank : List.of(template(kcq), xls)) {
      String ext = blank.toString().substring(blank.toString().lastIndexOf('.') + 1);
      assertThat(DocProperties.custom(blank)).as(ext).containsExactly("thidua=template " + code);
      assertThat(DocProperties.read(blank).mark()).as(ext).isEqualTo(template);
      assertThat(Findings.validate(blank).mark()).as(ext).isEqualTo(template);

      // Filled in, it is a report that still says where it came from; its marked copy is marked
      // as a copy, and only as one.
      Path filled = dir.resolve("kcq-filled." + ext);
      try (TemplateFill f = TemplateFill.open(blank, CONFIG)) {
        fillValid(f, kcq);
        f.save(filled);
      }
      WorkbookResult r = Findings.validate(filled);
      assertThat(r.mark()).as(ext).isEqualTo(template);
      Path out = dir.resolve("ra-" + ext);
      Run run = Run.of("validate", "-q", "--annotate", out.toString(), filled.toString());
      assertThat(run.code()).as(run.err()).isZero();
      Path copy = out.resolve("kcq-filled.kiem-tra." + ext);
      assertThat(DocProperties.custom(copy))
          .as(ext)
          .filteredOn(p -> p.startsWith("thidua="))
          .containsExactly("thidua=annotated " + code);
      assertThat(Findings.validate(copy).mark())
          .as(ext)
          .isEqualTo(new Mark(Mark.Kind.ANNOTATED, code, r.fingerprint()));
    }
  }

  @Test
  void commandLineChoices() throws Exception {
    assertThat(Run.of("template").code()).isEqualTo(2);
    assertThat(Run.of("template", "--unit", "TY", "--all").code()).isEqualTo(2);
    Run unknown = Run.of("template", "--unit", "XX", "-o", dir.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("XX").contains("TPBG");
    // A folder as -o with --unit: the file is named from the unit code.
    Run one = Run.of("bieu-mau", "--unit", "LNG", "-o", dir.toString());
    assertThat(one.code()).isZero();
    assertThat(dir.resolve("bieu-mau-LNG.xlsx")).isRegularFile();
    Run english =
        Run.of(
            "template", "--unit", "LNG", "--lang", "en", "-o", dir.resolve("en.xlsx").toString());
    assertThat(english.code()).isZero();
    try (Workbook wb = open(dir.resolve("en.xlsx"))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Instructions");
      // The reader's own words stay whatever the language: STT, totals, signature.
      assertThat(text(wb.getSheet("Biểu 1"), 6, 0)).isEqualTo("STT");
      assertThat(text(wb.getSheet("Biểu 1"), 39, 1)).isEqualTo("Tổng cộng");
    }
    assertThat(Findings.lines(Findings.validate(dir.resolve("en.xlsx"))))
        .containsExactly("Thông tin!B5 error value.required", "Biểu 1 warning road.target");
    Run rows = Run.of("template", "--unit", "LNG", "--rows", "0", "-o", dir.toString());
    assertThat(rows.code()).isEqualTo(2);
  }

  @Test
  void nextYearsConfigGetsItsOwnTemplate() throws Exception {
    String config = "src/test/resources/configs/nha-sach-2021.yaml";
    Run run = Run.of("template", "-c", config, "--all", "-o", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path ty = dir.resolve("bieu-mau-TY.xlsx");
    try (Workbook wb = open(ty)) {
      assertThat(wb.getSheet("Biểu 5")).isNotNull();
      assertThat(wb.getSheet("Biểu 1")).isNull();
      Sheet s = wb.getSheet("Biểu 5");
      assertThat(text(s, 6, 5)).isEqualTo("Tiêu chí");
      assertThat(text(s, 7, 5)).isEqualTo("Nhà sạch");
      assertNumber(
          byFirstCell(s).get("D10"), ValidationType.INTEGER, OperatorType.GREATER_OR_EQUAL, "0");
      assertThat(String.join("\n", column(wb.getSheet("Hướng dẫn"))))
          .contains("Chỉ tiêu của đơn vị: 5 dòng ở Biểu 5")
          .contains("- Số hộ tham gia: bắt buộc ghi; ít nhất 10.")
          .contains("15/01/2021 đến 30/11/2021");
    }
    Config next = ConfigLoader.load(Path.of(config)).config();
    assertThat(Findings.lines(Findings.validate(next, ty, ReadOptions.DEFAULT)))
        .containsExactly("Thông tin!B5 error value.required", "Biểu 5 warning model.target");
  }

  // ---- helpers

  static Workbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return WorkbookFactory.create(in);
    }
  }

  static String text(Sheet s, int row, int col) {
    var r = s.getRow(row);
    var c = r == null ? null : r.getCell(col);
    return c == null ? null : c.getStringCellValue();
  }

  static CellRangeAddress merged(Sheet s, int row, int col) {
    return s.getMergedRegions().stream()
        .filter(m -> m.isInRange(row, col))
        .findFirst()
        .orElse(null);
  }

  static List<String> column(Sheet s) {
    List<String> lines = new ArrayList<>();
    s.forEach(r -> lines.add(r.getCell(0).getStringCellValue()));
    return lines;
  }

  static Map<String, DataValidation> byFirstCell(Sheet s) {
    Map<String, DataValidation> out = new LinkedHashMap<>();
    for (DataValidation dv : s.getDataValidations()) {
      CellRangeAddress a = dv.getRegions().getCellRangeAddresses()[0];
      out.put(new CellReference(a.getFirstRow(), a.getFirstColumn()).formatAsString(), dv);
    }
    return out;
  }

  static void assertList(DataValidation dv, String... values) {
    assertThat(dv.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
    assertThat(dv.getValidationConstraint().getExplicitListValues()).containsExactly(values);
  }

  static void assertNumber(DataValidation dv, int type, int operator, String bound) {
    DataValidationConstraint c = dv.getValidationConstraint();
    assertThat(c.getValidationType()).isEqualTo(type);
    assertThat(c.getOperator()).isEqualTo(operator);
    assertThat(c.getFormula1()).isEqualTo(bound);
  }
}
