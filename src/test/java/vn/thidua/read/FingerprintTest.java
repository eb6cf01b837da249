package vn.thidua.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.testing.Findings.all;
import static vn.thidua.testing.Findings.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.model.Mark;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.text.Tcvn3;
import vn.thidua.read.text.Text;
import vn.thidua.render.Marks;
import vn.thidua.testing.BadFiles;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/**
 * The fingerprint of a workbook's data (WorkbookResult.fingerprint): every cell value of the cover
 * and the tables as read, with its sheet and place; nothing else.
 */
class FingerprintTest {
  static final Path TAN_YEN = Path.of("samples/2020/tan-yen.xlsx");
  static final Path SON_DONG = Path.of("samples/2020/son-dong.xls");

  @TempDir Path dir;

  @Test
  void theBytesHashedAreTheCoverThenEachTableCellByCellInReadingOrder() throws Exception {
    Book b = new Book();
    // Another sheet first, and the table before the cover: the cover is read first all the same.
    b.sheet("Ghi chú").row(1, "Đơn vị báo cáo", "không phải dữ liệu", 7);
    b.sheet("Biểu 3")
        .row(
            1,
            "STT",
            "Cơ sở Hội",
            "Tổng số cán bộ, hội viên",
            "Số đăng ký hành động",
            "Số đã thực hiện")
        .row(3, 1, "Xã A", 1000, 1000, 12.5, true);
    b.sheet("Thông tin")
        .row(1, "Đơn vị báo cáo", "Hội LHPN huyện Lục Nam")
        .row(2, "Ngày báo cáo", LocalDate.of(2020, 9, 15));
    WorkbookResult r = validate(b.write(dir.resolve("nho.xlsx")));

    Expected e = new Expected();
    e.sheet("Thông tin");
    e.cell(0, 0, 's', "Đơn vị báo cáo");
    e.cell(0, 1, 's', "Hội LHPN huyện Lục Nam");
    e.cell(1, 0, 's', "Ngày báo cáo");
    assertThat(DateUtil.getExcelDate(LocalDate.of(2020, 9, 15))).isEqualTo(44089.0);
    e.cell(1, 1, 'd', "44089");
    e.sheet("Biểu 3");
    String[] headers = {
      "STT", "Cơ sở Hội", "Tổng số cán bộ, hội viên", "Số đăng ký hành động", "Số đã thực hiện"
    };
    for (int c = 0; c < headers.length; c++) {
      e.cell(0, c, 's', headers[c]);
    }
    e.cell(2, 0, 'n', "1");
    e.cell(2, 1, 's', "Xã A");
    e.cell(2, 2, 'n', "1000");
    e.cell(2, 3, 'n', "1000");
    e.cell(2, 4, 'n', "12.5");
    e.cell(2, 5, 'b', "TRUE");
    assertThat(r.readable()).isTrue();
    assertThat(r.fingerprint()).isEqualTo(e.hex());
    // The same cells in an .xls: the same data.
    assertThat(validate(b.write(dir.resolve("nho.xls"))).fingerprint()).isEqualTo(e.hex());
  }

  @Test
  void aNumberIsHashedAsItsShortestPlainDecimal() {
    assertThat(Fingerprint.number(600.0)).isEqualTo("600");
    assertThat(Fingerprint.number(-0.0)).isEqualTo("0");
    assertThat(Fingerprint.number(0.6)).isEqualTo("0.6");
    assertThat(Fingerprint.number(12.50)).isEqualTo("12.5");
    assertThat(Fingerprint.number(1e-7)).isEqualTo("0.0000001");
    assertThat(Fingerprint.number(1e20)).isEqualTo("100000000000000000000");
    assertThat(Fingerprint.number(0x1p53 + 2)).isEqualTo("9007199254740994");
    assertThat(Fingerprint.number(-44089)).isEqualTo("-44089");
  }

  @Test
  void theSameDataGiveTheSameFingerprintAndOtherDataAnother() {
    String tanYen = validate(TAN_YEN).fingerprint();
    assertThat(tanYen).matches("[0-9a-f]{64}");
    assertThat(validate(TAN_YEN).fingerprint()).isEqualTo(tanYen);
    assertThat(validate(Path.of("samples/2020/luc-nam.xlsx")).fingerprint()).isNotEqualTo(tanYen);
    assertThat(validate(SON_DONG).fingerprint()).matches("[0-9a-f]{64}").isNotEqualTo(tanYen);
  }

  @Test
  void oneDataCellChangedChangesItAndAResaveWithoutChangeDoesNot() throws Exception {
    for (Path sample : new Path[] {TAN_YEN, SON_DONG}) {
      String before = validate(sample).fingerprint();
      assertThat(validate(variant(sample, "same", wb -> {})).fingerprint())
          .as(sample.toString())
          .isEqualTo(before);
      Path changed =
          variant(
              sample,
              "changed",
              wb -> {
                Sheet members = wb.getSheetAt(sheetIndex(wb, "3"));
                Cell c = firstNumber(members, 6);
                c.setCellValue(c.getNumericCellValue() + 1);
              });
      assertThat(validate(changed).fingerprint()).as(sample.toString()).isNotEqualTo(before);
      Path text =
          variant(
              sample,
              "text",
              wb -> {
                Cell c = firstText(wb.getSheetAt(sheetIndex(wb, "1")), 9);
                c.setCellValue(c.getStringCellValue() + " mới");
              });
      assertThat(validate(text).fingerprint()).as(sample.toString()).isNotEqualTo(before);
    }
  }

