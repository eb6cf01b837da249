package vn.thidua.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A campaign's words are its config's: the 2020 campaign's roads, its criteria TC1–TC5, its "Biểu
 * 1" and its year are in campaign-2020.yaml, never in the tool's code or bundles, so the next
 * campaign never shows them. Comments may name them (they explain the default config); string
 * literals and messages may not.
 */
public class CampaignWordsTest {
  /**
   * The 2020 campaign's words: its roads ("đường", but not "đường dẫn", a file path), its criteria,
   * its first table, its year (but not a date written as an example of the format, "15/08/2020",
   * "2020-09-25").
   */
  public static final Pattern CAMPAIGN =
      Pattern.compile(
          "(?iu)đường(?! dẫn)|\\bTC\\s*[1-5]\\b|\\bbi(ểu|eu)\\s*0?1\\b|(?<![/\\d-])2020(?![-/\\d])");

  @Test
  void thePatternFindsTheCampaignsWordsAndNothingElse() {
    for (String yes :
        List.of(
            "Con đường dài {2} m",
            "tuyến đường",
            "ĐƯỜNG thôn",
            "TC1–TC5",
            "tiêu chí TC3",
            "\"Biểu 1\"",
            "Bieu 01",
            "đợt thi đua năm 2020")) {
      assertThat(CAMPAIGN.matcher(nfc(yes)).find()).as(yes).isTrue();
    }
    for (String no :
        List.of(
            "Kiểm tra lại đường dẫn.",
            "Biểu 12",
            "TC6",
            "ví dụ 15/08/2020",
            "(2020-09-25)",
            "12020",
            "mô hình")) {
      assertThat(CAMPAIGN.matcher(nfc(no)).find()).as(no).isFalse();
    }
  }

  @Test
  void noStringOfTheCodeSaysThem() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(f, StandardCharsets.UTF_8);
        for (String literal : literals(source)) {
          if (CAMPAIGN.matcher(nfc(literal)).find()) {
            found.add(f + ": \"" + literal + "\"");
          }
        }
      }
    }
    assertThat(found).as("campaign words belong in campaign-2020.yaml").isEmpty();
  }

  @Test
  void noMessageOfTheBundlesSaysThem() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          boolean comment = line.stripLeading().startsWith("#");
          if (!comment && line.contains("=") && CAMPAIGN.matcher(nfc(line)).find()) {
            found.add(f + ": " + line);
          }
        }
      }
    }
    assertThat(found).as("campaign words belong in campaign-2020.yaml").isEmpty();
  }

  @Test
  void theLiteralsOfASourceAreItsStringsNotItsComments() {
    String source =
        "// Biểu 1\n/* TC1 \"x\" */ class A { String a = \"con \\\"đường\\\"\"; char c = '\"';"
            + " String b = \"\"\"\n  năm 2020\n  \"\"\"; String u = \"\\u0110\"; }";
    assertThat(literals(source)).containsExactly("con \"đường\"", "  năm 2020\n  ", "Đ");
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** The string literals and text blocks of a Java source, unescaped; comments skipped. */
  static List<String> literals(String src) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (src.startsWith("//", i)) {
        int end = src.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        // A char literal: '"' must not open a string.
        int j = i + 1;
        while (j < n && src.charAt(j) != '\'') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else if (src.startsWith("\"\"\"", i)) {
        int start = src.indexOf('\n', i) + 1;
        int j = start;
        while (j < n && !src.startsWith("\"\"\"", j)) {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(unescape(src.substring(start, Math.min(j, n))));
        i = j + 3;
      } else if (c == '"') {
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        while (j < n && src.charAt(j) != '"') {
          if (src.charAt(j) == '\\') {
            sb.append(src, j, j + 2);
            j += 2;
          } else {
            sb.append(src.charAt(j++));
          }
        }
        out.add(unescape(sb.toString()));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'u' -> {
          while (s.charAt(i) == 'u') {
            i++;
          }
          sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 3;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }
}
