package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * POI's poc-shared-strings.xlsx (corpus G5): 12,000 cells pointing at one shared string of a
 * megabyte. It is no report, and must say so in one line as quickly as any small file: the string
 * is matched and decoded by its head and once, not once per cell (bench/RESULTS.md).
 */
class HugeSharedStringTest {
  private static final Path G5 =
      Path.of("src/test/resources/corpus/G5-slow__poi_poc-shared-strings.xlsx");

  @Test
  void validateSaysInOneLineThatItIsNoReport() {
    Run run = Run.of("validate", G5.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .singleElement()
        .isEqualTo(
            "thidua: Tệp \""
                + G5
                + "\" không phải báo cáo của đơn vị: không tìm thấy biểu nào (Biểu 1, Biểu 2,"
                + " Biểu 3, Biểu 4) theo tên trang tính hay dòng tiêu đề cột.");
  }

  @Test
  void theOneFindingIsFileNotReport() throws Exception {
    Run run = Run.of("validate", "--format", "json", G5.toString());
    assertThat(run.code()).isEqualTo(2);
    JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
    assertThat(file.get("findings"))
        .singleElement()
        .satisfies(f -> assertThat(f.get("rule").asText()).isEqualTo("file.not_report"));
  }
}
