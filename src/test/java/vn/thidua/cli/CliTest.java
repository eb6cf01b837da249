package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.config.ConfigLoader;
import vn.thidua.testing.Districts;

/** The command line as users meet it: help, version, exit codes, one-line errors. */
class CliTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"validate", "kiem-tra", "config", "template", "bieu-mau"})
  void everyCommandHasHelpInVietnameseAndEnglish(String command) {
    Run vi = Run.of(command, "--help");
    assertThat(vi.code()).isZero();
    assertThat(vi.out()).contains("Cách dùng:").contains("Tùy chọn:").contains("--lang");
    Run en = Run.of(command, "--help", "--lang", "en");
    assertThat(en.code()).isZero();
    assertThat(en.out()).contains("Usage:").contains("--lang");
  }

  @Test
  void validateHelpStatesItsRules() {
    assertThat(Run.of("validate", "--help").out()).contains("Đơn vị báo cáo").contains("Mã thoát");
    assertThat(Run.of("validate", "--help", "--lang=en").out()).contains("Exit code");
  }

  @Test
  void versionNamesTheDefaultCampaign() {
    Run run = Run.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("thidua").contains("90-hanh-dong-2020");
  }

  @Test
  void noCommandPrintsUsage() {
    Run run = Run.of();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("validate").contains("config");
  }

  @Test
  void unknownOptionIsExitTwoWithOneLineAndAHint() {
    Run run = Run.of("validate", "--frobnicate", "samples/2020/tan-yen.xlsx");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).contains("--frobnicate").contains("--help").doesNotContain("Exception");
  }

  @Test
  void validateWithoutFilesIsAUsageError() {
    Run run = Run.of("validate");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("WORKBOOK");
  }

  @Test
  void missingFileIsExitTwoAndTheOthersAreStillChecked() {
    Run run = Run.of("validate", "samples/2020/none.xlsx", "samples/2020/tan-yen.xlsx");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("samples/2020/none.xlsx")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).contains("tan-yen.xlsx — Hội LHPN huyện Tân Yên (TY): 3 lỗi, 2 cảnh báo");
  }

  @Test
  void fileThatIsNotAWorkbookIsExitTwo() throws Exception {
    Path fake = Files.writeString(dir.resolve("bao-cao.xlsx"), "đây không phải bảng tính");
    Run run = Run.of("validate", "--format", "json", fake.toString());
    assertThat(run.code()).isEqualTo(2);
    var json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("files").get(0).get("findings").get(0).get("rule").asText())
        .isEqualTo("file.format.unknown");
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains(fake.toString());
  }

  @Test
  void exitCodesFollowTheFindings() throws Exception {
    assertThat(Run.of("validate", "samples/2020/khoi-doanh-nghiep.xlsx").code()).isZero();
    assertThat(Run.of("validate", "samples/2020/tan-yen.xlsx").code()).isEqualTo(1);
    // Việt Yên has warnings only: 0, or 1 with --strict.
    assertThat(Run.of("validate", "samples/2020/viet-yen.xlsx").code()).isZero();
    assertThat(Run.of("validate", "--strict", "samples/2020/viet-yen.xlsx").code()).isEqualTo(1);
  }

  @Test
  void englishMessages() {
    Run run = Run.of("validate", "--lang", "en", "samples/2020/tan-yen.xlsx");
    assertThat(run.out())
        .contains("3 errors, 2 warnings")
        .contains("The road is 450 m long; the standard requires at least 500 m")
        .contains("Registered 1,488 of 1,512 cadres and members (98.4%)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--lang en validate samples/2020/tan-yen.xlsx",
        "--lang=en validate samples/2020/tan-yen.xlsx",
        "validate samples/2020/tan-yen.xlsx --lang en",
        "validate --lang=en samples/2020/tan-yen.xlsx",
        "--lang en kiem-tra samples/2020/tan-yen.xlsx"
      })
  void languageBeforeOrAfterTheCommand(String line) {
    Run run = Run.of(line.split(" "));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("3 errors, 2 warnings");
  }

  @Test
  void theCommandsOwnLanguageWins() {
    Run run = Run.of("--lang", "en", "validate", "--lang", "vi", "samples/2020/tan-yen.xlsx");
    assertThat(run.out()).contains("3 lỗi, 2 cảnh báo");
  }

  @Test
  void helpInTheLanguageBeforeOrAfterTheCommand() {
    assertThat(Run.of("--lang", "en", "validate", "--help").out()).startsWith("Usage: ");
    assertThat(Run.of("validate", "--help", "--lang", "en").out()).startsWith("Usage: ");
    assertThat(Run.of("--lang=en", "--help").out()).startsWith("Usage: ").contains("--lang");
    assertThat(Run.of("--help").out()).startsWith("Cách dùng: ").contains("--lang=vi|en");
    assertThat(Run.of("--lang", "en").out()).startsWith("Usage: ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-c khong-co.yaml --lang en validate samples/2020/tan-yen.xlsx",
        "--config khong-co.yaml validate --lang en samples/2020/tan-yen.xlsx",
        "--config=khong-co.yaml --lang=en validate samples/2020/tan-yen.xlsx",
        "--lang en validate samples/2020/tan-yen.xlsx -c khong-co.yaml",
        "validate --config=khong-co.yaml samples/2020/tan-yen.xlsx --lang en"
      })
  void configAndLanguageBeforeOrAfterTheCommand(String line) {
    Run run = Run.of(line.split(" "));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("khong-co.yaml: Config file \"khong-co.yaml\" not found.");
  }

  @Test
  void anUnreadableFileIsSaidOnceOnStderrNotInTheReport() throws Exception {
    Path fake = Files.writeString(dir.resolve("bao-cao.xlsx"), "đây không phải bảng tính");
    String line =
        "thidua: Tệp \""
            + fake
            + "\" không phải bảng tính Excel (.xlsx, .xls) hay thư mục CSV. Hãy mở bằng Excel và"
            + " lưu dưới dạng .xlsx.";
    Run text = Run.of("validate", fake.toString(), "samples/2020/viet-yen.xlsx");
    assertThat(text.code()).isEqualTo(2);
    assertThat(text.err().lines()).containsExactly(line);
    assertThat(text.out())
        .doesNotContain(fake.toString())
        .doesNotContain("file.format.unknown")
        .startsWith("samples/2020/viet-yen.xlsx — Hội LHPN huyện Việt Yên (VY): 0 lỗi, 2 cảnh báo");

    Run json =
        Run.of("validate", "--format", "json", fake.toString(), "samples/2020/viet-yen.xlsx");
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err().lines()).containsExactly(line);
    var files = new ObjectMapper().readTree(json.out()).get("files");
    assertThat(files.get(0).get("file").asText()).isEqualTo(fake.toString());
    assertThat(files.get(0).get("findings").get(0).get("rule").asText())
        .isEqualTo("file.format.unknown");
    assertThat(files.get(1).get("unit").asText()).isEqualTo("VY");

    Run en = Run.of("validate", "--lang", "en", fake.toString());
    assertThat(en.err().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("thidua: ")
        .contains(fake.toString());
    assertThat(en.out()).isEmpty();
  }

  @Test
  void vietnameseNumbersAndDates() {
    Run run = Run.of("validate", "samples/2020/lang-giang.xlsx");
    assertThat(run.out())
        .contains("36.065")
        .contains("36.056")
        .contains("(25/02/2020 – 30/09/2020)");
  }

  @Test
  void unitOptionOverridesDetectionAndUnknownCodesAreRefused() throws Exception {
    Path file = Districts.clean("", 9).write(dir.resolve("bao-cao.xlsx"));
    Run unknown = Run.of("validate", "--format", "json", file.toString());
    assertThat(unknown.out()).contains("\"unit\" : null").contains("unit.unknown");
    Run given = Run.of("validate", "--format", "json", "--unit", "LN", file.toString());
    assertThat(given.out()).contains("\"unit\" : \"LN\"").doesNotContain("unit.unknown");
    Run bad = Run.of("validate", "--unit", "XX", file.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("XX").contains("TPBG");
  }

  @Test
  void configPrintsTheEmbeddedDefault() {
    Run run = Run.of("config");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(ConfigLoader.defaultYaml());
  }

  @Test
  void brokenConfigIsReportedWithLineAndColumn() throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("check: registered <= members", "check: registered <=* members");
    Path file = Files.writeString(dir.resolve("sai.yaml"), yaml);
    int line = vn.thidua.config.ConfigLoaderTest.lineOf(yaml, "check: registered <=* members");
    Run run = Run.of("config", "--check", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(file + ":" + line + ":").contains("registered <=* members");
    Run validate = Run.of("validate", "-c", file.toString(), "samples/2020/tan-yen.xlsx");
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).startsWith(file + ":" + line + ":");
    assertThat(validate.out()).isEmpty();
  }

  @Test
  void missingConfigFileIsExitTwo() {
    Run run = Run.of("validate", "-c", "khong-co.yaml", "samples/2020/tan-yen.xlsx");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("khong-co.yaml: Không tìm thấy tệp cấu hình \"khong-co.yaml\".");
  }
}
