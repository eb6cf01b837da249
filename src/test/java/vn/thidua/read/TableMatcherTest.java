package vn.thidua.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.read.source.Merge;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;

/** Header rows as districts write them, matched to the default config's tables. */
class TableMatcherTest {
  private static final Config CONFIG = ConfigLoader.loadDefault().config();

  private static TableMatcher table(String key) {
    return new TableMatcher(CONFIG.table(key).orElseThrow(), CONFIG.reading());
  }

  private static RawRow row(int index, Object... values) {
    List<RawCell> cells = new ArrayList<>();
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof String s) {
        cells.add(RawCell.string(c, s));
      } else if (values[c] instanceof Number n) {
        cells.add(RawCell.number(c, n.doubleValue()));
      }
    }
    return new RawRow(index, false, cells);
  }

  @Test
  void singleRowHeaderWithFlatFundNames() {
    Grid g =
        new Grid(
            List.of(
                row(0, "BIỂU 1"),
                row(
                    5,
                    "STT",
                    "Xã, phường, thị trấn",
                    "Tên con đường",
                    "Chiều dài (m)",
                    "Kinh phí — Hội",
                    "Kinh phí - Nhân dân đóng góp",
                    "Kinh phí Nguồn khác",
                    "Điện chiếu sáng",
                    "Ngày hoàn thành",
                    "Số hộ hưởng lợi")),
            List.of());
    HeaderMatch m = table("roads").find(g, 30, true);
    assertThat(m.headerRow()).isEqualTo(5);
    assertThat(m.headerRows()).isEqualTo(1);
    assertThat(m.indexCol()).isZero();
    assertThat(m.columns())
        .containsEntry("commune", 1)
        .containsEntry("name", 2)
        .containsEntry("length_m", 3)
        .containsEntry("fund_union", 4)
        .containsEntry("fund_people", 5)
        .containsEntry("fund_other", 6)
        .containsEntry("lighting", 7)
        .containsEntry("completed_on", 8);
    assertThat(m.extras())
        .extracting(HeaderMatch.HeaderCell::text)
        .containsExactly("Số hộ hưởng lợi");
  }

  @Test
  void twoRowHeaderWithMergedGroups() {
    Grid g =
        new Grid(
            List.of(
                row(
                    6,
                    "STT",
                    "Tên con đường",
                    null,
                    null,
                    "Chiều dài (m)",
                    "Tiêu chuẩn",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Kinh phí (triệu đồng)"),
                row(
                    7,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Điện chiếu sáng",
                    "Số bóng điện",
                    "Trồng hoa, cây xanh",
                    "Sạch, không rác thải",
                    "Camera an ninh",
                    "Gắn biển",
                    "Hội",
                    "Nhân dân đóng góp",
                    "Nguồn khác")),
            List.of(
                new Merge(6, 7, 0, 0),
                new Merge(6, 7, 1, 1),
                new Merge(6, 7, 4, 4),
                new Merge(6, 6, 5, 10),
                new Merge(6, 6, 11, 13)));
    HeaderMatch m = table("roads").find(g, 30, true);
    assertThat(m.headerRows()).isEqualTo(2);
    assertThat(m.lastHeaderRow()).isEqualTo(7);
    assertThat(m.columns())
        .containsEntry("name", 1)
        .containsEntry("length_m", 4)
        .containsEntry("lighting", 5)
        .containsEntry("sign", 10)
        .containsEntry("fund_union", 11)
        .containsEntry("fund_people", 12)
        .containsEntry("fund_other", 13);
  }

  @Test
  void unmergedGroupCellStillCoversTheSubHeadersToItsRight() {
    Grid g =
        new Grid(
            List.of(
                row(
                    0,
                    "STT",
                    "Tên con đường",
                    "Chiều dài",
                    "Ngày hoàn thành",
                    "Kinh phí",
                    null,
                    null),
                row(1, null, null, null, null, "Hội", "Nhân dân", "Khác")),
            List.of());
    HeaderMatch m = table("roads").find(g, 30, true);
    assertThat(m.columns())
        .containsEntry("fund_union", 4)
        .containsEntry("fund_people", 5)
        .containsEntry("fund_other", 6);
  }

  @Test
  void headersWithoutDiacriticsInCapitalsAndWithLineBreaks() {
    Grid g =
        new Grid(
            List.of(
                row(
                    3,
                    "TT",
                    "TEN CON DUONG",
                    "Xa,\nphuong,  thi tran",
                    "CHIEU DAI\n(MET)",
                    "Ngay hoan thanh")),
            List.of());
    HeaderMatch m = table("roads").find(g, 30, false);
    assertThat(m.columns()).containsOnlyKeys("name", "commune", "length_m", "completed_on");
    assertThat(m.requiredFound()).isEqualTo(4);
  }

  @Test
  void headerScanNeedsMostRequiredColumnsButANamedSheetNeedsTwo() {
    Grid g = new Grid(List.of(row(4, "STT", "Tên con đường", "Ghi chú")), List.of());
    assertThat(table("roads").find(g, 30, false)).isNull();
    assertThat(table("roads").find(g, 30, true)).isNotNull();
  }

  @Test
  void headerBelowTheSearchedRowsIsNotFound() {
    Grid g = new Grid(List.of(row(31, "STT", "Cơ sở Hội", "Tổng số cán bộ, hội viên")), List.of());
    assertThat(table("members").find(g, 30, false)).isNull();
    assertThat(table("members").find(g, 32, false)).isNotNull();
  }

  @Test
  void aTableIsNamedByItsSheetAliases() {
    assertThat(table("roads").matchesSheetName("BIEU 1")).isTrue();
    assertThat(table("roads").matchesSheetName("Con duong")).isTrue();
    assertThat(table("roads").matchesSheetName("Biểu 2")).isFalse();
    assertThat(table("nominations").matchesSheetName("Đề nghị khen thưởng")).isTrue();
  }

  @Test
  void columnNumberRows() {
    assertThat(RowKinds.isColumnNumbers(row(8, "(1)", "(2)", "(3)", "(4)"))).isTrue();
    assertThat(RowKinds.isColumnNumbers(row(8, 1, 2, 3, 4, 5))).isTrue();
    assertThat(RowKinds.isColumnNumbers(row(8, "A", "B", "C"))).isTrue();
    assertThat(RowKinds.isColumnNumbers(row(8, 1, "Đường A", 600))).isFalse();
    assertThat(RowKinds.isColumnNumbers(row(8, 1, 2))).isFalse();
  }

  @Test
  void groupAndTotalsRows() {
    RowKinds kinds = new RowKinds(CONFIG.reading());
    assertThat(RowKinds.isGroup(row(9, "I", "Cấp huyện"), 0)).isTrue();
    assertThat(RowKinds.isGroup(row(9, null, "Xã Bảo Sơn"), 0)).isTrue();
    assertThat(RowKinds.isGroup(row(9, 1, "Xã Bảo Sơn"), 0)).isFalse();
    assertThat(RowKinds.isGroup(row(9, "I", "Cấp huyện", 3), 0)).isFalse();
    RowKinds.NumberTest numbers = c -> c.kind() == RawCell.Kind.NUMBER;
    assertThat(kinds.totalsLabel(row(20, null, "Tổng cộng", 100), 0, numbers))
        .isEqualTo("Tổng cộng");
    assertThat(kinds.totalsLabel(row(20, "Cộng", null, 100), 0, numbers)).isEqualTo("Cộng");
    assertThat(kinds.totalsLabel(row(20, null, "Công ty May", 100), 0, numbers)).isNull();
    assertThat(kinds.totalsLabel(row(20, 3, "Cộng đồng dân cư", 100), 0, numbers)).isNull();
    assertThat(kinds.totalsLabel(row(20, null, "Tổng cộng"), 0, numbers)).isNull();
    assertThat(kinds.totalsLabel(row(20, null, "TONG CONG:", 5), 0, numbers))
        .isEqualTo("TONG CONG:");
    assertThat(kinds.totalsLabel(row(20, null, "Cong", 5), 0, numbers)).isEqualTo("Cong");
    assertThat(kinds.totalsLabel(row(20, null, "Cong ty May", 5), 0, numbers)).isNull();
    assertThat(kinds.totalsLabel(row(20, null, "Cộng toàn huyện", 5), 0, numbers))
        .isEqualTo("Cộng toàn huyện");
  }

  @Test
  void signatureBlock() {
    RowKinds kinds = new RowKinds(CONFIG.reading());
    assertThat(
            kinds.isEnd(
                row(22, null, "Người lập biểu", null, "Bắc Giang, ngày 16 tháng 9 năm 2020"), 0))
        .isTrue();
    assertThat(kinds.isEnd(row(23, null, null, null, "TM. BAN THƯỜNG VỤ"), 0)).isTrue();
    assertThat(kinds.isEnd(row(24, null, "CHỦ TỊCH"), 0)).isTrue();
    assertThat(kinds.isEnd(row(10, 3, "Ban Thường vụ phát động", "x", "x"), 0)).isFalse();
  }
}
