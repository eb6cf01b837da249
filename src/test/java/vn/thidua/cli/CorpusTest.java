package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks from other spreadsheet readers' public test corpora (src/test/resources/corpus, see its
 * README): each gives exit 1 or 2 with findings or one clear line, never a Java name, and none of
 * them disturbs the province report of the files beside it.
 */
class CorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Path DEMO = CORPUS.resolve("DEMO-G1-sample-report-plus-bad-mailto.xlsx");

  /** What each file is, by the prefix of its name: the rule of its one finding. */
  private static final Map<String, String> RULE =
      Map.ofEntries(
          Map.entry("G1a", "file.corrupt"),
          Map.entry("G1b", "file.not_report"),
          Map.entry("G1c", "file.corrupt"),
          Map.entry("G1d", "file.not_report"),
          Map.entry("G2", "file.corrupt"),
          // POI opens these two: so does thidua, and finds no district table in them.
          Map.entry("G3a", "file.not_report"),
          Map.entry("G3b", "file.not_report"),
          Map.entry("G3c", "file.zipbomb"),
          Map.entry("G3d", "file.zipbomb"),
          Map.entry("G4", "file.corrupt"),
          Map.entry("G5", "file.not_report"));

  // What a district officer must never read: a Java class, an exception's name, a stack frame.
  private static final Pattern INTERNALS =
      Pattern.compile(
          "(?:\\b(?:java|javax|jdk|sun|org\\.apache|com\\.ctc|org\\.xml)\\.[a-z]"
              + "|[A-Za-z]+(?:Exception|Error)\\b|\\tat |\\bptg\\b|ExtendedFormatRecord)");

  @TempDir static Path shared;
  private static JsonNode samplesAlone;

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.getFileName().toString().startsWith("G")).sorted().toList().stream();
    }
  }

  private static String prefix(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.indexOf('-'));
  }

  @BeforeAll
  static void samplesReport() throws Exception {
    samplesAlone = consolidate(copySamples(shared.resolve("alone")), shared.resolve("out-alone"));
  }

  private static Path copySamples(Path to) throws IOException {
    Path from = Path.of("samples/2020");
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  /** A province run over an inbox: what it printed, and its tong-hop.json. */
  private record Report(Run run, JsonNode json) {}

  private static Report run(Path inbox, Path out) throws IOException {
    Run run =
        Run.of(
            "consolidate",
            "--format",
            "json",
            "--as-of",
            "2020-09-25",
            "-o",
            out.toString(),
            inbox.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    return new Report(run, JSON.readTree(out.resolve("tong-hop.json").toFile()));
  }

  private static JsonNode consolidate(Path inbox, Path out) throws IOException {
    return run(inbox, out).json();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void validateSaysWhatIsWrongInOneVietnameseLine(Path file) {
    Run run = Run.of("validate", file.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    List<String> lines = run.err().strip().lines().toList();
    assertThat(lines).as(run.err()).isNotEmpty().allMatch(l -> l.startsWith("thidua: Tệp "));
    assertThat(run.err()).contains(file.toString());
    assertThat(INTERNALS.matcher(run.out() + run.err()).find()).as(run.out() + run.err()).isFalse();

    Run en = Run.of("validate", "--lang", "en", file.toString());
    assertThat(en.err()).contains("File \"" + file + "\"");
    assertThat(INTERNALS.matcher(en.out() + en.err()).find()).as(en.err()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void jsonGivesTheFindingOfTheFile(Path file) throws Exception {
    Run run = Run.of("validate", "--format", "json", file.toString());
    assertThat(run.code()).isEqualTo(2);
    JsonNode f = JSON.readTree(run.out()).get("files").get(0);
    assertThat(f.get("unit").isNull()).isTrue();
    JsonNode finding = f.get("findings").get(0);
    assertThat(f.get("findings")).hasSize(1);
    assertThat(finding.get("rule").asText()).isEqualTo(RULE.get(prefix(file)));
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(INTERNALS.matcher(finding.get("message").asText()).find()).isFalse();
  }

  @Test
  void reasonsAreSaidInPlainWords() {
    assertThat(Run.of("validate", corpusFile("G1c").toString()).err())
        .contains("khai báo DTD (DOCTYPE)");
    assertThat(Run.of("validate", corpusFile("G2").toString()).err())
        .contains("cấu trúc bên trong của tệp .xls bị hỏng");
    assertThat(Run.of("validate", corpusFile("G3c").toString()).err())
        .contains("chạm giới hạn an toàn", "nở ra hơn 100 lần", "tách thành nhiều tệp");
    assertThat(Run.of("validate", corpusFile("G3d").toString()).err())
        .contains("chạm giới hạn an toàn", "hơn 1.000 phần", "tách thành nhiều tệp");
  }

  @Test
  void debugAddsTheLibrarysOwnAccount() {
    Path g4 = corpusFile("G4");
    Run plain = Run.of("validate", g4.toString());
    Run debug = Run.of("validate", "--debug", g4.toString());
    assertThat(plain.err()).doesNotContain("UnknownPtg");
    // The same plain line first, then what POI said, for whoever supports the user.
    assertThat(debug.err()).startsWith(plain.err().strip()).contains("UnknownPtg", "\tat ");
    assertThat(debug.code()).isEqualTo(2);
  }

  private static Path corpusFile(String prefix) {
    try {
      return corpus().filter(p -> prefix(p).equals(prefix)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aReportWithALinkPoiCannotParseGivesTheSampleFindings() throws Exception {
    Run demo = Run.of("validate", "--format", "json", DEMO.toString());
    Run sample = Run.of("validate", "--format", "json", "samples/2020/hiep-hoa.xlsx");
    assertThat(demo.code()).isEqualTo(sample.code()).isEqualTo(1);
    assertThat(withoutFile(JSON.readTree(demo.out())))
        .isEqualTo(withoutFile(JSON.readTree(sample.out())));
    assertThat(demo.err()).isEmpty();
  }

  /** The findings of a validate report with the file's name taken out. */
  private static List<JsonNode> withoutFile(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : report.get("files")) {
      for (JsonNode finding : f.get("findings")) {
        ObjectNode copy = finding.deepCopy();
        copy.remove("file");
        out.add(copy);
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  @Test
  void theSampleWithABrokenLinkBesideItIsASecondVersionOfItsUnitWithTheSameFigures(
      @TempDir Path dir) throws Exception {
    // Same report date and saved time as hiep-hoa.xlsx: the versions rule picks one of the two by
    // file time and path; the figures are the same either way (corpus README).
    Path inbox = copySamples(dir.resolve("inbox"));
    Files.copy(DEMO, inbox.resolve(DEMO.getFileName()));
    Path out = dir.resolve("out");
    JsonNode got = consolidate(inbox, out);
    for (String part : List.of("campaign", "totals", "duplicates", "possible_duplicate_roads")) {
      assertThat(got.get(part)).as(part).isEqualTo(samplesAlone.get(part));
    }
    for (int i = 0; i < got.get("units").size(); i++) {
      ObjectNode unit = got.get("units").get(i).deepCopy();
      ObjectNode alone = samplesAlone.get("units").get(i).deepCopy();
      for (ObjectNode u : List.of(unit, alone)) {
        u.remove(List.of("file", "superseded"));
      }
      assertThat(unit).isEqualTo(alone);
    }
    JsonNode hh = got.get("units").get(9);
    assertThat(hh.get("code").asText()).isEqualTo("HH");
    assertThat(hh.get("superseded")).hasSize(1);
    assertThat(got.get("rows").get("used")).isEqualTo(samplesAlone.get("rows").get("used"));
    // The version set aside is rejected whole: as many rows as Hiệp Hòa's report alone holds.
    Path hiepHoa = Files.createDirectories(dir.resolve("hh"));
    Files.copy(Path.of("samples/2020/hiep-hoa.xlsx"), hiepHoa.resolve("hiep-hoa.xlsx"));
    long hhRows = consolidate(hiepHoa, dir.resolve("out-hh")).get("rows").get("read").asLong();
    assertThat(hhRows).isPositive();
    assertThat(got.get("rows").get("rejected").asLong()).isEqualTo(hhRows);
    assertThat(got.get("rows").get("read").asLong())
        .isEqualTo(samplesAlone.get("rows").get("read").asLong() + hhRows);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void aBadFileBesideTheSamplesLeavesTheirReportAsItIs(Path file, @TempDir Path dir)
      throws Exception {
    Path inbox = copySamples(dir.resolve("inbox"));
    Files.copy(file, inbox.resolve(file.getFileName()));
    Report report = run(inbox, dir.resolve("out"));
    Run run = report.run();
    JsonNode got = report.json();
    for (String part :
        List.of("campaign", "units", "totals", "duplicates", "possible_duplicate_roads", "rows")) {
      assertThat(got.get(part)).as(part).isEqualTo(samplesAlone.get(part));
    }
    // The bad file is named, with its reason, in one line.
    List<String> named =
        run.err().lines().filter(l -> l.contains(file.getFileName().toString())).toList();
    assertThat(named).hasSize(1);
    assertThat(named.get(0)).startsWith("thidua: Tệp ");
    assertThat(INTERNALS.matcher(run.err()).find()).as(run.err()).isFalse();
  }
}
