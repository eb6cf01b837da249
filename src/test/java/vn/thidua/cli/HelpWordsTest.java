package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help names the tables and criteria of the config in use, not words written into it. */
class HelpWordsTest {
  private static final String NHA_SACH = "src/test/resources/configs/nha-sach-2021.yaml";

  @TempDir Path dir;

  @AfterEach
  void forget() {
    System.clearProperty(HelpWords.TABLES);
    System.clearProperty(HelpWords.CRITERIA);
  }

  /** Help is printed in one line per sentence or wrapped: compared without the wrapping. */
  private static String help(String... args) {
    Run run = Run.of(args);
    assertThat(run.code()).isZero();
    return run.out().replaceAll("\\s+", " ");
  }

  @Test
  void theDefaultConfigsTablesAndCriteria() {
    assertThat(help("validate", "--help"))
        .contains("tên trang tính (\"Biểu 1\", \"Biểu 2\", \"Biểu 3\", \"Biểu 4\" hay tên khác");
    assertThat(help("nominate", "--help"))
        .contains("(TC1, TC2, TC3, TC4, TC5 (Tập thể); TC1, TC2, TC3, TC4 (Cá nhân))");
    assertThat(help("validate", "--help", "--lang", "en"))
        .contains("sheet name (\"Biểu 1\", \"Biểu 2\", \"Biểu 3\", \"Biểu 4\" or one of its");
  }

  @Test
  void anotherCampaignsHelpNamesItsOwn() {
    String help = help("validate", "-c", NHA_SACH, "--help");
    assertThat(help).contains("(\"Biểu 5\"").doesNotContain("Biểu 1");
  }

  @Test
  void aConfigThatDoesNotLoadLeavesTheGeneralWords() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "campaign: [");
    assertThat(help("validate", "--config", broken.toString(), "--help"))
        .contains("(tên của biểu trong cấu hình hay tên khác");
    assertThat(help("nominate", "-c", broken.toString(), "-h"))
        .contains("(mục criteria của cấu hình)");
  }
}
