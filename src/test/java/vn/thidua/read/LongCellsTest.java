package vn.thidua.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testing.Findings.all;
import static vn.thidua.testing.Findings.lines;
import static vn.thidua.testing.Findings.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.CellValue;
import vn.thidua.model.Config;
import vn.thidua.model.TableRow;
import vn.thidua.model.WorkbookListener;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.testing.BadFiles;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/**
 * Cells of a megabyte, as in POI's poc-shared-strings.xlsx (12,000 cells pointing at one shared
 * string): headers, labels and keywords are matched on a text's head only, and one long text shared
 * by many cells is worked out once, while data values are still read whole.
 */
class LongCellsTest {
  private static final Config CONFIG = ConfigLoader.loadDefault().config();
  private static final String PLACEHOLDER = "LONG-TEXT-HERE";
  private static final int MEGABYTE = 1 << 20;

  @TempDir Path dir;

  /** A megabyte of letters in runs, like the POI file: deflates well, but not like a zip bomb. */
  private static String junk(String head) {
    Random r = new Random(5);
    StringBuilder sb = new StringBuilder(head);
    while (sb.length() < MEGABYTE) {
      sb.append(String.valueOf((char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26))).repeat(32));
    }
    sb.setLength(MEGABYTE);
    return sb.toString();
  }

  /** The book written, with the one shared string {@link #PLACEHOLDER} made {@code text}. */
  private Path write(Book b, String name, String text) throws Exception {
    // POI refuses cells over 32,767 characters; a shared string table holds any length.
    Path plain = b.write(dir.resolve("plain-" + name));
    return BadFiles.rewrite(
        plain,
        dir.resolve(name),
        (entry, xml) -> entry.endsWith("sharedStrings.xml") ? xml.replace(PLACEHOLDER, text) : xml);
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
  void aHeaderThatGoesOnForAMegabyteNamesNoColumn() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 1").set("B6", PLACEHOLDER);
    var r = validate(write(b, "tieu-de-dai.xlsx", junk("Tên con đường ")));
    assertThat(lines(r)).containsExactly("Biểu 1 error column.missing");
    assertThat(all(r)).contains("Biểu 1!B6 info column.extra");
    assertThat(r.findings().stream().filter(f -> f.rule().equals("column.extra")))
        .singleElement()
        .satisfies(f -> assertThat(f.value()).hasSize(MEGABYTE).startsWith("Tên con đường "));
  }

  @Test
  void aHeaderWhoseHeadIsARealHeaderIsStillNoMatch() {
    String header = junk("Tên con đường ");
    Grid g =
        new Grid(
            List.of(
                row(
                    5,
                    "STT",
                    header,
                    "Xã, phường, thị trấn",
                    "Chiều dài (m)",
                    "Ngày hoàn thành",
                    "Ghi chú")),
            List.of());
    HeaderMatch m =
        new TableMatcher(CONFIG.table("roads").orElseThrow(), CONFIG.reading()).find(g, 30, true);
    assertThat(m.columns()).containsKeys("commune", "length_m").doesNotContainKey("name");
    assertThat(m.extras()).singleElement().satisfies(x -> assertThat(x.text()).isSameAs(header));
  }

  @Test
  void cellsSharingOneMegabyteAreReadWholeFromOneCleanedText() throws Exception {
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    for (int row = 9; row <= 17; row++) {
      b.sheet("Biểu 1").set("B" + row, PLACEHOLDER).set("P" + row, PLACEHOLDER);
    }
    // Cleaning changes the text (the double space), so each cell would get its own copy.
    String text = junk("Đường  thôn ");
    Path file = write(b, "chia-se.xlsx", text);

    assertThat(lines(validate(file))).isEmpty();
    List<CellValue> values = new ArrayList<>();
    new WorkbookReader(CONFIG)
        .read(
            file,
            "chia-se.xlsx",
            ReadOptions.DEFAULT,
            new WorkbookListener() {
              @Override
              public void row(TableRow row) {
                if (row.table().equals("roads")) {
                  values.add(row.cell("name"));
                  values.add(row.cell("note"));
                }
              }
            });
    assertThat(values).hasSize(18);
    String whole = values.get(0).written();
    assertThat(whole).hasSize(text.length() - 1).startsWith("Đường thôn ");
    assertThat(values).allSatisfy(v -> assertThat(v.written()).isSameAs(whole));
  }

  @Test
  void aSheetOfTwelveThousandCellsSharingAMegabyteIsNoReport() throws Exception {
    Object[] cells = new Object[300];
    java.util.Arrays.fill(cells, PLACEHOLDER);
    Book b = new Book();
    for (int row = 1; row <= 40; row++) {
      b.sheet("Tabelle1").row(row, cells);
    }
    var r = validate(write(b, "poc.xlsx", junk("")));
    assertThat(lines(r)).containsExactly("- error file.not_report");
  }

  @Test
  void rowKeywordsAreLookedForInTheHeadOfALongText() {
    RowKinds kinds = new RowKinds(CONFIG.reading());
    String tail = "y".repeat(300);
    assertThat(kinds.isEnd(row(40, null, "Người lập biểu " + junk("")), 0)).isTrue();
    assertThat(kinds.isEnd(row(40, null, "Bắc Giang, ngày 15 tháng 9 năm 2020 " + tail), 0))
        .isTrue();
    // The dateline past the head is not looked at: the row is data.
    assertThat(kinds.isEnd(row(40, null, tail + " Bắc Giang, ngày 15 tháng 9 năm 2020"), 0))
        .isFalse();

    String totals = "Tổng  cộng " + junk("");
    assertThat(kinds.totalsLabel(row(20, null, totals, 100), 0, c -> RowKinds.isNumber(c)))
        .isEqualTo(vn.thidua.read.text.Text.clean(totals));
    assertThat(kinds.totalsLabel(row(20, null, "Cong " + tail, 100), 0, RowKinds::isNumber))
        .isNull();
    assertThat(RowKinds.isGroupMark(RawCell.string(0, "I" + tail))).isFalse();
  }
}
