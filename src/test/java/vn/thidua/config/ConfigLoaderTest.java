package vn.thidua.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.model.Config;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.Phrase;
import vn.thidua.model.ValueType;
import vn.thidua.read.UnitMatcher;
import vn.thidua.read.text.PlaceNames;
import vn.thidua.render.Messages;

public class ConfigLoaderTest {

  @Test
  void defaultConfigHoldsTheCampaign() {
    Config c = ConfigLoader.loadDefault().config();
    assertThat(c.campaign().code()).isEqualTo("90-hanh-dong-2020");
    assertThat(c.campaign().window().from()).isEqualTo(LocalDate.of(2020, 2, 25));
    assertThat(c.campaign().window().to()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(c.campaign().nominationDeadline()).isEqualTo(LocalDate.of(2020, 9, 20));
    assertThat(c.units())
        .extracting(u -> u.code())
        .containsExactly(
            "TPBG", "YT", "TY", "LG", "LN", "LNG", "SD", "YD", "VY", "HH", "KCQ", "KDN");
    assertThat(c.units().stream().mapToInt(u -> u.target("roads")).sum()).isEqualTo(92);
    assertThat(c.unit("KCQ").orElseThrow().location()).isEqualTo("Sơn Động");
    assertThat(c.tables())
        .extracting(t -> t.key())
        .containsExactly("roads", "actions", "members", "nominations");
    var roads = c.table("roads").orElseThrow();
    assertThat(roads.column("length_m").orElseThrow().type()).isEqualTo(ValueType.LENGTH);
    assertThat(roads.column("length_m").orElseThrow().min().value()).isEqualTo(500);
    assertThat(roads.column("fund_union").orElseThrow().sub()).isEqualTo("Hội");
    assertThat(roads.target().standard())
        .containsExactly(
            "length_m", "lighting", "greenery", "clean", "sign", "completed_on", "district");
    assertThat(c.choiceList("action_types")).hasSize(5);
    assertThat(c.criteria().get("collective")).hasSize(5);
    assertThat(c.criteria().get("individual")).hasSize(4);
  }

  @Test
  void theGeneratedDefaultConfigIsTheYamlOne() throws Exception {
    String yaml = ConfigLoader.defaultYaml();
    Config generated = ConfigLoader.embedded(yaml);
    assertThat(generated).as("made by the build step (EmbeddedConfigWriter)").isNotNull();
    Config parsed = ConfigLoader.parseDefault(yaml).config();
    assertThat(generated).isEqualTo(parsed);
    sameShape("config", generated, parsed);
    assertThat(ConfigLoader.loadDefault().config()).isEqualTo(parsed);
    // Made from another text (a build that skipped the step), it is not used.
    assertThat(ConfigLoader.embedded(yaml + "\n")).isNull();
  }

  /** The same values of the same classes all the way down: lists, maps and numbers included. */
  private static void sameShape(String path, Object a, Object b) throws Exception {
    if (a == null || b == null) {
      assertThat(a).as(path).isEqualTo(b);
      return;
    }
    assertThat(a.getClass()).as(path).isEqualTo(b.getClass());
    if (a instanceof Record) {
      for (var c : a.getClass().getRecordComponents()) {
        sameShape(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b));
      }
    } else if (a instanceof List<?> la) {
      List<?> lb = (List<?>) b;
      assertThat(la).as(path).hasSameSizeAs(lb);
      for (int i = 0; i < la.size(); i++) {
        sameShape(path + "[" + i + "]", la.get(i), lb.get(i));
      }
    } else if (a instanceof java.util.Map<?, ?> ma) {
      var mb = (java.util.Map<?, ?>) b;
      assertThat(List.copyOf(ma.keySet())).as(path).isEqualTo(List.copyOf(mb.keySet()));
      for (var k : ma.keySet()) {
        sameShape(path + "/" + k, ma.get(k), mb.get(k));
      }
    } else {
      assertThat(a).as(path).isEqualTo(b);
    }
  }

