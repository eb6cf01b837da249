package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.read.source.TestFiles.rows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFolderSourceTest {
  @TempDir Path dir;

  private Path folder() throws IOException {
    return Files.createDirectories(dir.resolve("khoi"));
  }

  private static Path write(Path folder, String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Path writeBytes(Path folder, String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return Files.write(folder.resolve(name), out.toByteArray());
  }

  @Test
  void listsCsvFilesSortedAsSheets() throws Exception {
    Path f = folder();
    write(f, "Thông tin.csv", "a,b\n");
    write(f, "Biểu 2.CSV", "a,b\n");
    write(f, "Biểu 1.csv", "a,b\n");
    write(f, "ghi chú.txt", "x");
    write(f, "~$Biểu 1.csv", "lock");
    write(f, ".Biểu 3.csv", "hidden");
    Files.createDirectory(f.resolve("Biểu 9.csv"));
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      assertThat(src.format()).isEqualTo("csv");
      assertThat(src.sheets())
          .containsExactly(
              new SheetInfo(0, "Biểu 1", false),
              new SheetInfo(1, "Biểu 2", false),
              new SheetInfo(2, "Thông tin", false));
    }
  }

  @Test
  void namesSheetsInNfcWhateverTheFileSystemStores() throws Exception {
    Path f = folder();
    String nfd = Normalizer.normalize("Biểu 1", Normalizer.Form.NFD);
    write(f, nfd + ".csv", "a,b\n");
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      assertThat(src.sheets().get(0).name()).isEqualTo("Biểu 1");
      assertThat(rows(src, "Biểu 1")).hasSize(1);
    }
  }

  @Test
  void readsFieldsAsStringsWithRecordIndexes() throws Exception {
    Path f = folder();
    write(f, "Biểu 1.csv", "TIÊU ĐỀ,,\n,,\nSTT,Tên,Chiều dài\n1,Đường A,1.200\n\n2,,600\n");
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(rows).extracting(RawRow::index).containsExactly(0, 2, 3, 5);
      assertThat(rows.get(0).cells()).containsExactly(RawCell.string(0, "TIÊU ĐỀ"));
      assertThat(rows.get(2).cells())
          .containsExactly(
              RawCell.string(0, "1"), RawCell.string(1, "Đường A"), RawCell.string(2, "1.200"));
      assertThat(rows.get(3).cells())
          .containsExactly(RawCell.string(0, "2"), RawCell.string(2, "600"));
      assertThat(rows).allSatisfy(r -> assertThat(r.hidden()).isFalse());
    }
  }

  @Test
  void stripsTheBom() throws Exception {
    Path f = folder();
    writeBytes(
        f,
        "Biểu 1.csv",
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "STT,Tên\n1,A\n".getBytes(StandardCharsets.UTF_8));
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      assertThat(rows(src, "Biểu 1").get(0).cell(0).text()).isEqualTo("STT");
    }
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() throws Exception {
    Path f = folder();
    write(
        f,
        "Biểu 1.csv",
        "STT,Tên,\"Thôn, tổ\"\r\n"
            + "1,\"Đường \"\"Sáng - Xanh\"\"\",\"dòng 1\r\ndòng 2\"\r\n"
            + "2,C:\\duong\\a,x\r\n");
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      List<RawRow> rows = rows(src, "Biểu 1");
      assertThat(rows).extracting(RawRow::index).containsExactly(0, 1, 2);
      assertThat(rows.get(0).cell(2).text()).isEqualTo("Thôn, tổ");
      assertThat(rows.get(1).cell(1).text()).isEqualTo("Đường \"Sáng - Xanh\"");
      assertThat(rows.get(1).cell(2).text()).isEqualTo("dòng 1\ndòng 2");
      assertThat(rows.get(2).cell(1).text()).as("backslash is no escape").isEqualTo("C:\\duong\\a");
    }
  }

  @Test
  void sniffsSemicolonSeparator() throws Exception {
    Path f = folder();
    write(
        f,
        "Biểu 3.csv",
        "HỘI LHPN KHỐI\n\nSTT;Cơ sở Hội;Tổng số\n1;Sở Y tế, tỉnh;12,5\n2;\"a;b\";3\n");
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      List<RawRow> rows = rows(src, "Biểu 3");
      assertThat(rows.get(1).cells())
          .containsExactly(
              RawCell.string(0, "STT"),
              RawCell.string(1, "Cơ sở Hội"),
              RawCell.string(2, "Tổng số"));
      assertThat(rows.get(2).cell(1).text()).isEqualTo("Sở Y tế, tỉnh");
      assertThat(rows.get(2).cell(2).text()).isEqualTo("12,5");
      assertThat(rows.get(3).cell(1).text()).isEqualTo("a;b");
    }
  }

  @Test
  void sniffPrefersCommaWhenBothFit() {
    assertThat(CsvSheetReader.sniff("a,b;c,d\ne,f;g,h\n", false)).isEqualTo(',');
    assertThat(CsvSheetReader.sniff("a;b;c\nd;e;f\n", false)).isEqualTo(';');
    assertThat(CsvSheetReader.sniff("one\ntwo\n", false)).isEqualTo(',');
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws Exception {
    Path f = folder();
    StringBuilder head = new StringBuilder("STT,Tên\n");
    for (int i = 1; i <= 4000; i++) {
      head.append(i).append(",Đường số ").append(i).append('\n');
    }
    // "Đường" in Windows-1258 on line 4002, past the separator sniffing and many read buffers.
    writeBytes(
        f,
        "Biểu 1.csv",
        head.toString().getBytes(StandardCharsets.UTF_8),
        new byte[] {
          '4', '0', '0', '1', ',', (byte) 0xD0, 'u', (byte) 0xF5, (byte) 0xF2, 'n', 'g', '\n'
        },
        "4002,ok\n".getBytes(StandardCharsets.UTF_8));
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      assertThatThrownBy(() -> rows(src, "Biểu 1"))
          .isInstanceOfSatisfying(
              ReadException.class,
              e -> {
                assertThat(e.key()).isEqualTo("file.csv.encoding");
                assertThat(e.args()).containsExactly(f.resolve("Biểu 1.csv").toString(), 4002);
              });
    }
  }

  @Test
  void invalidUtf8AtTheStartFailsOpen() throws Exception {
    Path f = folder();
    writeBytes(f, "Biểu 1.csv", new byte[] {'S', 'T', 'T', '\n', (byte) 0xFF, '\n'});
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      assertThatThrownBy(() -> src.open(src.sheets().get(0)))
          .isInstanceOfSatisfying(
              ReadException.class,
              e -> {
                assertThat(e.key()).isEqualTo("file.csv.encoding");
                assertThat(e.args().get(1)).isEqualTo(2);
              });
    }
  }

  @Test
  void unterminatedQuoteIsCorrupt() throws Exception {
    Path f = folder();
    write(f, "Biểu 1.csv", "STT,Tên\n1,\"Đường A\n");
    try (WorkbookSource src = WorkbookSources.open(f, null);
        SheetReader r = src.open(src.sheets().get(0))) {
      assertThat(r.next().index()).isZero();
      assertThatThrownBy(r::next)
          .isInstanceOfSatisfying(
              ReadException.class, e -> assertThat(e.key()).isEqualTo("file.corrupt"));
    }
  }

  @Test
  void emptyCsvIsAnEmptySheet() throws Exception {
    Path f = folder();
    write(f, "Biểu 1.csv", "");
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      assertThat(rows(src, "Biểu 1")).isEmpty();
    }
  }

  @Test
  void closingEarlyStopsTheReader() throws Exception {
    Path f = folder();
    write(f, "Biểu 1.csv", "a\nb\nc\n");
    try (WorkbookSource src = WorkbookSources.open(f, null)) {
      SheetReader r = src.open(src.sheets().get(0));
      assertThat(r.merges()).isEmpty();
      assertThat(r.next().cell(0).text()).isEqualTo("a");
      r.close();
      assertThat(r.hasNext()).isFalse();
      // The file is free again: it can be replaced (Windows would refuse while open).
      Files.delete(f.resolve("Biểu 1.csv"));
    }
  }
}
