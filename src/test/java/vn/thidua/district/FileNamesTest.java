package vn.thidua.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;

/** File names come from config codes and input names only, made safe for any file system. */
class FileNamesTest {
  @TempDir Path dir;

  @Test
  void templateNamesAreTheUnitCodeMadeSafe() {
    assertThat(FileNames.template("TY", TemplateFormat.XLSX)).isEqualTo("bieu-mau-TY.xlsx");
    assertThat(FileNames.template("KDN", TemplateFormat.XLS)).isEqualTo("bieu-mau-KDN.xls");
    assertThat(FileNames.template("Khối/DN", TemplateFormat.XLSX))
        .isEqualTo("bieu-mau-Khoi-DN.xlsx");
    assertThat(FileNames.template("../../etc", TemplateFormat.XLSX)).isEqualTo("bieu-mau-etc.xlsx");
    assertThat(FileNames.template("Đ", TemplateFormat.XLSX)).isEqualTo("bieu-mau-D.xlsx");
    assertThat(FileNames.template("***", TemplateFormat.XLSX)).isEqualTo("bieu-mau-don-vi.xlsx");
  }

  @Test
  void annotatedNamesKeepTheInputsNameAndTakeTheCopysFormat() {
    assertThat(FileNames.annotated(Path.of("samples/2020/tan-yen.xlsx"), "xlsx"))
        .isEqualTo("tan-yen.kiem-tra.xlsx");
    assertThat(FileNames.annotated(Path.of("son-dong.xls"), "xls"))
        .isEqualTo("son-dong.kiem-tra.xls");
    assertThat(FileNames.annotated(Path.of("samples/2020/khoi-co-quan"), "xlsx"))
        .isEqualTo("khoi-co-quan.kiem-tra.xlsx");
    // An .xlsx renamed .xls is copied as what it is.
    assertThat(FileNames.annotated(Path.of("bao-cao.xls"), "xlsx"))
        .isEqualTo("bao-cao.kiem-tra.xlsx");
  }

  @Test
  void twoCodesThatWouldShareAFileAreRefusedBeforeAnythingIsWritten() throws Exception {
    // The config check already refuses codes that differ only in punctuation, case or
    // diacritics: exactly those that the file names would merge.
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("code: KCQ", "code: K/DN")
            .replace("code: KDN", "code: K-DN");
    Path config = Files.writeString(dir.resolve("c.yaml"), yaml);
    Path out = dir.resolve("out");
    Run run = Run.of("template", "-c", config.toString(), "--all", "-o", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("K/DN").contains("K-DN");
    assertThat(out).doesNotExist();
  }
}
