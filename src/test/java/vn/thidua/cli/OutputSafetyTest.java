package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/** Outputs that cannot hurt their readers, and inputs that are never touched. */
class OutputSafetyTest {
  @TempDir Path dir;

  @Test
  void csvCellsThatWouldRunAsFormulasAreNeutralised() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 4")
        .set("C8", "=HYPERLINK(\"http://x\",\"bấm\")")
        .set("E8", "+1+2")
        .set("D9", "@SUM(A1)")
        .set("C9", "-chị B");
    b.write(in.resolve("tan-yen.xlsx"));
    Path out = dir.resolve("out");
    Run.of("nominate", "--format", "csv", "-o", out.toString(), in.toString());
    try (CSVReader csv =
        new CSVReader(
            Files.newBufferedReader(
                out.resolve("danh-sach-khen-thuong.csv"), StandardCharsets.UTF_8))) {
      List<String[]> rows = csv.readAll();
      String all = String.join("\n", rows.stream().map(r -> String.join("|", r)).toList());
      assertThat(all)
          .contains("'=HYPERLINK(")
          .contains("'+1+2")
          .contains("'@SUM(A1)")
          .contains("'-chị B");
      for (String[] r : rows.subList(1, rows.size())) {
        for (String cell : r) {
          assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        }
      }
    }
  }

  @Test
  void outputNamesNeverComeFromCellContent() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book b = Districts.clean("../../evil", 9);
    b.sheet("Thông tin").set("B3", "Hội LHPN huyện Tân Yên/../../x");
    b.write(in.resolve("tan-yen.xlsx"));
    Path out = dir.resolve("out");
    Run.of("consolidate", "--format", "json,md,csv", "-o", out.toString(), in.toString());
    Run.of("nominate", "--format", "json,csv", "-o", out.toString(), in.toString());
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .map(p -> dir.relativize(p).toString())
                  .sorted()
                  .toList())
          .containsExactly(
              "in/tan-yen.xlsx",
              "out/danh-sach-khen-thuong.csv",
              "out/danh-sach-khen-thuong.json",
              "out/tong-hop.csv",
              "out/tong-hop.json",
              "out/tong-hop.md");
    }
  }

  @Test
  void noCommandEverChangesItsInputs() throws Exception {
    Path in = dir.resolve("samples");
    copy(Path.of("samples/2020"), in);
    Map<String, String> before = digests(in);
    Run.of(
        "validate",
        in.resolve("tan-yen.xlsx").toString(),
        in.resolve("son-dong.xls").toString(),
        in.resolve("khoi-co-quan").toString());
    Run.of("validate", "--format", "json", "--strict", in.resolve("yen-the.xls").toString());
    Run.of(
        "consolidate",
        "--format",
        "json,md,csv",
        "-o",
        dir.resolve("o1").toString(),
        in.toString());
    Run.of("nominate", "--format", "json,csv", "-o", dir.resolve("o2").toString(), in.toString());
    assertThat(digests(in)).isEqualTo(before);
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  static Map<String, String> digests(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(p).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
