package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.Rule;
import vn.thidua.model.Severity;

/** Every rule has a message in both languages, and messages format as Vietnamese expect. */
class MessagesTest {

  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/thidua/messages_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    // Properties keep the last of two lines silently; a merge can leave both behind.
    for (String file : List.of("messages_vi", "messages_en", "help_vi")) {
      List<String> keys = new java.util.ArrayList<>();
      try (InputStream in =
          MessagesTest.class.getResourceAsStream("/thidua/" + file + ".properties")) {
        for (String line :
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
            keys.add(line.substring(0, line.indexOf('=')).strip());
          }
        }
      }
      assertThat(keys).as(file).doesNotHaveDuplicates();
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(bundle("en").keySet()).isEqualTo(bundle("vi").keySet());
  }

  @Test
  void apostrophesAreDoubledSoMessageFormatKeepsThem() throws IOException {
    // A lone ' opens a quoted run in MessageFormat: "the unit's name" would print "the units name".
    Pattern lone = Pattern.compile("(?<!')'(?!')");
    for (String lang : List.of("vi", "en")) {
      Properties p = bundle(lang);
      for (String key : p.stringPropertyNames()) {
        assertThat(lone.matcher(p.getProperty(key)).find()).as(lang + ": " + key).isFalse();
      }
    }
    assertThat(new Messages(Messages.locale("en"), null).get("unit.cover.unknown", "X"))
        .contains("the unit's name");
  }

  @Test
  void everyRuleOfTheDefaultConfigHasItsOwnMessageInBothLanguages() throws IOException {
    Config c = ConfigLoader.loadDefault().config();
    Set<String> ids = new HashSet<>();
    c.cover().rules().forEach(r -> ids.add(r.id()));
    c.tables()
        .forEach(
            t -> {
              t.rules().forEach(r -> ids.add(r.id()));
              t.columns()
                  .forEach(
                      col ->
                          Stream.of(col.min(), col.max(), col.expect(), col.window())
                              .filter(java.util.Objects::nonNull)
                              .forEach(ch -> ids.add(ch.rule())));
              if (t.target() != null) {
                ids.add(t.target().rule());
              }
              if (t.unique() != null) {
                ids.add(t.unique().rule());
              }
              t.columns().stream()
                  .filter(col -> col.invalidRule() != null)
                  .forEach(col -> ids.add(col.invalidRule()));
            });
    var messages = c.ruleMessages();
    for (String id : ids) {
      assertThat(messages.get(id)).as(id).containsKeys("vi", "en");
    }
    // The campaign's words are the config's: the tool's bundles hold only its built-in rules'.
    for (String lang : List.of("vi", "en")) {
      Set<Object> keys = new HashSet<>(bundle(lang).keySet());
      keys.retainAll(ids);
      keys.removeIf(k -> Rule.byId((String) k).isPresent());
      assertThat(keys).as(lang).isEmpty();
    }
  }

  @Test
  void everyBuiltInRuleHasAMessageInBothLanguages() throws IOException {
    for (String lang : List.of("vi", "en")) {
      Properties p = bundle(lang);
      for (Rule r : Rule.values()) {
        assertThat(p.getProperty(r.id())).as(lang + ": " + r.id()).isNotBlank();
      }
    }
  }

  @Test
  void numbersDatesAndBlanksAreFormattedForTheLanguage() {
    Config c = ConfigLoader.loadDefault().config();
    Messages vi = new Messages(Messages.locale("vi"), c);
    Messages en = new Messages(Messages.locale("en"), c);
    Finding f =
        new Finding(
            "f.xlsx",
            "Biểu 3",
            2,
            12,
            3,
            "D12",
            "registered",
            "1488",
            Severity.WARNING,
            "members.registered.target",
            List.of(
                "1488",
                "Số đăng ký hành động",
                new BigDecimal("1488"),
                new BigDecimal("1512"),
                new BigDecimal("0.98412698")));
    assertThat(vi.finding(f)).contains("1.488 trên 1.512").contains("98,4%");
    assertThat(en.finding(f)).contains("1,488 of 1,512").contains("98.4%");
    Finding d =
        new Finding(
            "f.xlsx",
            "Biểu 2",
            1,
            9,
            7,
            "H9",
            "done_on",
            "10/02/2020",
            Severity.ERROR,
            "action.date.window",
            java.util.Arrays.asList(
                "10/02/2020",
                "Ngày thực hiện",
                LocalDate.of(2020, 2, 25),
                LocalDate.of(2020, 9, 30)));
    assertThat(vi.finding(d)).contains("(25/02/2020 – 30/09/2020)");
    Finding blank =
        new Finding(
            "f.xlsx",
            "Biểu 1",
            1,
            13,
            7,
            "H13",
            "lighting",
            null,
            Severity.ERROR,
            "road.lighting.missing",
            java.util.Arrays.asList(
                null, "Điện chiếu sáng", vn.thidua.model.Phrase.of("cell.blank")));
    assertThat(vi.finding(blank)).contains("(ô đang để trống)").doesNotContain("null");
    assertThat(en.finding(blank)).contains("(the cell is blank)");
  }

  @Test
  void longValuesAreQuotedShort() {
    String huge = "x".repeat(32_767);
    assertThat(Messages.quote(huge)).hasSize(Messages.MAX_QUOTE + 1).endsWith("…");
    Messages vi = new Messages(Messages.locale("vi"), null);
    Finding f =
        new Finding(
            "f.xlsx",
            "Biểu 1",
            1,
            9,
            4,
            "E9",
            "length_m",
            huge,
            Severity.ERROR,
            "value.length.invalid",
            List.of(huge, "Chiều dài (m)"));
    assertThat(vi.finding(f).length()).isLessThan(400);
  }

  @Test
  void unknownKeyShowsItselfInsteadOfFailing() {
    assertThat(new Messages(Messages.locale("vi"), null).get("khong.co", 1))
        .isEqualTo("khong.co [1]");
  }
}
