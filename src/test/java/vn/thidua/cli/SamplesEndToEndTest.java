package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code thidua validate --format json} on every sample workbook and compares its errors and
 * warnings with the example's expected findings: each one at its sheet and cell, and no other (info
 * findings are free).
 */
class SamplesEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> samples() {
    return Stream.of(
        "tp-bac-giang.xlsx",
        "yen-the.xls",
        "tan-yen.xlsx",
        "lang-giang.xlsx",
        "luc-nam.xlsx",
        "luc-ngan.xlsx",
        "son-dong.xls",
        "viet-yen.xlsx",
        "hiep-hoa.xlsx",
        "khoi-co-quan",
        "khoi-doanh-nghiep.xlsx");
  }

  /** One finding reduced to what the expected files give. */
  record Key(String severity, String sheet, String cell, Integer row, String column) {}

  @ParameterizedTest
  @MethodSource("samples")
  void findingsMatchTheExpectedOnes(String sample) throws Exception {
    String name = sample.replaceFirst("\\.xlsx?$", "");
    JsonNode expected;
    try (InputStream in =
        getClass().getResourceAsStream("/examples/2020/" + name + ".expected.json")) {
      expected = JSON.readTree(in);
    }
    Run run = Run.of("validate", "--format", "json", "samples/2020/" + sample);
    assertThat(run.err()).isEmpty();
    JsonNode file = JSON.readTree(run.out()).get("files").get(0);

    assertThat(file.get("unit").asText()).isEqualTo(expected.get("unit").asText());
    List<Key> wanted = new ArrayList<>();
    List<JsonNode> wantedNodes = new ArrayList<>();
    for (String severity : List.of("error", "warning")) {
      for (JsonNode e : expected.get(severity + "s")) {
        wanted.add(key(severity, e));
        wantedNodes.add(e);
      }
    }
    for (JsonNode f : file.get("findings")) {
      // A placeholder left in a message means a finding lost its arguments.
      assertThat(f.get("message").asText()).doesNotContainPattern("\\{\\d");
    }
    List<Key> got = new ArrayList<>();
    List<JsonNode> gotNodes = new ArrayList<>();
    for (JsonNode f : file.get("findings")) {
      if (!f.get("severity").asText().equals("info")) {
        got.add(key(f.get("severity").asText(), f));
        gotNodes.add(f);
      }
    }
    System.out.printf(
        "%-24s expected %d, found %d of them, extra %d%n",
        sample,
        wanted.size(),
        wanted.stream().filter(got::contains).count(),
        got.stream().filter(k -> !wanted.contains(k)).count());
    assertThat(got)
        .as("errors and warnings of %s", sample)
        .containsExactlyInAnyOrderElementsOf(wanted);
    for (int i = 0; i < wanted.size(); i++) {
      JsonNode w = wantedNodes.get(i);
      JsonNode g = gotNodes.get(got.indexOf(wanted.get(i)));
      String value = w.get("value").isNull() ? null : w.get("value").asText();
      String actual = g.get("value").isNull() ? null : g.get("value").asText();
      if (value != null && value.startsWith("=")) {
        // The example quotes a totals formula; the tool quotes what the user sees (its cached
        // result, spec/cli.md) and names the formula in the message.
        assertThat(g.get("message").asText()).contains(value);
      } else {
        assertThat(actual).as("value at %s", wanted.get(i)).isEqualTo(value);
      }
      assertThat(g.get("message").asText()).isNotBlank();
    }
    assertThat(file.get("errors").asInt()).isEqualTo(expected.get("errors").size());
    assertThat(file.get("warnings").asInt()).isEqualTo(expected.get("warnings").size());
  }

  private static Key key(String severity, JsonNode n) {
    return new Key(
        severity,
        text(n, "sheet"),
        text(n, "cell"),
        n.get("row").isNull() ? null : n.get("row").asInt(),
        text(n, "column"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
