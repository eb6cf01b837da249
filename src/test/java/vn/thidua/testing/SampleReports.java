package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.cli.Run;

/** Reports of the 2020 samples, as of 25/09/2020, written and read back. */
public final class SampleReports {
  private static final DataFormatter TEXT = new DataFormatter(Locale.ROOT);

  private SampleReports() {}

  /**
   * Runs {@code command --format formats --as-of 2020-09-25 -o out more… samples/2020}. The samples
   * hold errors: the reports are written, exit code 1.
   *
   * @return out
   */
  public static Path run(String command, String formats, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(command, "--format", formats, "--as-of", "2020-09-25", "-o", out.toString()));
    args.addAll(List.of(more));
    args.add("samples/2020");
    Run run = Run.of(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    return out;
  }

  /** A workbook written, read back. */
  public static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** A cell as the user sees it, "" when there is none. */
  public static String text(Cell c) {
    return c == null ? "" : TEXT.formatCellValue(c);
  }
}