  @Test
  void theCoversReportDateChangesIt() throws Exception {
    for (Path sample : new Path[] {TAN_YEN, SON_DONG}) {
      WorkbookResult before = validate(sample);
      Path later =
          variant(
              sample,
              "later",
              wb -> {
                // Written the way the cell holds it: a date, or a date typed as text.
                Cell c = reportDateCell(wb);
                LocalDate next = before.reportDate().plusDays(1);
                if (c.getCellType() == CellType.STRING) {
                  c.setCellValue(next.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                } else {
                  c.setCellValue(next);
                }
              });
      WorkbookResult after = validate(later);
      assertThat(after.reportDate()).isEqualTo(before.reportDate().plusDays(1));
      assertThat(after.fingerprint()).as(sample.toString()).isNotEqualTo(before.fingerprint());
    }
  }

  @Test
  void aCsvValueChangedChangesIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("khoi-co-quan"));
    try (Stream<Path> files = Files.list(Path.of("samples/2020/khoi-co-quan"))) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    String before = validate(folder).fingerprint();
    assertThat(before).isEqualTo(validate(Path.of("samples/2020/khoi-co-quan")).fingerprint());
    Path members = folder.resolve("Biểu 3.csv");
    String text = Files.readString(members);
    assertThat(text).contains("Sở Y tế,497,");
    Files.writeString(members, text.replace("Sở Y tế,497,", "Sở Y tế,498,"));
    assertThat(validate(folder).fingerprint()).isNotEqualTo(before);
  }

  @Test
  void anotherSheetDoesNotChangeItWhereverItStands() throws Exception {
    for (Path sample : new Path[] {TAN_YEN, SON_DONG}) {
      Path extra =
          variant(
              sample,
              "extra",
              wb -> {
                Sheet s = wb.createSheet("Ghi chú");
                s.createRow(0).createCell(0).setCellValue("Số liệu gửi lại ngày 20/9");
                s.createRow(3).createCell(2).setCellValue(1234);
                wb.setSheetOrder("Ghi chú", 0);
              });
      assertThat(validate(extra).fingerprint())
          .as(sample.toString())
          .isEqualTo(validate(sample).fingerprint());
    }
  }

  @Test
  void aMarkThatCannotBeReadIsNoMarkAndTheWorkbookReadsAsBefore() throws Exception {
    Path plain = Districts.clean("Hội LHPN huyện Lục Nam", 9).write(dir.resolve("ln.xlsx"));
    Path marked =
        variant(
            plain,
            "marked",
            wb -> Marks.set(wb, new Mark(Mark.Kind.ANNOTATED, "90-hanh-dong-2020", "ab12")));
    WorkbookResult good = validate(marked);
    assertThat(good.mark()).isEqualTo(new Mark(Mark.Kind.ANNOTATED, "90-hanh-dong-2020", "ab12"));

    String ns =
        " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"";
    String property = "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\"";
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("cut", "<Properties" + ns + ">" + property + " name=\"thidua\"><vt:lpwstr>annot");
    broken.put("not xml", "\u0000\u0001 không phải XML");
    broken.put(
        "external entity",
        "<!DOCTYPE Properties [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><Properties"
            + ns
            + ">"
            + property
            + " name=\"thidua\"><vt:lpwstr>annotated &x;</vt:lpwstr></property></Properties>");
    broken.put(
        "a number",
        "<Properties"
            + ns
            + ">"
            + property
            + " name=\"thidua\"><vt:i4>12</vt:i4></property></Properties>");
    broken.put(
        "another kind",
        "<Properties"
            + ns
            + ">"
            + property
            + " name=\"thidua\"><vt:lpwstr>báo-cáo 2020</vt:lpwstr></property></Properties>");
    for (Map.Entry<String, String> e : broken.entrySet()) {
      Path bad =
          BadFiles.rewrite(
              marked,
              dir.resolve(e.getKey().replace(' ', '-') + ".xlsx"),
              (name, text) -> name.equals("docProps/custom.xml") ? e.getValue() : text);
      WorkbookResult r = validate(bad);
      assertThat(r.readable()).as(e.getKey()).isTrue();
      assertThat(r.mark()).as(e.getKey()).isNull();
      assertThat(all(r)).as(e.getKey()).isEqualTo(all(good));
      assertThat(r.fingerprint()).as(e.getKey()).isEqualTo(good.fingerprint());
    }
  }

  @Test
  void xlsPropertyStreamsThatCannotBeReadAreNoMarkAndTheWorkbookReadsAsBefore() throws Exception {
    Path plain = Districts.clean("Hội LHPN huyện Lục Nam", 9).write(dir.resolve("ln.xls"));
    Path marked =
        variant(
            plain,
            "marked",
            wb -> Marks.set(wb, new Mark(Mark.Kind.ANNOTATED, "90-hanh-dong-2020", "ab12")));
    WorkbookResult good = validate(marked);
    assertThat(good.mark()).isEqualTo(new Mark(Mark.Kind.ANNOTATED, "90-hanh-dong-2020", "ab12"));
    for (String how : new String[] {"cut", "junk"}) {
      Path bad = dir.resolve(how + ".xls");
      try (InputStream in = Files.newInputStream(marked);
          POIFSFileSystem fs = new POIFSFileSystem(in)) {
        for (String stream :
            new String[] {
              DocumentSummaryInformation.DEFAULT_STREAM_NAME, SummaryInformation.DEFAULT_STREAM_NAME
            }) {
          byte[] bytes;
          try (InputStream s = fs.createDocumentInputStream(stream)) {
            bytes = s.readAllBytes();
          }
          byte[] spoilt =
              how.equals("cut")
                  ? Arrays.copyOf(bytes, bytes.length / 2)
                  : "không phải property set".getBytes(StandardCharsets.UTF_8);
          fs.getRoot().getEntry(stream).delete();
          fs.createDocument(new ByteArrayInputStream(spoilt), stream);
        }
        try (OutputStream out = Files.newOutputStream(bad)) {
          fs.writeFilesystem(out);
        }
      }
      WorkbookResult r = validate(bad);
      assertThat(r.readable()).as(how).isTrue();
      assertThat(r.mark()).as(how).isNull();
      assertThat(all(r)).as(how).isEqualTo(all(good));
      assertThat(r.fingerprint()).as(how).isEqualTo(good.fingerprint());
    }
  }

  @Test
  void aWorkbookWithoutPropertiesHasNoMarkAndNoSavedTime() throws Exception {
    // POI's HSSF writes no property streams unless asked; XSSF no "modified".
    for (String name : new String[] {"ln.xls", "ln.xlsx"}) {
      Path file = Districts.clean("Hội LHPN huyện Lục Nam", 9).write(dir.resolve(name));
      WorkbookResult r = validate(file);
      assertThat(r.readable()).isTrue();
      assertThat(r.mark()).isNull();
      assertThat(r.saved()).isNull();
      assertThat(r.fingerprint()).isNotNull();
    }
  }

  // ---- helpers

  /** The bytes of the definition in Fingerprint's Javadoc, written out independently. */
  private static final class Expected {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    void sheet(String name) throws IOException {
      out.writeByte('S');
      string(name);
    }

    void cell(int row, int col, char kind, String value) throws IOException {
      out.writeByte('C');
      out.writeInt(row);
      out.writeInt(col);
      out.writeByte(kind);
      string(value);
    }

    private void string(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }

    String hex() throws Exception {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }
  }

  private interface Edit {
    void apply(Workbook wb) throws Exception;
  }

  /** The sample opened with POI, edited, and saved under a new name. */
  private Path variant(Path sample, String name, Edit edit) throws Exception {
    String file = sample.getFileName().toString();
    Path to = dir.resolve(name + "-" + file);
    try (InputStream in = Files.newInputStream(sample);
        Workbook wb = WorkbookFactory.create(in)) {
      edit.apply(wb);
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
    return to;
  }

  /** The sheet whose name ends in the table's number ("Biểu 3", "Bieu 3"). */
  private static int sheetIndex(Workbook wb, String number) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetName(i).endsWith(" " + number)) {
        return i;
      }
    }
    throw new IllegalStateException("no table " + number);
  }

  private static Cell firstNumber(Sheet s, int fromRow) {
    return first(s, fromRow, c -> {}, CellType.NUMERIC);
  }

  private static Cell firstText(Sheet s, int fromRow) {
    return first(s, fromRow, c -> {}, CellType.STRING);
  }

  private static Cell first(Sheet s, int fromRow, Consumer<Cell> unused, CellType type) {
    for (Row r : s) {
      if (r.getRowNum() < fromRow) {
        continue;
      }
      for (Cell c : r) {
        if (c.getCellType() == type && c.getColumnIndex() > 0) {
          return c;
        }
      }
    }
    throw new IllegalStateException("no " + type + " cell in " + s.getSheetName());
  }

  /** The cell right of the label "Ngày báo cáo" on the cover. */
  private static Cell reportDateCell(Workbook wb) {
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING && label(c.getStringCellValue())) {
            for (int col = c.getColumnIndex() + 1; col <= r.getLastCellNum(); col++) {
              Cell v = r.getCell(col);
              if (v != null && v.getCellType() != CellType.BLANK) {
                return v;
              }
            }
          }
        }
      }
    }
    throw new IllegalStateException("no report date");
  }

  // son-dong.xls writes its cover in TCVN3.
  private static boolean label(String text) {
    String t = Tcvn3.looksLikeTcvn3(text) ? Tcvn3.toUnicode(text, false) : text;
    return Text.fold(t).equals(Text.fold("Ngày báo cáo"));
  }
}
