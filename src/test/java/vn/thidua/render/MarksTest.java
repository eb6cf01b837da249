package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.model.Mark;
import vn.thidua.testing.DocProperties;

/**
 * The mark in a workbook of each kind POI writes, set three times: the last one only, beside the
 * district's own custom properties.
 */
class MarksTest {
  @TempDir Path dir;

  @Test
  void theLastMarkSetIsTheOnlyOneInXssfSxssfAndHssf() throws Exception {
    List<Supplier<Workbook>> kinds =
        List.of(XSSFWorkbook::new, () -> new SXSSFWorkbook(new XSSFWorkbook()), HSSFWorkbook::new);
    for (Supplier<Workbook> kind : kinds) {
      Path file;
      try (Workbook wb = kind.get()) {
        file =
            dir.resolve(
                wb.getClass().getSimpleName() + (wb instanceof HSSFWorkbook ? ".xls" : ".xlsx"));
        wb.createSheet("Thông tin").createRow(0).createCell(0).setCellValue("x");
        districtsOwnProperty(wb);
        Marks.set(wb, new Mark(Mark.Kind.ANNOTATED, "90-hanh-dong-2020", "ab12"));
        Marks.set(wb, new Mark(Mark.Kind.ANNOTATED, "thi-đua-2021", "cd34"));
        Marks.set(wb, new Mark(Mark.Kind.TEMPLATE, "thi-đua-2021", null));
        try (OutputStream out = Files.newOutputStream(file)) {
          wb.write(out);
        }
      }
      assertThat(DocProperties.custom(file))
          .as(file.getFileName().toString())
          .containsExactlyInAnyOrder("Người lập=Nguyễn Thị An", "thidua=template thi-đua-2021");
      assertThat(DocProperties.read(file).mark())
          .as(file.getFileName().toString())
          .isEqualTo(new Mark(Mark.Kind.TEMPLATE, "thi-đua-2021", null));
    }
  }

  private static void districtsOwnProperty(Workbook wb) {
    if (wb instanceof HSSFWorkbook h) {
      h.createInformationProperties();
      CustomProperties custom = new CustomProperties();
      custom.put("Người lập", "Nguyễn Thị An");
      h.getDocumentSummaryInformation().setCustomProperties(custom);
    } else {
      XSSFWorkbook x = wb instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : (XSSFWorkbook) wb;
      x.getProperties().getCustomProperties().addProperty("Người lập", "Nguyễn Thị An");
    }
  }
}
