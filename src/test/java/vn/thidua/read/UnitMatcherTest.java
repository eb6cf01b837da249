package vn.thidua.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Unit;

/** Which unit a cover cell, a title line or a file name names, with the default config. */
class UnitMatcherTest {
  static final UnitMatcher UNITS = new UnitMatcher(ConfigLoader.loadDefault().config());

  private static String code(Unit u) {
    return u == null ? null : u.code();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "huyện Sơn Động | SD",
        "H.Sơn Động | SD",
        "H. Sơn Động | SD",
        "Huyện Sơn Động, tỉnh Bắc Giang | SD",
        "Sơn Động - Bắc Giang | SD",
        "Son Dong | SD",
        "SD | SD",
        "TP Bắc Giang | TPBG",
        "TP. Bắc Giang | TPBG",
        "Thành phố Bắc Giang | TPBG",
        "HỘI LHPN THÀNH PHỐ BẮC GIANG | TPBG",
        "Hội Phụ nữ H. Tân Yên | TY",
        "HLHPN huyện Lục Ngạn | LNG",
        "Hội Liên hiệp Phụ nữ huyện Yên Thế | YT",
        "Hội LHPN huyện Lục Nam | LN",
        "Hội PN Hiệp Hoà | HH",
        "Hội LHPN Khối các cơ quan tỉnh | KCQ",
        "Khối các cơ quan tỉnh | KCQ",
        "Hội LHPN Khối doanh nghiệp tỉnh | KDN",
        "Khối doanh nghiệp tỉnh, tỉnh Bắc Giang | KDN"
      })
  void aUnitIsNamedAsAPersonReadsIt(String written, String code) {
    assertThat(code(UNITS.exact(written))).isEqualTo(code);
    assertThat(code(UNITS.find(written))).isEqualTo(code);
    String nfd = Normalizer.normalize(written, Normalizer.Form.NFD);
    assertThat(code(UNITS.exact(nfd))).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hội LHPN tỉnh Bắc Giang",
        "HLHPN tỉnh Bắc Giang",
        "Ban Thường vụ Hội LHPN tỉnh",
        "Bắc Giang",
        "huyện Tam Đảo",
        "Sơn",
        "xã Sơn Động",
        "Hội LHPN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Bắc Giang, ngày 15 tháng 9 năm 2020",
        ""
      })
  void theProvinceAndUnknownNamesAreNoUnit(String written) {
    assertThat(UNITS.exact(written)).isNull();
    assertThat(UNITS.find(written)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(Kèm theo Báo cáo số 61/BC-HPN ngày 15/9/2020 của Hội LHPN thành phố Bắc Giang) | TPBG",
        "(Kèm theo Báo cáo số 12/BC-HPN của Hội Phụ nữ H. Tân Yên) | TY",
        "BÁO CÁO CỦA HLHPN HUYỆN LỤC NGẠN NĂM 2020 | LNG",
        "Bao cao Hiep Hoa 2020 | HH",
        "Bao cao Hoi Phu nu H. Tan Yen 2020 | TY",
        "Hội LHPN Khối doanh nghiệp tỉnh Bắc Giang | KDN"
      })
  void aLongerTextNamesTheUnitItMentions(String written, String code) {
    assertThat(UNITS.exact(written)).isNull();
    assertThat(code(UNITS.find(written))).isEqualTo(code);
  }

  @Test
  void aLongerTextNamingTwoUnitsOrOnlyTheProvinceNamesNone() {
    assertThat(UNITS.find("Hội LHPN huyện Lục Nam và Hội LHPN huyện Lục Ngạn")).isNull();
    assertThat(UNITS.find("BAN THƯỜNG VỤ HỘI LHPN TỈNH BẮC GIANG")).isNull();
    assertThat(UNITS.find("Báo cáo gửi Hội LHPN Bắc Giang năm 2020")).isNull();
    assertThat(UNITS.find("Đường Sơn Hà")).isNull();
  }
}
