package vn.thidua.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The matching key of cells compared with short words: the fold of a bounded head. */
class FoldKeyTest {
  private static final String MEGABYTE = "Đường Sáng Xanh ".repeat(1 << 16);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Tên con đường",
        "Kinh phí (triệu đồng)",
        "  Chiều dài\n(mét)  ",
        "Bắc Giang, ngày 15 tháng 9 năm 2020",
        "Ωmega 😀 x"
      })
  void aTextThatFitsFoldsWhole(String s) {
    assertThat(Text.foldKey(s)).isEqualTo(Text.fold(s));
  }

  @Test
  void aTextOfExactlyTheBoundFoldsWhole() {
    String s = "a".repeat(Text.KEY_CHARS - 2) + " Đ";
    assertThat(Text.foldKey(s)).isEqualTo(Text.fold(s)).endsWith(" d");
  }

  @Test
  void onlyTheHeadOfALongerTextIsFolded() {
    // The "Đ" one past the bound would fold to " d": it is not looked at.
    String s = "a".repeat(Text.KEY_CHARS) + "Đ" + "x".repeat(1 << 20);
    assertThat(Text.foldKey(s)).isEqualTo("a".repeat(Text.KEY_CHARS) + " …");
    assertThat(Text.foldKey(MEGABYTE)).hasSizeLessThanOrEqualTo(Text.KEY_CHARS + 2);
    assertThat(Text.foldKey(MEGABYTE)).isEqualTo(Text.fold(MEGABYTE.substring(0, 256)) + " …");
  }

  @Test
  void aLongTextNeverHasTheKeyOfAShortOneButStartsWithItsWords() {
    String header = "Tên con đường " + "x".repeat(1 << 20);
    assertThat(Text.foldKey(header)).isNotEqualTo("ten con duong").startsWith("ten con duong ");
    // Its head folds to the word alone, the rest is white space and punctuation cut off.
    String padded = "Cộng" + ":".repeat(Text.KEY_CHARS) + "x";
    assertThat(Text.foldKey(padded)).isEqualTo("cong …").isNotEqualTo(Text.fold("Cộng"));
    assertThat(Text.foldKey(":".repeat(Text.KEY_CHARS + 1))).isEqualTo("…");
  }

  @Test
  void joinedKeysAreTheKeyOfTheJoinedTexts() {
    String[][] pairs = {
      {"Kinh phí (triệu đồng)", "Hội"},
      {"Tiêu chí", "TC3"},
      {"", "Hội"},
      {"Kinh phí", " — "},
      {"(1)", ""}
    };
    for (String[] p : pairs) {
      assertThat(Text.joinKeys(Text.fold(p[0]), Text.fold(p[1])))
          .as(p[0] + " + " + p[1])
          .isEqualTo(Text.fold(p[0] + " " + p[1]))
          .isEqualTo(Text.fold(p[0] + " — " + p[1]));
    }
  }
}
