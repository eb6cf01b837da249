package vn.thidua.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thidua.cli.Run;

/**
 * docs/quy-tac.md, the error catalogue the user guide links to, is the output of {@code thidua
 * rules --format md} under a short introduction: a rule or message changed in the code must show
 * there too.
 */
class RulesCatalogDocTest {
  static final Path DOC = Path.of("docs/quy-tac.md");
  static final String MARK = "<!-- Phần dưới đây do lệnh `thidua rules --format md` tạo ra";

  @Test
  void theCatalogueIsTheOutputOfThiduaRules() throws Exception {
    Run run = Run.of("rules", "--format", "md");
    assertThat(run.code()).isZero();
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int mark = doc.indexOf(MARK);
    assertThat(mark).as("docs/quy-tac.md keeps the line " + MARK + "…").isPositive();
    int table = doc.indexOf('\n', mark) + 1;
    String generated = doc.substring(table).stripLeading();
    if (Boolean.getBoolean("docs.update") && !generated.equals(run.out())) {
      Files.writeString(DOC, doc.substring(0, table) + "\n" + run.out(), StandardCharsets.UTF_8);
      generated = run.out();
    }
    assertThat(generated)
        .as(
            "docs/quy-tac.md is out of date with `thidua rules --format md`: regenerate its table"
                + " with `mvn test -Dtest=RulesCatalogDocTest -Ddocs.update=true` (or paste the"
                + " command's output under the marker line) and review the diff")
        .isEqualTo(run.out());
  }
}
