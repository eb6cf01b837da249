package vn.thidua.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.read.text.PlaceNames.Level.COMMUNE;
import static vn.thidua.read.text.PlaceNames.Level.DISTRICT;
import static vn.thidua.read.text.PlaceNames.Level.HAMLET;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Reading;

/** Place and unit names compared as a person reads them (workbook.md). */
class PlaceNamesTest {
  static final PlaceNames NAMES = PlaceNames.of(ConfigLoader.loadDefault().config());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sơn Động",
        "huyện Sơn Động",
        "Huyện Sơn Động",
        "HUYỆN SƠN ĐỘNG",
        "H. Sơn Động",
        "H.Sơn Động",
        "H Sơn Động",
        "Huyện Sơn Động, tỉnh Bắc Giang",
        "huyện Sơn Động - tỉnh Bắc Giang",
        "Sơn Động - Bắc Giang",
        "Sơn Động, Bắc Giang",
        "Son Dong",
        "huyen son dong",
        "  Sơn   Động  ",
        "Sơn Động – Bắc Giang"
      })
  void everyWayOfWritingADistrictHasOneKey(String written) {
    assertThat(NAMES.key(DISTRICT, written)).isEqualTo("son dong");
    assertThat(NAMES.same(DISTRICT, written, "Sơn Động")).isTrue();
  }

  @Test
  void decomposedTextComparesEqual() {
    String nfd = Normalizer.normalize("Huyện Sơn Động, tỉnh Bắc Giang", Normalizer.Form.NFD);
    assertThat(NAMES.key(DISTRICT, nfd)).isEqualTo("son dong");
    assertThat(NAMES.unitKey(Normalizer.normalize("Hội Phụ nữ H. Tân Yên", Normalizer.Form.NFD)))
        .isEqualTo("tan yen");
  }

  @Test
  void namesMustBeEqualNotContainedInOneAnother() {
    assertThat(NAMES.same(DISTRICT, "Sơn", "Sơn Động")).isFalse();
    assertThat(NAMES.same(DISTRICT, "huyện Sơn Động Mới", "Sơn Động")).isFalse();
    assertThat(NAMES.same(DISTRICT, "Lục Ngạn", "Sơn Động")).isFalse();
    assertThat(NAMES.same(DISTRICT, "", "")).isFalse();
    assertThat(NAMES.same(DISTRICT, null, "Sơn Động")).isFalse();
  }

  @Test
  void onlyOneLeadingWordOfTheNamesOwnLevelIsDropped() {
    // A commune is not the district of the same name.
    assertThat(NAMES.same(DISTRICT, "xã Sơn Động", "Sơn Động")).isFalse();
    assertThat(NAMES.key(COMMUNE, "xã Sơn Động")).isEqualTo("son dong");
    assertThat(NAMES.key(DISTRICT, "huyện H. Sơn Động")).isEqualTo("h son dong");
    assertThat(NAMES.key(DISTRICT, "Thị xã Việt Yên")).isEqualTo("viet yen");
    assertThat(NAMES.key(DISTRICT, "TX. Việt Yên")).isEqualTo("viet yen");
    assertThat(NAMES.key(DISTRICT, "Quận Ba Đình")).isEqualTo("ba dinh");
  }

  @Test
  void wordsAreDroppedWholeAndNeverTheWholeName() {
    // "H." folds to "h": it must not take the first letter of "Hà Nội".
    assertThat(NAMES.key(DISTRICT, "Hà Nội")).isEqualTo("ha noi");
    assertThat(NAMES.key(DISTRICT, "Hhuyện")).isEqualTo("hhuyen");
    assertThat(NAMES.key(COMMUNE, "Xuân Lương")).isEqualTo("xuan luong");
    // Nothing would remain: the word is the name.
    assertThat(NAMES.key(HAMLET, "Khu")).isEqualTo("khu");
    assertThat(NAMES.key(DISTRICT, "Huyện")).isEqualTo("huyen");
    // Only one word: a hamlet called "Khu 3" written with its own word in front.
    assertThat(NAMES.key(HAMLET, "Khu Khu 3")).isEqualTo("khu 3");
  }

  @Test
  void aTextWithDiacriticsIsReadWithThem() {
    // "Xa" and "Quan" begin names; only "xã" and "quận" are administrative words.
    assertThat(NAMES.key(COMMUNE, "Xa Lý")).isEqualTo("xa ly");
    assertThat(NAMES.key(COMMUNE, "xã Xa Lý")).isEqualTo("xa ly");
    assertThat(NAMES.key(DISTRICT, "Quan Sơn")).isEqualTo("quan son");
    assertThat(NAMES.key(DISTRICT, "huyện Quan Sơn")).isEqualTo("quan son");
    assertThat(NAMES.key(HAMLET, "Bàn Cờ")).isEqualTo("ban co");
    assertThat(NAMES.key(HAMLET, "bản Bàn Cờ")).isEqualTo("ban co");
    // Without any diacritics, the text can only be read folded.
    assertThat(NAMES.key(COMMUNE, "Xa Bao Son")).isEqualTo("bao son");
  }

  @Test
  void theProvinceIsDroppedOnlyWhenItTrailsAfterACommaOrDash() {
    assertThat(NAMES.key(DISTRICT, "Thành phố Bắc Giang")).isEqualTo("bac giang");
    assertThat(NAMES.key(DISTRICT, "TP Bắc Giang, tỉnh Bắc Giang")).isEqualTo("bac giang");
    assertThat(NAMES.key(DISTRICT, "Sơn Động tỉnh Bắc Giang")).isEqualTo("son dong tinh bac giang");
    // A file name: the dashes are separators, but "tp" alone is no name.
    assertThat(NAMES.key(DISTRICT, "tp-bac-giang")).isEqualTo("bac giang");
    assertThat(NAMES.key(DISTRICT, "son-dong-bac-giang")).isEqualTo("son dong");
    assertThat(NAMES.key(DISTRICT, "tỉnh Bắc Giang")).isEqualTo("tinh bac giang");
  }

  @Test
  void communeAndHamletKeysForPossibleDuplicateRoads() {
    assertThat(NAMES.key(COMMUNE, "Xã Bảo Sơn")).isEqualTo("bao son");
    assertThat(NAMES.key(COMMUNE, "X. Bảo Sơn")).isEqualTo("bao son");
    assertThat(NAMES.key(COMMUNE, "BAO SON")).isEqualTo("bao son");
    assertThat(NAMES.key(COMMUNE, "Thị trấn An Châu")).isEqualTo("an chau");
    assertThat(NAMES.key(COMMUNE, "TT. An Châu")).isEqualTo("an chau");
    assertThat(NAMES.key(COMMUNE, "Phường Trần Phú")).isEqualTo("tran phu");
    assertThat(NAMES.key(COMMUNE, "P.Trần Phú")).isEqualTo("tran phu");
    assertThat(NAMES.key(HAMLET, "Thôn Đồng Riện")).isEqualTo("dong rien");
    assertThat(NAMES.key(HAMLET, "Tổ dân phố Hòa Bình")).isEqualTo("hoa binh");
    assertThat(NAMES.key(HAMLET, "TDP Hoà Bình")).isEqualTo("hoa binh");
    assertThat(NAMES.key(HAMLET, "xóm Mới")).isEqualTo("moi");
    assertThat(NAMES.key(HAMLET, "Bản Ké")).isEqualTo("ke");
    assertThat(NAMES.key(HAMLET, "Khu 3")).isEqualTo("3");
    assertThat(NAMES.key(HAMLET, "Thôn 3")).isEqualTo("3");
    assertThat(NAMES.key(HAMLET, null)).isEmpty();
    // "Thủy" (the hook on the u) and "Thuỷ" (on the y) stay different letters in NFC; folding
    // drops the marks, so both are "thuy", as "Hòa" and "Hoà" are "hoa".
    assertThat(Text.nfc("Thủy")).isNotEqualTo(Text.nfc("Thuỷ"));
    assertThat(NAMES.key(HAMLET, "Thôn Thủy Sơn"))
        .isEqualTo(NAMES.key(HAMLET, "thôn Thuỷ Sơn"))
        .isEqualTo("thuy son");
    assertThat(NAMES.key(COMMUNE, "xã An Lập"))
        .isEqualTo(NAMES.key(COMMUNE, "X. An Lập"))
        .isEqualTo("an lap");
  }

  @Test
  void theConfigsPlaceLevelsAreTheLevelsReadHere() {
    assertThat(
            java.util.Arrays.stream(PlaceNames.Level.values())
                .map(l -> l.name().toLowerCase(java.util.Locale.ROOT)))
        .containsExactlyElementsOf(vn.thidua.model.PlacesSpec.LEVELS);
  }

  @Test
  void unitNamesAlsoDropTheUnionNameFirst() {
    assertThat(NAMES.unitKey("Hội Phụ nữ H. Tân Yên")).isEqualTo("tan yen");
    assertThat(NAMES.unitKey("HLHPN huyện Lục Ngạn")).isEqualTo("luc ngan");
    assertThat(NAMES.unitKey("Hội Liên hiệp Phụ nữ huyện Yên Thế")).isEqualTo("yen the");
    assertThat(NAMES.unitKey("Hội LHPN huyện Lục Nam")).isEqualTo("luc nam");
    assertThat(NAMES.unitKey("Hội PN Lục Nam")).isEqualTo("luc nam");
    assertThat(NAMES.unitKey("HỘI LHPN THÀNH PHỐ BẮC GIANG")).isEqualTo("bac giang");
    assertThat(NAMES.unitKey("TP. Bắc Giang")).isEqualTo("bac giang");
    assertThat(NAMES.unitKey("Hội LHPN huyện Sơn Động, tỉnh Bắc Giang")).isEqualTo("son dong");
    assertThat(NAMES.unitKey("Hội LHPN Khối doanh nghiệp tỉnh"))
        .isEqualTo("khoi doanh nghiep tinh");
    assertThat(NAMES.unitKey("Khối các cơ quan tỉnh")).isEqualTo("khoi cac co quan tinh");
  }

  @Test
  void theProvinceIsNeverAUnit() {
    assertThat(NAMES.unitKey("Hội LHPN tỉnh Bắc Giang")).isNull();
    assertThat(NAMES.unitKey("HLHPN TỈNH BẮC GIANG")).isNull();
    assertThat(NAMES.unitKey("Tỉnh Bắc Giang")).isNull();
    assertThat(NAMES.unitKey("Hội LHPN - tỉnh Bắc Giang")).isNull();
    // Its place alone names the province; a district word makes it the city.
    assertThat(NAMES.unitKey("Bắc Giang")).isNull();
    assertThat(NAMES.unitKey("Hội LHPN Bắc Giang")).isNull();
    assertThat(NAMES.unitKey("TP Bắc Giang")).isEqualTo("bac giang");
    assertThat(NAMES.unitKey("  ")).isNull();
  }

  @Test
  void aLongerTextNamesWhatItMentionsLongest() {
    Map<String, String> units = new LinkedHashMap<>();
    units.put("bac giang", "TPBG");
    units.put("tan yen", "TY");
    units.put("luc nam", "LN");
    units.put("luc ngan", "LNG");
    units.put("son dong", "SD");
    units.put("khoi doanh nghiep tinh", "KDN");
    assertThat(
            NAMES.mentioned(
                "(Kèm theo Báo cáo số 61/BC-HPN ngày 15/9/2020 của Hội LHPN thành phố Bắc Giang)",
                units))
        .containsExactly("TPBG");
    assertThat(NAMES.mentioned("Báo cáo của Hội Phụ nữ H. Tân Yên năm 2020", units))
        .containsExactly("TY");
    assertThat(NAMES.mentioned("Bao cao Luc Nam 2020", units)).containsExactly("LN");
    assertThat(
            NAMES.mentioned(
                "Hội LHPN Khối doanh nghiệp tỉnh phối hợp với Hội LHPN huyện Sơn Động", units))
        .containsExactly("KDN");
    // Two units named equally long: neither.
    assertThat(NAMES.mentioned("Hội LHPN huyện Lục Nam và Hội LHPN huyện Lục Ngạn", units))
        .containsExactlyInAnyOrder("LN", "LNG");
    // The province's place alone, in the province's line or a date line, is no unit.
    assertThat(NAMES.mentioned("BAN THƯỜNG VỤ HỘI LHPN TỈNH BẮC GIANG", units)).isEmpty();
    assertThat(NAMES.mentioned("Bắc Giang, ngày 15 tháng 9 năm 2020", units)).isEmpty();
    assertThat(NAMES.mentioned("Đường thôn Sơn", units)).isEmpty();
    // A commune or a hamlet of the same name is not the district's union.
    assertThat(NAMES.mentioned("Báo cáo của Hội LHPN xã Sơn Động", units)).isEmpty();
    assertThat(NAMES.mentioned("Đường thôn Tân Yên, huyện Lục Nam", units)).containsExactly("LN");
  }

  @Test
  void theWordListsComeFromTheConfig() {
    Reading reading =
        new Reading(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("quận"),
            List.of("ấp"),
            List.of("ấp"),
            List.of("Đoàn Thanh niên"));
    PlaceNames names = new PlaceNames(reading, "Cần Thơ");
    assertThat(names.key(DISTRICT, "quận Ninh Kiều, Cần Thơ")).isEqualTo("ninh kieu");
    assertThat(names.key(DISTRICT, "huyện Phong Điền")).isEqualTo("huyen phong dien");
    assertThat(names.unitKey("Đoàn Thanh niên quận Cái Răng")).isEqualTo("cai rang");
    assertThat(names.unitKey("Hội LHPN quận Cái Răng")).isEqualTo("hoi lhpn quan cai rang");
  }
}