  @Test
  void yamlSyntaxErrorNamesLineAndColumn() {
    String yaml = "campaign:\n  code: x\n  name: \"unclosed\nunits: []\n";
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "bad.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              ConfigProblem p = e.problems().get(0);
              assertThat(p.source()).isEqualTo("bad.yaml");
              assertThat(p.key()).isEqualTo("config.syntax");
              assertThat(p.line()).isBetween(3, 5);
              assertThat(p.column()).isPositive();
            });
  }

  @Test
  void misspelledEntryIsReportedWhereItIs() {
    String yaml =
        ConfigLoader.defaultYaml().replace("  nomination_deadline:", "  nomination_dealine:");
    int line = lineOf(yaml, "nomination_dealine");
    ConfigProblem p = firstProblem(yaml);
    assertThat(p.key()).isEqualTo("config.property.unknown");
    assertThat(p.args()).first().isEqualTo("nomination_dealine");
    assertThat(p.line()).isEqualTo(line);
  }

  @Test
  void badDateIsReportedWithItsLine() {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("nomination_deadline: 2020-09-20", "nomination_deadline: 20/09/2020");
    int line = lineOf(yaml, "nomination_deadline: 20/09/2020");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems().get(0).key()).isEqualTo("config.value.date");
              assertThat(e.problems().get(0).line()).isEqualTo(line);
            });
  }

  @Test
  void aWrongTypeNamesTheAllowedOnesInPlainWords() {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "{key: lamps, header: Số bóng điện, group: standard, aliases: [Số bóng đèn, Bóng"
                    + " điện], type: integer}",
                "{key: lamps, header: Số bóng điện, group: standard, aliases: [Số bóng đèn, Bóng"
                    + " điện], type: so-nguyen}");
    ConfigProblem p = firstProblem(yaml);
    assertThat(p.key()).isEqualTo("config.value.choice");
    assertThat(p.args().get(2).toString())
        .isEqualTo("text, integer, number, length, count, yesno, date, choice");
  }

  @Test
  void referenceToUnknownGroupPointsAtIt() {
    String yaml =
        ConfigLoader.defaultYaml().replace("group: funds, sub: Hội,", "group: fund, sub: Hội,");
    int line = lineOf(yaml, "group: fund, sub: Hội,");
    ConfigProblem p = firstProblem(yaml);
    assertThat(p.key()).isEqualTo("config.group.unknown");
    assertThat(p.args()).first().isEqualTo("fund");
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.column()).isGreaterThan(1);
  }

  @Test
  void theCriteriaRuleMustBeARuleOfTheNominationTable() {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "criteria_rule: nomination.criteria.missing",
                "criteria_rule: nomination.criteria.mising");
    int line = lineOf(yaml, "criteria_rule: nomination.criteria.mising");
    ConfigProblem p = firstProblem(yaml);
    assertThat(p.key()).isEqualTo("config.rule.unknown");
    assertThat(p.args()).startsWith("nomination.criteria.mising", "nominations");
    assertThat(p.args().get(2).toString()).contains("nomination.criteria.missing");
    assertThat(p.line()).isEqualTo(line);
  }

  /**
   * Every config the project ships beside the default loads, so a change of the format reaches
   * them.
   */
  @Test
  void theProjectsOtherConfigsLoad() throws Exception {
    for (String file :
        List.of("bench/register-2021.yaml", "src/test/resources/configs/nha-sach-2021.yaml")) {
      assertThat(ConfigLoader.load(Path.of(file)).config().tables()).as(file).isNotEmpty();
    }
  }

  /** A value of the wrong shape says what it should be, never Jackson's Java words. */
  @Test
  void aValueOfTheWrongShapeSaysWhatItShouldBe() {
    String entries =
        ConfigLoader.defaultYaml()
            .replace("  window: {from: 2020-02-25, to: 2020-09-30}", "  window: [a, b]");
    ConfigProblem p = firstProblem(entries);
    assertThat(p.key()).isEqualTo("config.value.shape");
    assertThat(p.args()).containsExactly("campaign.window", Phrase.of("config.shape.entries"));
    assertThat(p.line()).isEqualTo(lineOf(entries, "window: [a, b]"));
    String list =
        ConfigLoader.defaultYaml()
            .replace("totals_words: [Tổng cộng, Cộng, Tổng số]", "totals_words: {a: b}");
    assertThat(firstProblem(list).args())
        .containsExactly("reading.totals_words", Phrase.of("config.shape.list"));
    Messages vi = new Messages(Locale.forLanguageTag("vi"), null);
    assertThat(vi.get(p.key(), p.args().toArray()))
        .isEqualTo(
            "Giá trị của campaign.window không đúng dạng: cần các mục dạng \"tên: giá trị\", mỗi"
                + " mục một dòng.")
        .doesNotContain("Cannot", "JsonToken", "vn.thidua");
    String yesNo = ConfigLoader.defaultYaml().replaceFirst("required: true", "required: maybe");
    ConfigProblem b = firstProblem(yesNo);
    assertThat(b.key()).isEqualTo("config.value.boolean");
    assertThat(vi.get(b.key(), b.args().toArray()))
        .startsWith("Giá trị \"maybe\" của ")
        .endsWith(" phải là true (có) hoặc false (không).");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("code: TY\n", "code: YT\n")
            .replace("choices: levels", "choices: level");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .contains("config.duplicate", "config.choices.unknown"));
  }

  @Test
  void aliasNamingTwoUnitsIsRefused() {
    String yaml =
        ConfigLoader.defaultYaml().replace("aliases: [Tân Yên,", "aliases: [Yên Thế, Tân Yên,");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .contains("config.unit.alias.clash"));
  }

  @Test
  void placeWordListsCanBeChanged() throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "district_words: [huyện, H., quận, Q., thị xã, TX., thành phố, TP.]",
                "district_words: [huyện, thành phố]")
            .replace(
                "organisation_names: [Hội LHPN, Hội Liên hiệp Phụ nữ, Hội Phụ nữ, HLHPN, Hội PN]",
                "organisation_names: [Hội LHPN]");
    Config c = ConfigLoader.parse(yaml, "c.yaml").config();
    assertThat(c.reading().districtWords()).containsExactly("huyện", "thành phố");
    PlaceNames names = PlaceNames.of(c);
    assertThat(names.key(PlaceNames.Level.DISTRICT, "huyện Sơn Động")).isEqualTo("son dong");
    assertThat(names.key(PlaceNames.Level.DISTRICT, "H. Sơn Động")).isEqualTo("h son dong");
    assertThat(new UnitMatcher(c).exact("Hội Phụ nữ huyện Tân Yên")).isNull();
    assertThat(new UnitMatcher(c).exact("Hội LHPN huyện Tân Yên").code()).isEqualTo("TY");
    // Absent lists keep the default config's: a config without `reading` reads as 2020 did.
    assertThat(c.reading().hamletWords())
        .isEqualTo(ConfigLoader.loadDefault().config().reading().hamletWords());
    Config next =
        ConfigLoader.load(Path.of("src/test/resources/configs/nha-sach-2021.yaml")).config();
    assertThat(next.reading()).isEqualTo(ConfigLoader.loadDefault().config().reading());
  }

  @Test
  void aBadPlaceWordIsReportedWhereItIs() {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "hamlet_words: [thôn, tổ dân phố, TDP, xóm, bản, khu]",
                "hamlet_words: [thôn, tổ dân phố, '...', xóm, bản, khu]")
            .replace("organisation_names: [Hội LHPN,", "organisation_names: [Tỉnh, Hội LHPN,");
    int blankLine = lineOf(yaml, "'...'");
    int provinceLine = lineOf(yaml, "[Tỉnh, Hội LHPN,");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(ConfigProblem::key)
                  .containsExactly("config.reading.word.blank", "config.reading.word.province");
              ConfigProblem blank = e.problems().get(0);
              assertThat(blank.line()).isEqualTo(blankLine);
              assertThat(blank.column()).isEqualTo(columnOf(yaml, "'...'"));
              assertThat(blank.args()).containsExactly("hamlet_words");
              ConfigProblem province = e.problems().get(1);
              assertThat(province.line()).isEqualTo(provinceLine);
              assertThat(province.column()).isEqualTo(columnOf(yaml, "Tỉnh, Hội LHPN,"));
              assertThat(province.args()).containsExactly("Tỉnh", "organisation_names");
            });
  }

  @Test
  void configCheckPrintsABadPlaceWordAtItsLineAndColumn(@TempDir Path dir) throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("commune_words: [xã, X., phường,", "commune_words: [xã, ~, phường,");
    Path file = Files.writeString(dir.resolve("sai.yaml"), yaml);
    var run = vn.thidua.cli.Run.of("config", "--check", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(file + ":" + lineOf(yaml, "[xã, ~,") + ":" + columnOf(yaml, "~, phường") + ":")
        .contains("commune_words");
  }

  /** The kinds as the error lists them, alphabetically. */
  private static final String KINDS =
      "count, count_by, eligible, flagged, meeting, ratio, sum, target, target_met";

  @ParameterizedTest
  @CsvSource({
    "vi, 'Loại số liệu \"count_bye\" không có (có: '",
    "en, 'Unknown kind of figure \"count_bye\" (known: '"
  })
  void configCheckPrintsAnUnknownMeasureKindAtItsLineAndColumn(
      String lang, String said, @TempDir Path dir) throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("{name: by_type, of: count_by,", "{name: by_type, of: count_bye,");
    Path file = Files.writeString(dir.resolve("sai.yaml"), yaml);
    var run = vn.thidua.cli.Run.of("--lang", lang, "config", "--check", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            file
                + ":"
                + lineOf(yaml, "of: count_bye")
                + ":"
                + columnOf(yaml, "count_bye")
                + ": "
                + said
                + KINDS
                + ").");
  }

  @ParameterizedTest
  @ValueSource(strings = {"COUNT_BY", "Count_by", "'2'", "2", "''", "countby"})
  void aMeasureKindIsOnlyItsExactSpelling(String kind) {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("{name: by_type, of: count_by,", "{name: by_type, of: " + kind + ",");
    int line = lineOf(yaml, "{name: by_type, of: " + kind);
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              ConfigProblem p = e.problems().get(0);
              assertThat(p.key()).isEqualTo("config.measure.unknown");
              assertThat(p.args()).containsExactly(kind.replace("'", ""), KINDS);
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.column()).isEqualTo(columnOf(yaml, kind + ", column: type"));
            });
  }

  @Test
  void everyMeasureKindIsReadFromItsSpelling() {
    var measures =
        ConfigLoader.parseDefault(ConfigLoader.defaultYaml())
            .config()
            .table("actions")
            .orElseThrow()
            .summary()
            .measures();
    assertThat(measures)
        .extracting(m -> m.name() + "=" + m.of())
        .startsWith("count=COUNT", "by_type=COUNT_BY", "by_level=COUNT_BY");
    for (MeasureKind k : MeasureKind.values()) {
      String yaml =
          ConfigLoader.defaultYaml()
              .replace("{name: by_type, of: count_by,", "{name: by_type, of: " + k.yaml() + ",");
      // Bound, whatever the validator then says of that kind in that place.
      try {
        ConfigLoader.parse(yaml, "c.yaml");
      } catch (ConfigException e) {
        assertThat(e.problems())
            .as(k.yaml())
            .extracting(ConfigProblem::key)
            .doesNotContain("config.measure.unknown", "config.value.shape", "config.syntax");
      }
    }
  }

  @Test
  void theRoadsArePlacedByCommuneAndHamlet() {
    var places = ConfigLoader.loadDefault().config().table("roads").orElseThrow().places();
    assertThat(places.columns())
        .containsExactly(entry("commune", "commune"), entry("hamlet", "hamlet"));
    assertThat(places.duplicates()).isEqualTo("possible_duplicate_roads");
  }

  @Test
  void configCheckPrintsAnUnknownPlaceColumnAtItsLineAndColumn(@TempDir Path dir) throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "columns: {commune: commune, hamlet: hamlet}",
                "columns: {commune: xa, hamlet: hamlet}");
    Path file = Files.writeString(dir.resolve("sai.yaml"), yaml);
    var run = vn.thidua.cli.Run.of("config", "--check", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            file
                + ":"
                + lineOf(yaml, "{commune: xa,")
                + ":"
                + columnOf(yaml, "xa, hamlet: hamlet}")
                + ":")
        .contains("\"xa\"");
  }

  @Test
  void aPlacesSpecMustNameLevelsAndAKeyOfItsOwnOnAListedTable() {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("columns: {commune: commune, hamlet: hamlet}", "columns: {village: hamlet}")
            .replace("duplicates: possible_duplicate_roads", "duplicates: totals")
            .replace(
                "    summary:\n      name: roads\n      list: true\n",
                "    summary:\n      name: roads\n");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(ConfigProblem::key)
                  .containsExactly(
                      "config.places.level", "config.places.key", "config.places.list");
              assertThat(e.problems().get(0).args())
                  .containsExactly("village", "district, commune, hamlet");
              assertThat(e.problems().get(0).line()).isEqualTo(lineOf(yaml, "{village: hamlet}"));
              assertThat(e.problems().get(1).line()).isEqualTo(lineOf(yaml, "duplicates: totals"));
            });
  }

  @Test
  void twoUnitsReadAsOneNameAreRefused() {
    // "HLHPN Yên Thế" is Yên Thế's name as the unit matcher reads it, though no alias spells it.
    String yaml =
        ConfigLoader.defaultYaml()
            .replace("aliases: [Tân Yên,", "aliases: [HLHPN Yên Thế, Tân Yên,");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key, ConfigProblem::args)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "config.unit.alias.clash", List.of("HLHPN Yên Thế", "YT", "TY"))));
  }

  @Test
  void missingAndEmptyFilesAreProblemsNotCrashes(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("none.yaml")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("config.file.missing"));
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "  \n");
    assertThatThrownBy(() -> ConfigLoader.load(empty))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("config.empty"));
    Path latin1 =
        Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> ConfigLoader.load(latin1))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("config.file.encoding"));
  }

  @Test
  void aRuleOfTheConfigSaysItsOwnMessage() {
    String lamps = "      - id: road.lamps.zero\n";
    String yaml =
        ConfigLoader.defaultYaml()
            .replaceFirst(
                "(?s)(      - id: road\\.lamps\\.zero\n(?:        [^\n]*\n)*?)        message:\n"
                    + "          vi: [^\n]*\n          en: [^\n]*\n",
                "$1")
            .replaceFirst(
                "(rule: road\\.sign\\.missing\n          message:\n)            vi: [^\n]*\n",
                "$1");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(ConfigProblem::key)
                  .containsExactly("config.rule.message", "config.rule.message");
              assertThat(e.problems().get(0).args())
                  .containsExactly("road.sign.missing", "message");
              assertThat(e.problems().get(0).line())
                  .isEqualTo(lineOf(yaml, "rule: road.sign.missing") + 2);
              assertThat(e.problems().get(1).args()).containsExactly("road.lamps.zero", "message");
              assertThat(e.problems().get(1).line()).isEqualTo(lineOf(yaml, lamps));
            });
    // A built-in rule id keeps the tool's message: the config need not give one.
    String builtIn =
        ConfigLoader.defaultYaml().replace("id: road.lamps.zero", "id: value.negative");
    assertThatCode(() -> ConfigLoader.parse(builtIn, "c.yaml")).doesNotThrowAnyException();
  }

  @Test
  void theCoverKeysTheToolReadsAreChecked(@TempDir Path dir) throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "    - {key: unit, label: Đơn vị báo cáo, aliases: [Đơn vị, Tên đơn vị]}",
                "    - {key: unit, label: Đơn vị báo cáo, aliases: [Đơn vị, Tên đơn vị], type: date}")
            .replace(
                "{key: report_date, label: Ngày báo cáo,",
                "{key: reported_on, label: Ngày báo cáo,")
            .replace("cell: report_date\n", "cell: reported_on\n")
            .replace("check: report_date <=", "check: reported_on <=");
    Path file = Files.writeString(dir.resolve("bia.yaml"), yaml);
    var run = vn.thidua.cli.Run.of("config", "--check", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + ":" + lineOf(yaml, "{key: unit,") + ":" + columnOf(yaml, "date}") + ":")
        .contains(file + ":" + lineOf(yaml, "{key: unit,") + ":5:")
        .contains("\"report_date\"");
  }

  @Test
  void theLocationColumnIsNamedByTheConfig() {
    assertThat(ConfigLoader.loadDefault().config().table("roads").orElseThrow().location())
        .isEqualTo("district");
    String yaml = ConfigLoader.defaultYaml().replace("location: district\n", "location: huyen\n");
    assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(ConfigProblem::key)
                  .containsExactly("config.column.unknown");
              assertThat(e.problems().get(0).line()).isEqualTo(lineOf(yaml, "location: huyen"));
            });
  }

  /** The 1-based column of a needle in its line. */
  public static int columnOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("needle in text").isNotNegative();
    return at - text.lastIndexOf('\n', at);
  }

  /** The first problem of a config that must not load. */
  private static ConfigProblem firstProblem(String yaml) {
    ConfigException e =
        catchThrowableOfType(() -> ConfigLoader.parse(yaml, "c.yaml"), ConfigException.class);
    assertThat(e).as("the config is refused").isNotNull();
    return e.problems().get(0);
  }

  public static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("needle in text").isNotNegative();
    return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
  }
}
