package vn.thidua.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.Run;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.model.Mark;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.ReadOptions;
import vn.thidua.testing.BadFiles;
import vn.thidua.testing.Districts;
import vn.thidua.testing.DocProperties;
import vn.thidua.testing.Findings;

/**
 * The marked copy in a province inbox (spec/cli.md): it carries thidua's mark, the fingerprint of
 * its source's data and its source's saved time, so that an unchanged copy beside its source is
 * recognised, and one the district edited and saved is a newer version.
 */
class MarkedCopyTest {
  static final String CODE = ConfigLoader.loadDefault().config().campaign().code();
  static final String ANNOTATED = "thidua=annotated " + CODE;

  @TempDir Path dir;

  @Test
  void theCopyOfAnXlsxAnXlsAndACsvFolderCarriesItsSourcesFingerprintAndSavedTime()
      throws Exception {
    Path csv = csvFolder();
    Path out = dir.resolve("ra");
    Run run =
        Run.of(
            "validate",
            "-q",
            "--annotate",
            out.toString(),
            "samples/2020/tan-yen.xlsx",
            "samples/2020/son-dong.xls",
            csv.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    Path[][] pairs = {
      {Path.of("samples/2020/tan-yen.xlsx"), out.resolve("tan-yen.kiem-tra.xlsx")},
      {Path.of("samples/2020/son-dong.xls"), out.resolve("son-dong.kiem-tra.xls")},
      {csv, out.resolve("khoi-co-quan.kiem-tra.xlsx")}
    };
    for (Path[] pair : pairs) {
      WorkbookResult source = Findings.validate(pair[0]);
      WorkbookResult copy = Findings.validate(pair[1]);
      String what = pair[1].getFileName().toString();
      assertThat(source.fingerprint()).as(what).matches("[0-9a-f]{64}");
      assertThat(source.mark()).as(what).isNull();
      assertThat(source.saved()).as(what).isNotNull();

      // Read back with POI: one mark, and the source's fingerprint.
      assertThat(DocProperties.custom(pair[1]))
          .as(what)
          .containsOnlyOnce(ANNOTATED, "thidua-source=" + source.fingerprint());
      // Read back by thidua's reader: the same, the same data, the same saved time.
      assertThat(copy.mark())
          .as(what)
          .isEqualTo(new Mark(Mark.Kind.ANNOTATED, CODE, source.fingerprint()));
      assertThat(copy.fingerprint()).as(what).isEqualTo(source.fingerprint());
      assertThat(copy.saved()).as(what).isEqualTo(source.saved());
    }
    assertThat(Findings.validate(csv).saved()).isEqualTo(Instant.parse("2020-09-11T09:30:15Z"));
    assertThat(DocProperties.modified(pairs[0][1])).isEqualTo("2020-09-15T16:20:00Z");
  }

  @Test
  void aCopyMarkedAgainHasOneMarkOfEachNameAndStillItsDatasFingerprint() throws Exception {
    for (String sample : List.of("samples/2020/tan-yen.xlsx", "samples/2020/son-dong.xls")) {
      String ext = sample.substring(sample.lastIndexOf('.'));
      Path first = dir.resolve("mot");
      Path second = dir.resolve("hai");
      assertThat(Run.of("validate", "-q", "--annotate", first.toString(), sample).code())
          .isEqualTo(1);
      Path copy =
          first.resolve(Path.of(sample).getFileName().toString().replace(ext, ".kiem-tra" + ext));
      assertThat(Run.of("validate", "-q", "--annotate", second.toString(), copy.toString()).code())
          .isEqualTo(1);
      Path again = second.resolve(copy.getFileName().toString().replace(ext, ".kiem-tra" + ext));
      String fingerprint = Findings.validate(Path.of(sample)).fingerprint();
      assertThat(Findings.validate(again).fingerprint()).isEqualTo(fingerprint);
      assertThat(DocProperties.custom(again))
          .filteredOn(p -> p.startsWith("thidua"))
          .containsExactlyInAnyOrder(ANNOTATED, "thidua-source=" + fingerprint);
    }
  }

  @Test
  void aCopyTheDistrictFixedAndSavedHasOtherDataAndALaterSavedTime() throws Exception {
    Path out = dir.resolve("ra");
    Run.of("validate", "-q", "--annotate", out.toString(), "samples/2020/tan-yen.xlsx");
    Path copy = out.resolve("tan-yen.kiem-tra.xlsx");
    Path fixed = dir.resolve("tan-yen-sua.xlsx");
    Instant later = Instant.parse("2020-09-20T08:00:00Z");
    try (InputStream in = Files.newInputStream(copy);
        Workbook wb = WorkbookFactory.create(in)) {
      // The road of 450 m measured again; Excel dates the workbook when it saves it.
      wb.getSheet("Biểu 1").getRow(10).getCell(3).setCellValue(650);
      ((XSSFWorkbook) wb)
          .getProperties()
          .getCoreProperties()
          .setModified(Optional.of(Date.from(later)));
      try (OutputStream o = Files.newOutputStream(fixed)) {
        wb.write(o);
      }
    }
    WorkbookResult source = Findings.validate(Path.of("samples/2020/tan-yen.xlsx"));
    WorkbookResult edited = Findings.validate(fixed);
    assertThat(edited.mark().source()).isEqualTo(source.fingerprint());
    assertThat(edited.fingerprint()).isNotEqualTo(source.fingerprint());
    assertThat(edited.saved()).isEqualTo(later).isAfter(source.saved());
    assertThat(Findings.lines(edited)).doesNotContain("Biểu 1!D11 error road.length.min");
  }

  @Test
  void aPasswordProtectedWorkbooksCopyCarriesItsMarkUnderThePassword() throws Exception {
    Path plain = Districts.clean("Hội LHPN huyện Lục Nam", 9).write(dir.resolve("p.xlsx"));
    Path xlsx = BadFiles.encryptedXlsx(plain, dir.resolve("khoa.xlsx"), "hoi2020");
    Path xls =
        BadFiles.encryptedXls(
            Districts.clean("Hội LHPN huyện Lục Nam", 9), dir.resolve("khoa.xls"), "hoi2020");
    Path out = dir.resolve("ra");
    Run run =
        Run.of(
            "validate",
            "-q",
            "--password",
            "hoi2020",
            "--annotate",
            out.toString(),
            xlsx.toString(),
            xls.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Config config = ConfigLoader.loadDefault().config();
    ReadOptions password = new ReadOptions(null, "hoi2020", null);
    for (Path source : List.of(xlsx, xls)) {
      String name = source.getFileName().toString().replace("khoa.", "khoa.kiem-tra.");
      WorkbookResult s = Findings.validate(config, source, password);
      WorkbookResult c = Findings.validate(config, out.resolve(name), password);
      assertThat(c.mark()).as(name).isEqualTo(new Mark(Mark.Kind.ANNOTATED, CODE, s.fingerprint()));
      assertThat(c.fingerprint()).as(name).isEqualTo(s.fingerprint());
    }
  }

  /** samples/2020/khoi-co-quan with known modification times, the newest not on a second. */
  private Path csvFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("khoi-co-quan"));
    Instant t = Instant.parse("2020-09-10T08:00:00Z");
    try (Stream<Path> files = Files.list(Path.of("samples/2020/khoi-co-quan"))) {
      for (Path f : files.sorted().toList()) {
        Path to = Files.copy(f, folder.resolve(f.getFileName().toString()));
        Files.setLastModifiedTime(to, FileTime.from(t));
        t = t.plusSeconds(3600);
      }
    }
    Path newest = folder.resolve("Biểu 3.csv");
    Files.setLastModifiedTime(newest, FileTime.from(Instant.parse("2020-09-11T09:30:15.250Z")));
    return folder;
  }
}
