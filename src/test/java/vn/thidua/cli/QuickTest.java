package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The quick command-line path sets every field of a command exactly as picocli does, and leaves to
 * picocli every command line it is not sure of.
 */
class QuickTest {

  static Stream<String> plain() {
    return Stream.of(
        "validate samples/2020/tan-yen.xlsx",
        "kiem-tra a.xlsx b.xls khoi-co-quan",
        "validate --format json --strict --info a.xlsx",
        "validate --format=JSON --lang en -q a.xlsx",
        "validate a.xlsx --unit TY --password bí-mật --annotate out",
        "validate -c dot.yaml --debug -- -a.xlsx --strict",
        "validate --config=dot.yaml --lang=EN a.xlsx",
        "consolidate samples/2020",
        "tong-hop -o ra --format md,csv --as-of 30/09/2020 a b",
        "consolidate --format html --format JSON --latest --templates t a",
        "consolidate --as-of 2020-09-30 --out=ra -q a",
        "nominate samples/2020",
        "khen-thuong --eligible-only --format xlsx -o ds a",
        "template --unit TY",
        "bieu-mau --all -o bm --format xls --rows 12",
        "template --unit TY --rows 1000 -o a.xlsx --lang en",
        "config",
        "cau-hinh --check dot.yaml -q",
        "rules --format md",
        "quy-tac --lang en --format JSON");
  }

  @ParameterizedTest
  @MethodSource("plain")
  void setsTheFieldsPicocliSets(String line) throws Exception {
    String[] args = line.split(" ");
    BaseCommand quick = Quick.parse(args);
    assertThat(quick).as("parsed without picocli").isNotNull();
    CommandLine cl = Cli.commandLine(sink(), sink(), args);
    ParseResult parsed = cl.parseArgs(args);
    Object picocli = parsed.subcommand().commandSpec().userObject();
    assertThat(quick).hasSameClassAs(picocli);
    same(quick.getClass().getSimpleName(), quick, picocli);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--version",
        "--help",
        "-c dot.yaml validate a.xlsx",
        "--lang en validate a.xlsx",
        "validate",
        "validate --help a.xlsx",
        "validate -h",
        "validate -qc dot.yaml a.xlsx",
        "validate -cdot.yaml a.xlsx",
        "validate -c=dot.yaml a.xlsx",
        "validate @args.txt",
        "validate --format @f a.xlsx",
        "validate --format jsn a.xlsx",
        "validate --format json --format text a.xlsx",
        "validate --strict=true a.xlsx",
        "validate --unit",
        "validate --unit --strict a.xlsx",
        "validate - ",
        "validate -x a.xlsx",
        "validate --no-such-option a.xlsx",
        "consolidate --format html,,json a",
        "consolidate --format html, a",
        "consolidate --format \"html,json\" a",
        "consolidate --as-of 31/02/2020 a",
        "template",
        "template --unit TY --all",
        "template --unit TY --rows 012",
        "template --unit TY --rows 0x10",
        "template --unit TY extra",
        "config extra",
        "generate-completion",
      })
  void leavesTheRestToPicocli(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    assertThat(Quick.parse(args)).isNull();
  }

  @Test
  void knowsTheEverydayCommands() {
    assertThat(Quick.commands())
        .containsExactly("validate", "consolidate", "nominate", "template", "config", "rules");
  }

  @Test
  void aCommandThatFailsSaysSoAsPicocliWould() {
    String[] args = {"validate", "--unit", "XX", "samples/2020/tan-yen.xlsx"};
    StringWriter quickErr = new StringWriter();
    Integer quick = Quick.run(sink(), new PrintWriter(quickErr, true), args);
    StringWriter picoErr = new StringWriter();
    int pico = Cli.commandLine(sink(), new PrintWriter(picoErr, true), args).execute(args);
    assertThat(quick).isEqualTo(pico).isEqualTo(2);
    assertThat(quickErr.toString()).isEqualTo(picoErr.toString()).contains("XX");
  }

  /** Field by field, into mixins and groups; picocli's own objects (the spec) left out. */
  private static void same(String path, Object a, Object b) throws IllegalAccessException {
    for (Field f : fields(a.getClass())) {
      if (Modifier.isStatic(f.getModifiers())
          || f.getType().getName().startsWith("picocli.")
          || f.getType() == PrintWriter.class) {
        continue;
      }
      f.setAccessible(true);
      Object va = f.get(a);
      Object vb = f.get(b);
      String at = path + "." + f.getName();
      if (va != null
          && vb != null
          && !(va instanceof Enum)
          && va.getClass().getName().startsWith("vn.thidua.cli.")) {
        assertThat(va).as(at).hasSameClassAs(vb);
        same(at, va, vb);
      } else {
        assertThat(va).as(at).isEqualTo(vb);
        if (va != null) {
          assertThat(va).as(at).hasSameClassAs(vb);
        }
      }
    }
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter(), true);
  }
}
