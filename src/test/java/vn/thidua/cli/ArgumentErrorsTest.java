package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import vn.thidua.render.Messages;

/**
 * A command line picocli cannot parse: one line in Vietnamese (English with --lang en) and the
 * usage hint, exit 2, none of picocli's English sentences.
 */
class ArgumentErrorsTest {
  private static final String TY = "samples/2020/tan-yen.xlsx";

  /** picocli's own words for its errors, which must not reach a Vietnamese user. */
  private static final List<String> PICOCLI =
      List.of(
          "Unknown option",
          "Unmatched argument",
          "Missing required",
          "Invalid value",
          "should be specified only once",
          "mutually exclusive",
          "Expected parameter",
          "is not an int",
          "expected one of",
          "is not a date",
          "Did you mean",
          "Exception",
          "picocli");

  /** Each error: the arguments, the command the hint names, the line in Vietnamese and English. */
  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            new String[] {"validate", "--fromat", "json", TY},
            "validate",
            "Không có tùy chọn '--fromat'. Có phải ý bạn là '--format'?",
            "There is no option '--fromat'. Did you mean '--format'?"),
        Arguments.of(
            new String[] {"validate", "--fromat=json", TY},
            "validate",
            "Không có tùy chọn '--fromat'. Có phải ý bạn là '--format'?",
            "There is no option '--fromat'. Did you mean '--format'?"),
        Arguments.of(
            new String[] {"validate", "--frobnicate", TY},
            "validate",
            "Không có tùy chọn '--frobnicate'.",
            "There is no option '--frobnicate'."),
        Arguments.of(
            new String[] {"valdate", TY},
            "",
            "Không có lệnh 'valdate'. Có phải ý bạn là 'validate'?",
            "There is no command 'valdate'. Did you mean 'validate'?"),
        Arguments.of(
            new String[] {"kiem", TY},
            "",
            "Không có lệnh 'kiem'. Có phải ý bạn là 'kiem-tra'?",
            "There is no command 'kiem'. Did you mean 'kiem-tra'?"),
        Arguments.of(
            new String[] {TY},
            "",
            "Không có lệnh '"
                + TY
                + "'. Các lệnh: validate, consolidate, nominate, template, config, rules.",
            "There is no command '"
                + TY
                + "'. Commands: validate, consolidate, nominate, template, config, rules."),
        Arguments.of(
            new String[] {"template", "--all", "thua"},
            "template",
            "Thừa tham số 'thua': lệnh này không nhận thêm tham số đó.",
            "Unexpected argument 'thua': this command does not take it."),
        Arguments.of(
            new String[] {"validate"},
            "validate",
            "Thiếu tham số bắt buộc WORKBOOK.",
            "The parameter WORKBOOK is required."),
        Arguments.of(
            new String[] {"validate", TY, "--format"},
            "validate",
            "Tùy chọn --format cần có giá trị (text|json) ngay sau nó.",
            "The option --format needs a value (text|json) right after it."),
        Arguments.of(
            new String[] {"validate", "--unit", "--strict", TY},
            "validate",
            "Tùy chọn --unit cần có giá trị (CODE) ngay sau nó.",
            "The option --unit needs a value (CODE) right after it."),
        Arguments.of(
            new String[] {"template"},
            "template",
            "Cần ghi một trong các tùy chọn: --unit, --all.",
            "One of these options is required: --unit, --all."),
        Arguments.of(
            new String[] {"template", "--all", "--unit", "TY"},
            "template",
            "Không dùng cùng lúc các tùy chọn --unit, --all: chỉ chọn một.",
            "The options --unit, --all cannot be used together: choose one."),
        Arguments.of(
            new String[] {"validate", "-q", "--quiet", TY},
            "validate",
            "Tùy chọn --quiet chỉ được ghi một lần.",
            "The option --quiet may be given only once."),
        Arguments.of(
            new String[] {"validate", "--format", "xml", TY},
            "validate",
            "Giá trị 'xml' không dùng được cho --format; hãy chọn một trong: text, json.",
            "'xml' is not a value of --format; choose one of: text, json."),
        Arguments.of(
            new String[] {"consolidate", "--format", "html,pdf", "samples/2020"},
            "consolidate",
            "Giá trị 'pdf' không dùng được cho --format; hãy chọn một trong: html, docx, xlsx,"
                + " json, md, csv.",
            "'pdf' is not a value of --format; choose one of: html, docx, xlsx, json, md, csv."),
        Arguments.of(
            new String[] {"template", "--all", "--rows", "mười"},
            "template",
            "Giá trị của --rows phải là một số nguyên, không phải 'mười'.",
            "--rows takes a whole number, not 'mười'."),
        Arguments.of(
            new String[] {"consolidate", "--as-of", "31/02/2020", "samples/2020"},
            "consolidate",
            "'31/02/2020' không phải ngày hợp lệ cho --as-of; hãy ghi ngày/tháng/năm (25/09/2020)"
                + " hoặc năm-tháng-ngày (2020-09-25).",
            "'31/02/2020' is not a valid date for --as-of; write day/month/year (25/09/2020) or"
                + " year-month-day (2020-09-25)."),
        Arguments.of(
            new String[] {"nominate", "--as-of", "hôm qua", "samples/2020"},
            "nominate",
            "'hôm qua' không phải ngày hợp lệ cho --as-of; hãy ghi ngày/tháng/năm (25/09/2020)"
                + " hoặc năm-tháng-ngày (2020-09-25).",
            "'hôm qua' is not a valid date for --as-of; write day/month/year (25/09/2020) or"
                + " year-month-day (2020-09-25)."),
        Arguments.of(
            new String[] {"validate", "--quiet=có", TY},
            "validate",
            "Giá trị 'có' không dùng được cho --quiet.",
            "'có' is not a valid value of --quiet."),
        Arguments.of(
            new String[] {"-c"},
            "",
            "Tùy chọn --config cần có giá trị (FILE) ngay sau nó.",
            "The option --config needs a value (FILE) right after it."));
  }

  /** The run refused: exit 2, nothing on stdout, two lines on stderr. */
  private static List<String> refused(String... args) {
    Run run = Run.of(args);
    assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).doesNotContain("\tat ");
    List<String> lines = run.err().lines().toList();
    assertThat(lines).as(run.err()).hasSize(2);
    return lines;
  }

  private static String[] english(String... args) {
    return Stream.concat(Stream.of("--lang", "en"), Stream.of(args)).toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("errors")
  void inVietnamese(String[] args, String command, String vi, String en) {
    List<String> lines = refused(args);
    assertThat(lines.get(0)).isEqualTo("thidua: " + vi);
    assertThat(lines.get(1))
        .isEqualTo("Xem hướng dẫn: " + ("thidua " + command).strip() + " --help");
    for (String english : PICOCLI) {
      assertThat(String.join("\n", lines)).doesNotContain(english);
    }
  }

  @ParameterizedTest
  @MethodSource("errors")
  void inEnglish(String[] args, String command, String vi, String en) {
    List<String> lines = refused(english(args));
    assertThat(lines.get(0)).isEqualTo("thidua: " + en);
    assertThat(lines.get(1)).isEqualTo("See: " + ("thidua " + command).strip() + " --help");
    assertThat(String.join("\n", lines)).doesNotContain("Exception").doesNotContain("picocli");
  }

  @Test
  void englishAfterTheCommandToo() {
    assertThat(refused("validate", "--fromat", "json", TY, "--lang", "en").get(0))
        .isEqualTo("thidua: There is no option '--fromat'. Did you mean '--format'?");
    assertThat(refused("validate", "--lang=en", "--format", "xml", TY).get(0))
        .isEqualTo("thidua: 'xml' is not a value of --format; choose one of: text, json.");
  }

  @Test
  void anUnknownLanguageIsRefusedInVietnameseNamingTheLanguagesBeforeOrAfterTheCommand() {
    String line = "thidua: Giá trị 'fr' không dùng được cho --lang; hãy chọn một trong: vi, en.";
    assertThat(refused("validate", "--lang", "fr", TY)).first().isEqualTo(line);
    assertThat(refused("validate", TY, "--lang=fr")).first().isEqualTo(line);
    assertThat(refused("--lang", "fr", "validate", TY))
        .containsExactly(line, "Xem hướng dẫn: thidua --help");
    assertThat(refused("--lang=fr", "--help")).first().isEqualTo(line);
  }

  @Test
  void anUnforeseenErrorIsStillSaidInVietnamese() {
    CommandLine cl = Cli.commandLine(sink(), sink(), "validate");
    ArgumentErrors errors = new ArgumentErrors(new Messages(Messages.locale("vi"), null));
    String[] args = {"validate"};
    assertThat(errors.describe(new ParameterException(cl, "Some English sentence"), args))
        .isEqualTo("Không hiểu dòng lệnh này.");
    assertThat(
            errors.describe(
                new ParameterException(cl, "Some English sentence", null, "--zzz"), args))
        .isEqualTo("Không hiểu tham số dòng lệnh '--zzz'.");
  }

  @Test
  void aTypingSlipFindsTheName() {
    List<String> names = List.of("--format", "--info", "--strict", "--unit", "-c", "-q");
    assertThat(Suggestion.closest("--fromat", names, List.of())).isEqualTo("--format");
    assertThat(Suggestion.closest("--stirct", names, List.of())).isEqualTo("--strict");
    assertThat(Suggestion.closest("--INFO", names, List.of())).isEqualTo("--info");
    // Too far, or too short to tell.
    assertThat(Suggestion.closest("--frobnicate", names, List.of())).isNull();
    assertThat(Suggestion.closest("-x", names, List.of())).isNull();
    // picocli's suggestion the typed word begins.
    assertThat(Suggestion.closest("--form", List.of(), List.of("--format"))).isEqualTo("--format");
    assertThat(Suggestion.closest("hello", List.of(), List.of("validate"))).isNull();
    assertThat(Suggestion.distance("fromat", "format")).isEqualTo(1);
    assertThat(Suggestion.distance("valdate", "validate")).isEqualTo(1);
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }
}
