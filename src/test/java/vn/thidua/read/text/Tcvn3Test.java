package vn.thidua.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Tcvn3Test {

  /** Real cells from .VnTime workbooks, as Excel/POI hands them over, and what they say. */
  static Stream<String[]> lowerCaseSamples() {
    return Stream.of(
        new String[] {"§¬n vÞ b¸o c¸o", "Đơn vị báo cáo"},
        new String[] {"Ng\u00adêi lËp biÓu", "Người lập biểu"},
        new String[] {"Ngµy b¸o c¸o", "Ngày báo cáo"},
        new String[] {"Sè ®iÖn tho¹i", "Số điện thoại"},
        new String[] {"Tªn con ®\u00adêng", "Tên con đường"},
        new String[] {"Th«n, tæ d©n phè", "Thôn, tổ dân phố"},
        new String[] {"X·, ph\u00adêng, thÞ trÊn", "Xã, phường, thị trấn"},
        new String[] {"ChiÒu dµi (m)", "Chiều dài (m)"},
        new String[] {"Tiªu chuÈn", "Tiêu chuẩn"},
        new String[] {"Kinh phÝ (triÖu ®ång)", "Kinh phí (triệu đồng)"},
        new String[] {"Ngµy hoµn thµnh", "Ngày hoàn thành"},
        new String[] {"Ghi chó", "Ghi chú"},
        new String[] {"§iÖn chiÕu s¸ng", "Điện chiếu sáng"},
        new String[] {"Sè bãng ®iÖn", "Số bóng điện"},
        new String[] {"Trång hoa, c©y xanh", "Trồng hoa, cây xanh"},
        new String[] {"S¹ch, kh«ng r¸c th¶i", "Sạch, không rác thải"},
        new String[] {"G¾n biÓn", "Gắn biển"},
        new String[] {"Nh©n d©n ®ãng gãp", "Nhân dân đóng góp"},
        new String[] {"Nguån kh¸c", "Nguồn khác"},
        new String[] {"Tæng céng", "Tổng cộng"},
        new String[] {"TËp thÓ", "Tập thể"},
        new String[] {"C¸ nh©n", "Cá nhân"},
        new String[] {"H×nh thøc", "Hình thức"},
        new String[] {"Tªn tËp thÓ, c¸ nh©n", "Tên tập thể, cá nhân"},
        new String[] {"Chøc vô, ®¬n vÞ c«ng t¸c", "Chức vụ, đơn vị công tác"},
        new String[] {"Hµnh ®éng thiÕt thùc tiªu biÓu", "Hành động thiết thực tiêu biểu"},
        new String[] {"Tiªu chÝ", "Tiêu chí"},
        new String[] {"TrÇn ThÞ Minh H»ng", "Trần Thị Minh Hằng"},
        new String[] {"X· CÈm §µn", "Xã Cẩm Đàn"},
        new String[] {"X· H÷u S¶n", "Xã Hữu Sản"},
        new String[] {"X· LÖ ViÔn", "Xã Lệ Viễn"},
        new String[] {"X· VÜnh An", "Xã Vĩnh An"},
        new String[] {
          "Quyªn gãp gióp phô n÷ nghÌo, cã hoµn c¶nh khã kh¨n",
          "Quyên góp giúp phụ nữ nghèo, có hoàn cảnh khó khăn"
        },
        new String[] {"Phßng, chèng dÞch COVID-19", "Phòng, chống dịch COVID-19"},
        new String[] {
          "X©y dùng nhµ \"M¸i Êm t×nh th\u00ad¬ng\"", "Xây dựng nhà \"Mái ấm tình thương\""
        },
        new String[] {"CÊp thùc hiÖn", "Cấp thực hiện"},
        new String[] {"C¬ së", "Cơ sở"},
        new String[] {"HuyÖn", "Huyện"},
        new String[] {"Héi LHPN huyÖn S¬n §éng", "Hội LHPN huyện Sơn Động"},
        new String[] {"Tæng sè c¸n bé, héi viªn", "Tổng số cán bộ, hội viên"},
        new String[] {"Sè ®¨ng ký hµnh ®éng", "Số đăng ký hành động"},
        new String[] {"Sè ®· thùc hiÖn", "Số đã thực hiện"});
  }

  /** Cells in .VnTimeH, the capitals font. */
  static Stream<String[]> upperCaseSamples() {
    return Stream.of(
        new String[] {"HéI LHPN HUYÖN S¬N ®éNG", "HỘI LHPN HUYỆN SƠN ĐỘNG"},
        new String[] {"CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
        new String[] {
          "BIÓU 1: KÕT QU¶ X©Y DùNG CON ®\u00adêNG", "BIỂU 1: KẾT QUẢ XÂY DỰNG CON ĐƯỜNG"
        },
        new String[] {"TH«NG TIN ®¬N VÞ B¸O C¸O", "THÔNG TIN ĐƠN VỊ BÁO CÁO"});
  }

  /**
   * Samples that are also valid Unicode Vietnamese and so cannot be told apart from it: "Ghi chó"
   * uses only 'ó', which Unicode has too. They are still converted when the caller decides (from
   * other cells or the font) that the sheet is TCVN3.
   */
  private static final Set<String> INDISTINGUISHABLE = Set.of("Ghi chó");

  @ParameterizedTest
  @MethodSource("lowerCaseSamples")
  void convertsLowerCaseTableExactly(String tcvn3, String unicode) {
    assertThat(Tcvn3.toUnicode(tcvn3, false)).isEqualTo(unicode);
  }

  @ParameterizedTest
  @MethodSource("upperCaseSamples")
  void convertsCapitalsFontToUpperCase(String tcvn3, String unicode) {
    assertThat(Tcvn3.toUnicode(tcvn3, true)).isEqualTo(unicode);
  }

  @Test
  void capitalsFontCodesReadAsLowerCaseWithoutTheFlag() {
    assertThat(Tcvn3.toUnicode("Héi", false)).isEqualTo("Hội");
    // Without the flag ASCII letters keep their case: only the font made them capitals.
    assertThat(Tcvn3.toUnicode("HéI", false)).isEqualTo("HộI");
    assertThat(Tcvn3.toUnicode("HéI", true)).isEqualTo("HỘI");
    assertThat(Tcvn3.toUnicode("s¬n ®éng", true)).isEqualTo("SƠN ĐỘNG");
  }

  @ParameterizedTest
  @MethodSource({"lowerCaseSamples", "upperCaseSamples"})
  void detectsEverySampleThatUnicodeCannotHold(String tcvn3, String unicode) {
    boolean distinguishable = !INDISTINGUISHABLE.contains(tcvn3);
    assertThat(Tcvn3.looksLikeTcvn3(tcvn3)).isEqualTo(distinguishable);
    assertThat(Tcvn3.looksLikeTcvn3(unicode)).isFalse();
  }

  @Test
  void outputIsNfc() {
    String converted = Tcvn3.toUnicode("Héi LHPN huyÖn S¬n §éng", false);
    assertThat(Normalizer.isNormalized(converted, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void keepsCharactersOutsideTheTable() {
    assertThat(Tcvn3.toUnicode("COVID-19 (m) 1.200, x", false)).isEqualTo("COVID-19 (m) 1.200, x");
    // 0xB0-0xB4 are combining marks in VN1 but not letters in VN3 (.VnTime) fonts.
    assertThat(Tcvn3.toUnicode("37°C ± 2²", false)).isEqualTo("37°C ± 2²");
    assertThat(Tcvn3.toUnicode("✓ — €", false)).isEqualTo("✓ — €");
    assertThat(Tcvn3.toUnicode(null, true)).isNull();
    assertThat(Tcvn3.toUnicode("", true)).isEmpty();
  }

  @Test
  void capitalsFontLeavesNonLettersAlone() {
    assertThat(Tcvn3.toUnicode("biÓu 1: (m) 2020", true)).isEqualTo("BIỂU 1: (M) 2020");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hội LHPN huyện Sơn Động",
        "Bà Tú",
        "Ông Hà",
        "Cà Mau",
        "Xã Bảo Sơn",
        "Tổ dân phố Hòa Bình",
        "Đường \"Sáng - Xanh - Sạch đẹp - An toàn\" thôn Mỏ Thổ",
        "Hiến 80 m² đất",
        "Nhiệt độ 37°C",
        "Giá trị ± 5",
        "«Mái ấm tình thương»",
        "Bà Nguyễn Thị Lý",
        "Ông Lê Văn Tám",
        "Chị Hà Thị Ánh",
        "Thôn Mỏ Thổ, xã Lệ Viễn",
        "Thị trấn Tây Yên Tử",
        "Phường Trần Phú",
        "Xã Vĩnh Khương",
        "Tổng cộng",
        "Người lập biểu",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quyên góp giúp phụ nữ nghèo",
        "Phòng, chống dịch COVID-19",
        "Trao 15 suất quà · 300.000 đ/suất",
        "Kích thước 3 × 4 m",
        "Tỉ lệ 1 ÷ 2",
        "Bà Tú ở Cà Mau",
        "Ông Hà là hội viên",
        "Chú Tô",
        "Cô Vũ Thị Thu",
        "Ánh",
        "Ý kiến",
        "Hòa Bình",
        "Ghi chú",
        "Sạch, không rác thải",
        "TM. BAN THƯỜNG VỤ",
        "ngày 15 tháng 8 năm 2020",
        "Sáng - Xanh - Sạch - Đẹp"
      })
  void neverFlagsUnicodeVietnamese(String unicode) {
    assertThat(Tcvn3.looksLikeTcvn3(unicode)).isFalse();
    assertThat(Tcvn3.looksLikeTcvn3(Normalizer.normalize(unicode, Normalizer.Form.NFD))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"STT", "x", "TC1", "0204 3886 175", "", "(1) (2) (3)", "A B C"})
  void neverFlagsPlainAscii(String ascii) {
    assertThat(Tcvn3.looksLikeTcvn3(ascii)).isFalse();
  }

  @Test
  void flagsSingleTellTaleCharacters() {
    for (String s : new String[] {"¬", "§", "Þ", "µ", "¸", "Ë", "ö", "\u00ad", "®"}) {
      assertThat(Tcvn3.looksLikeTcvn3("ab" + s + "c")).as(s).isTrue();
    }
    assertThat(Tcvn3.looksLikeTcvn3(null)).isFalse();
  }

  @Test
  void unicodeOnlyLetterCancelsTheFlag() {
    assertThat(Tcvn3.looksLikeTcvn3("S¬n")).isTrue();
    assertThat(Tcvn3.looksLikeTcvn3("S¬n Động")).isFalse();
    assertThat(Tcvn3.looksLikeTcvn3("S¬n a\u0301")).isFalse();
  }
}
