package vn.thidua.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void nfcComposesDecomposedVietnamese() {
    String decomposed = nfd("Hội LHPN huyện Sơn Động");
    assertThat(decomposed).isNotEqualTo("Hội LHPN huyện Sơn Động");
    assertThat(Text.nfc(decomposed)).isEqualTo("Hội LHPN huyện Sơn Động");
  }

  @Test
  void nfcKeepsNullAndComposedText() {
    assertThat(Text.nfc(null)).isNull();
    String composed = "Xã Bảo Sơn";
    assertThat(Text.nfc(composed)).isSameAs(composed);
    assertThat(Text.nfc("STT")).isEqualTo("STT");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'Chiều dài\n(mét)'              | 'Chiều dài (mét)'
          '  Tên   con đường  '            | 'Tên con đường'
          'a\u00a0b'                      | 'a b'
          'a\u2007b\u202fc'               | 'a b c'
          'a\tb\r\nc'                     | 'a b c'
          '\u00a0 x \u00a0'               | 'x'
          'already clean'                 | 'already clean'
          ''                              | ''
          '   '                           | ''
          """)
  void cleanCollapsesEveryKindOfWhiteSpace(String in, String expected) {
    assertThat(Text.clean(in)).isEqualTo(expected);
  }

  @Test
  void cleanComposesAndKeepsNull() {
    assertThat(Text.clean(nfd(" Hội  viên "))).isEqualTo("Hội viên");
    assertThat(Text.clean(null)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'Chiều dài\n(mét)'           | 'chieu dai met'
          'CHIEU  DAI (met)'           | 'chieu dai met'
          'Kinh phí — Hội'             | 'kinh phi hoi'
          'Đơn vị báo cáo'             | 'don vi bao cao'
          'ĐẠT'                        | 'dat'
          'đạt'                        | 'dat'
          'Có'                         | 'co'
          'KHÔNG'                      | 'khong'
          'Người lập biểu'             | 'nguoi lap bieu'
          'Xã, phường, thị trấn'       | 'xa phuong thi tran'
          'Tiêu chí\nTC3'              | 'tieu chi tc3'
          'STT'                        | 'stt'
          '  (1)  '                    | '1'
          'Kinh phí - Hội'             | 'kinh phi hoi'
          'Ưu tiên Ơn'                 | 'uu tien on'
          'Ðường'                      | 'duong'
          'x'                          | 'x'
          '-'                          | ''
          '✓'                          | ''
          ''                           | ''
          'tp-bac-giang.xlsx'          | 'tp bac giang xlsx'
          'Hiến 80 m² đất'             | 'hien 80 m dat'
          'Tổng\u00a0cộng'             | 'tong cong'
          """)
  void foldGivesTheMatchingKey(String in, String expected) {
    assertThat(Text.fold(in)).isEqualTo(expected);
  }

  @Test
  void foldTreatsComposedAndDecomposedAlike() {
    String s = "Trồng hoa, cây xanh";
    assertThat(Text.fold(nfd(s))).isEqualTo(Text.fold(s)).isEqualTo("trong hoa cay xanh");
  }

  @Test
  void foldOfNullIsEmpty() {
    assertThat(Text.fold(null)).isEmpty();
  }

  @Test
  void foldKeepsLettersOfOtherScriptsAndDropsSymbolsOutsideTheBmp() {
    assertThat(Text.fold("Ωmega 😀 x")).isEqualTo("ωmega x");
    assertThat(Text.fold("𝐀b")).isEqualTo("𝐀b".toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void isSpaceCoversUnicodeSpacesButNotLetters() {
    for (int c : new int[] {' ', '\t', '\n', '\r', 0xA0, 0x2007, 0x202F, 0x2009, 0x3000, 0x85}) {
      assertThat(Text.isSpace(c)).as("U+%04X", c).isTrue();
    }
    for (int c : new int[] {'a', '0', '-', 'đ', 0x200B}) {
      assertThat(Text.isSpace(c)).as("U+%04X", c).isFalse();
    }
  }
}
