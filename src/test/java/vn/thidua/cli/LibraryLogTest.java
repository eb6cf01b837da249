package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries log to the JVM's own stderr, which an in-process run never captures: these tests start
 * thidua's real {@code main} in a JVM of its own, on files that make POI log.
 */
class LibraryLogTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir Path dir;

  record Proc(int code, String out, String err) {}

  private Proc main(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "-cp", System.getProperty("java.class.path"), "-Xshare:auto", Main.class.getName()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Proc(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> filesThatMakePoiLog() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.map(Path::toString)
          .filter(n -> n.contains("/G1") || n.contains("/DEMO-G1"))
          .sorted()
          .toList();
    }
  }

  @Test
  void stderrHoldsThiduasOwnLinesOnly() throws Exception {
    List<String> files = filesThatMakePoiLog();
    assertThat(files).hasSize(5);
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(files);
    Proc p = main(args.toArray(String[]::new));
    assertThat(p.code()).isEqualTo(2);
    // One line per file that could not be read (four: the DEMO report reads), nothing else.
    List<String> lines = p.err().strip().lines().toList();
    assertThat(lines).as(p.err()).hasSize(4).allMatch(l -> l.startsWith("thidua: Tệp "));
    assertThat(p.out()).contains("Hội LHPN huyện Hiệp Hòa (HH): 1 lỗi, 2 cảnh báo");
  }

  @Test
  void aCorrectReportWithABrokenLinkPrintsOnlyItsFindings() throws Exception {
    Proc p =
        main("validate", CORPUS.resolve("DEMO-G1-sample-report-plus-bad-mailto.xlsx").toString());
    assertThat(p.code()).isEqualTo(1);
    assertThat(p.err()).isEmpty();
    assertThat(p.out()).contains("[members.completed.max]");
  }

  @Test
  void debugLetsTheLibrariesSpeak() throws Exception {
    // With --debug what was silenced speaks again: POI's own line about the .xls string table.
    // (The DEMO file's link no longer makes POI speak: thidua reads an .xlsx without POI's
    // package layer, which is what parsed the sheets' relationships.)
    Proc p =
        main(
            "validate",
            "--debug",
            CORPUS
                .resolve("G1d-poi-log-oneline__calamine_gh548_incorrect_sst_unique_count.xls")
                .toString());
    assertThat(p.code()).isEqualTo(2);
    assertThat(p.err()).contains("SSTDeserializer");
    Proc quiet =
        main(
            "validate",
            CORPUS
                .resolve("G1d-poi-log-oneline__calamine_gh548_incorrect_sst_unique_count.xls")
                .toString());
    assertThat(quiet.err()).doesNotContain("SSTDeserializer");
  }
}
