package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.read.source.TestFiles.cell;
import static vn.thidua.read.source.TestFiles.row;
import static vn.thidua.read.source.TestFiles.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.read.source.RawCell.Kind;

/** The 2020 sample workbooks in samples/2020, read as districts sent them. */
class SampleWorkbooksTest {
  private static final Path SAMPLES = Path.of("samples", "2020");

  static Stream<Path> samples() throws Exception {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleReadsInFull(Path sample) throws Exception {
    try (WorkbookSource src = WorkbookSources.open(sample, null)) {
      assertThat(src.sheets()).extracting(SheetInfo::name).containsAnyOf("Thông tin", "Thong tin");
      for (SheetInfo s : src.sheets()) {
        List<RawRow> rows = rows(src, s.name());
        assertThat(rows).extracting(RawRow::index).isSorted().doesNotHaveDuplicates();
        for (RawRow r : rows) {
          assertThat(r.cells()).isNotEmpty().extracting(RawCell::col).isSorted();
        }
      }
    }
  }

  @Test
  void tanYenTextNumberAndBooleanFormula() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(SAMPLES.resolve("tan-yen.xlsx"), null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(cell(rows, 6, 3)).as("D7").isEqualTo(RawCell.string(3, "1.200"));
      RawCell h12 = cell(rows, 11, 7);
      assertThat(h12.kind()).isEqualTo(Kind.BOOLEAN);
      assertThat(h12.text()).isEqualTo("TRUE");
      assertThat(h12.formula()).isEqualTo("TRUE()");
    }
  }

  @Test
  void sonDongLegacyFontsAndFormulaLengths() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(SAMPLES.resolve("son-dong.xls"), null)) {
      assertThat(src.format()).isEqualTo("xls");
      assertThat(src.sheets())
          .extracting(SheetInfo::name)
          .containsExactly("Thong tin", "Bieu 1", "Bieu 2", "Bieu 3", "Bieu 4");
      List<RawRow> rows = rows(src, "Bieu 1");
      assertThat(cell(rows, 9, 4))
          .as("E10")
          .isEqualTo(new RawCell(4, Kind.NUMBER, null, 1200, false, "1.2*1000", ".VnTime"));
      RawCell a2 = cell(rows, 1, 0);
      assertThat(a2.font()).isEqualTo(".VnTimeH");
      assertThat(a2.text()).as("TCVN3 as stored").isEqualTo("HéI LHPN HUYÖN S¬N ®éNG");
      assertThat(rows)
          .flatExtracting(RawRow::cells)
          .filteredOn(c -> c.kind() == Kind.STRING)
          .allSatisfy(c -> assertThat(c.font()).startsWith(".VnTime"));
    }
  }

  @Test
  void lucNamHiddenRowAndHiddenSheet() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(SAMPLES.resolve("luc-nam.xlsx"), null)) {
      assertThat(src.sheets())
          .contains(new SheetInfo(6, "DM", true), new SheetInfo(5, "Sheet1", false));
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(row(rows, 22).hidden()).as("row 23").isTrue();
      assertThat(row(rows, 21).hidden()).isFalse();
      assertThat(rows).filteredOn(RawRow::hidden).hasSize(1);
      assertThat(rows(src, "Sheet1")).isEmpty();
      // 3,000 bordered empty rows after the table are not returned.
      assertThat(rows.get(rows.size() - 1).index()).isLessThan(40);
    }
  }

  @Test
  void hiepHoaHiddenTableSheet() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(SAMPLES.resolve("hiep-hoa.xlsx"), null)) {
      assertThat(src.sheets()).contains(new SheetInfo(4, "Biểu 4", true));
      assertThat(src.sheets()).filteredOn(SheetInfo::hidden).hasSize(1);
      assertThat(rows(src, "Biểu 4")).isNotEmpty();
    }
  }

  @Test
  void yenTheMergedCommune() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(SAMPLES.resolve("yen-the.xls"), null);
        SheetReader r = src.open(src.sheets().get(1))) {
      assertThat(src.sheets().get(1).name()).isEqualTo("Biểu 1");
      assertThat(r.merges()).contains(new Merge(8, 10, 3, 3));
      RawRow first = r.next();
      assertThat(first.index()).isZero();
    }
  }

  @Test
  void khoiCoQuanCsvFolder() throws Exception {
    try (WorkbookSource src = WorkbookSources.open(SAMPLES.resolve("khoi-co-quan"), null)) {
      assertThat(src.format()).isEqualTo("csv");
      assertThat(src.sheets())
          .extracting(SheetInfo::name)
          .containsExactly("Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4", "Thông tin");
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(cell(rows, 4, 0).text()).isEqualTo("STT");
      RawRow data = row(rows, 5);
      assertThat(data.cell(0)).isEqualTo(RawCell.string(0, "1"));
      assertThat(data.cell(1).text())
          .isEqualTo("Đường \"Sáng - Xanh - Sạch đẹp - An toàn\" thôn Khuôn Thần");
      assertThat(data.cell(4)).as("E6").isEqualTo(RawCell.string(4, "Lục Ngạn"));
      assertThat(data.cell(15)).isEqualTo(RawCell.string(15, "22/08/2020"));
    }
  }
}
