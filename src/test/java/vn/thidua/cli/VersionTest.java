package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.config.ConfigLoader;

/**
 * {@code thidua --version}: the version, the build date (from the jar: see ReleaseZipIT) and the
 * campaign of the config in use.
 */
class VersionTest {
  @TempDir Path dir;

  private Path nextCampaign() throws Exception {
    String yaml =
        ConfigLoader.defaultYaml().replace("code: 90-hanh-dong-2020", "code: thi-dua-2021");
    assertThat(yaml).contains("thi-dua-2021");
    return Files.writeString(dir.resolve("dot-2021.yaml"), yaml);
  }

  @Test
  void namesTheDefaultCampaign() {
    Run run = Run.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "thidua (bản đang phát triển)",
            "Cấu hình đợt thi đua: 90-hanh-dong-2020 (mặc định, có sẵn)",
            "Java " + System.getProperty("java.version"));
    assertThat(Run.of("-V").out()).isEqualTo(run.out());
  }

  @Test
  void speaksEnglishWhenAsked() {
    Run run = Run.of("--version", "--lang", "en");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "thidua (dev)",
            "Campaign config: 90-hanh-dong-2020 (default, embedded)",
            "Java " + System.getProperty("java.version"));
  }

  @Test
  void namesTheCampaignOfTheConfigGivenBeforeOrAfter() throws Exception {
    Path config = nextCampaign();
    for (Run run :
        new Run[] {
          Run.of("-c", config.toString(), "--version"),
          Run.of("--version", "-c", config.toString()),
          Run.of("--version", "--config=" + config)
        }) {
      assertThat(run.code()).isZero();
      assertThat(run.out()).contains("Cấu hình đợt thi đua: thi-dua-2021 (" + config + ")");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void aConfigThatCannotBeReadIsOneLineAndExitTwo() {
    Run run = Run.of("--version", "-c", "khong-co.yaml");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("khong-co.yaml: Không tìm thấy tệp cấu hình \"khong-co.yaml\".");
  }

  @Test
  void aConfigBeforeTheCommandIsTheCommandsConfig() throws Exception {
    Path config = nextCampaign();
    Run before = Run.of("-c", config.toString(), "rules", "--format", "json");
    Run after = Run.of("rules", "--format", "json", "-c", config.toString());
    assertThat(before.code()).isZero();
    assertThat(before.out()).isEqualTo(after.out());
    // Given twice, the command's own wins.
    Run missing = Run.of("-c", "khong-co.yaml", "validate", "samples/2020/tan-yen.xlsx");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("khong-co.yaml");
    Run own =
        Run.of(
            "-c",
            "khong-co.yaml",
            "validate",
            "-c",
            config.toString(),
            "samples/2020/tan-yen.xlsx");
    assertThat(own.code()).isEqualTo(1);
    assertThat(own.err()).isEmpty();
  }

  @Test
  void completionScriptCompletesEveryCommand() {
    Run run = Run.of(ThiduaCommand.COMPLETION);
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("complete -F _complete_thidua")
        .contains("validate kiem-tra consolidate tong-hop nominate khen-thuong")
        .contains("template bieu-mau config cau-hinh rules quy-tac");
    // Hidden from the list of commands: it is for bash and zsh, not the Windows console.
    assertThat(Run.of("--help").out()).doesNotContain(ThiduaCommand.COMPLETION);
  }
}
