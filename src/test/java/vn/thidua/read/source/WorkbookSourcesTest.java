package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.thidua.read.source.TestFiles.rows;
import static vn.thidua.read.source.TestFiles.sheetXml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.model.Phrase;
import vn.thidua.read.source.TestFiles.RawXlsx;

class WorkbookSourcesTest {
  @TempDir Path dir;

  private static void assertKey(ThrowingCallable call, String key, Path path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ReadException.class,
            e -> {
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.args()).first().isEqualTo(path.toString());
            });
  }

  private Path xlsx(String name) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Biểu 1").createRow(0).createCell(0).setCellValue("Tên con đường");
    return TestFiles.write(wb, dir.resolve(name));
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  @Test
  void missingFile() {
    Path p = dir.resolve("nope.xlsx");
    assertKey(() -> WorkbookSources.open(p, null), "file.missing", p);
  }

  @Test
  void emptyFile() throws IOException {
    Path p = Files.createFile(dir.resolve("empty.xlsx"));
    assertKey(() -> WorkbookSources.open(p, null), "file.empty", p);
  }

  @Test
  void textRenamedXlsxIsUnknown() throws IOException {
    Path p = Files.writeString(dir.resolve("notes.xlsx"), "STT,Tên\n1,Đường A\n");
    assertKey(() -> WorkbookSources.open(p, null), "file.format.unknown", p);
  }

  @Test
  void pdfIsUnknown() throws IOException {
    Path p = Files.writeString(dir.resolve("report.xls"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
    assertKey(() -> WorkbookSources.open(p, null), "file.format.unknown", p);
  }

  @Test
  void truncatedXlsxIsCorrupt() throws IOException {
    byte[] whole = Files.readAllBytes(xlsx("whole.xlsx"));
    Path p = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    assertKey(() -> WorkbookSources.open(p, null), "file.corrupt", p);
    ReadException e =
        catchThrowableOfType(ReadException.class, () -> WorkbookSources.open(p, null));
    assertThat(e.args()).containsExactly(p.toString(), Phrase.of("why.cut"));
  }

  @Test
  void brokenOle2IsCorrupt() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
    byte[] whole = Files.readAllBytes(TestFiles.write(wb, dir.resolve("whole.xls")));
    Path p = Files.write(dir.resolve("half.xls"), Arrays.copyOf(whole, whole.length / 2));
    assertKey(() -> WorkbookSources.open(p, null), "file.corrupt", p);
  }

  @Test
  void odsIsRecognised() throws IOException {
    Path p =
        TestFiles.zip(
            dir.resolve("bao-cao.xlsx"),
            Map.of(
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>"));
    assertKey(() -> WorkbookSources.open(p, null), "file.format.ods", p);
  }

  @Test
  void xlsbIsRecognised() throws IOException {
    Path p =
        TestFiles.zip(
            dir.resolve("bao-cao.xlsx"),
            Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.bin", "binary"));
    assertKey(() -> WorkbookSources.open(p, null), "file.format.xlsb", p);
  }

  @Test
  void plainZipIsUnknown() throws IOException {
    Path p = TestFiles.zip(dir.resolve("photos.xlsx"), Map.of("a.txt", "hello"));
    assertKey(() -> WorkbookSources.open(p, null), "file.format.unknown", p);
  }

  @Test
  void wordDocumentRenamedXlsxIsUnknown() throws IOException {
    String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Path p =
        TestFiles.zip(
            dir.resolve("letter.xlsx"),
            Map.of(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>",
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\""
                    + rels
                    + "/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>",
                "word/document.xml",
                "<document/>"));
    assertKey(() -> WorkbookSources.open(p, null), "file.format.unknown", p);
  }

  @Test
  void biff2To4IsOldExcel() throws IOException {
    byte[] biff2 = {0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0};
    Path p = Files.write(dir.resolve("old.xls"), biff2);
    assertKey(() -> WorkbookSources.open(p, null), "file.format.xls95", p);
  }

  @Test
  void biff5InOle2IsOldExcel() throws IOException {
    Path p = dir.resolve("excel95.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(p)) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "Book");
      fs.writeFilesystem(out);
    }
    assertKey(() -> WorkbookSources.open(p, null), "file.format.xls95", p);
  }

  @Test
  void ole2WithoutWorkbookIsUnknown() throws IOException {
    Path p = dir.resolve("letter.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(p)) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    assertKey(() -> WorkbookSources.open(p, null), "file.format.unknown", p);
  }

  @Test
  void folderWithoutCsvFiles() throws IOException {
    Path p = Files.createDirectory(dir.resolve("bao-cao"));
    Files.writeString(p.resolve("readme.txt"), "x");
    Files.writeString(p.resolve("~$Biểu 1.csv"), "x");
    assertKey(() -> WorkbookSources.open(p, null), "file.folder.nocsv", p);
  }

  private Path encryptedXlsx(String password) throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Biểu 1").createRow(2).createCell(1).setCellValue("bí mật");
    byte[] plain = bytes(wb);
    Path p = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }
    return p;
  }

  @Test
  void encryptedXlsxWithoutPassword() throws Exception {
    Path p = encryptedXlsx("hoi2020");
    assertKey(() -> WorkbookSources.open(p, null), "file.encrypted", p);
  }

  @Test
  void encryptedXlsxWithWrongPassword() throws Exception {
    Path p = encryptedXlsx("hoi2020");
    assertKey(() -> WorkbookSources.open(p, "hoi2021"), "file.password.wrong", p);
  }

  @Test
  void encryptedXlsxWithRightPassword() throws Exception {
    Path p = encryptedXlsx("hoi2020");
    Path temp;
    try (XlsxSource src = (XlsxSource) WorkbookSources.open(p, "hoi2020")) {
      assertThat(src.format()).isEqualTo("xlsx");
      assertThat(TestFiles.cell(rows(src, "Biểu 1"), 2, 1)).isEqualTo(RawCell.string(1, "bí mật"));
      temp = tempFileOf(src);
      assertThat(temp).exists();
    }
    assertThat(temp).as("decrypted copy deleted on close").doesNotExist();
  }

  private static Path tempFileOf(XlsxSource src) throws Exception {
    var f = XlsxSource.class.getDeclaredField("tempFile");
    f.setAccessible(true);
    return (Path) f.get(src);
  }

  private Path encryptedXls(String password) throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    wb.createSheet("Bieu 1").createRow(0).createCell(0).setCellValue("mat khau");
    Path p = dir.resolve("locked.xls");
    Biff8EncryptionKey.setCurrentUserPassword(password);
    try {
      TestFiles.write(wb, p);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    return p;
  }

  @Test
  void encryptedXls() throws Exception {
    Path p = encryptedXls("hoi2020");
    assertKey(() -> WorkbookSources.open(p, null), "file.encrypted", p);
    assertKey(() -> WorkbookSources.open(p, "sai"), "file.password.wrong", p);
    try (WorkbookSource src = WorkbookSources.open(p, "hoi2020")) {
      assertThat(src.format()).isEqualTo("xls");
      assertThat(TestFiles.cell(rows(src, "Bieu 1"), 0, 0).text()).isEqualTo("mat khau");
    }
    assertThat(Biff8EncryptionKey.getCurrentUserPassword()).as("password cleared").isNull();
  }

  @Test
  void detectsTheFormatByContentNotExtension() throws Exception {
    Path xlsxNamedXls = Files.move(xlsx("a.xlsx"), dir.resolve("a.xls"));
    HSSFWorkbook wb = new HSSFWorkbook();
    wb.createSheet("S");
    Path xlsNamedXlsx = TestFiles.write(wb, dir.resolve("b.xlsx"));
    try (WorkbookSource a = WorkbookSources.open(xlsxNamedXls, null);
        WorkbookSource b = WorkbookSources.open(xlsNamedXlsx, null)) {
      assertThat(a.format()).isEqualTo("xlsx");
      assertThat(b.format()).isEqualTo("xls");
    }
  }

  @Test
  void aWorkbookOpenedAheadIsTakenByItsOwnOpenOnly() throws Exception {
    Path p = Path.of("../../samples/2020/tan-yen.xlsx");
    p = Files.exists(p) ? p : Path.of("samples/2020/tan-yen.xlsx");
    WorkbookSources.preopen(p, null);
    try (WorkbookSource other = WorkbookSources.open(p, "another password")) {
      assertThat(other.format()).isEqualTo("xlsx");
    }
    WorkbookSource first = WorkbookSources.open(p, null);
    WorkbookSource second = WorkbookSources.open(p, null);
    try (first;
        second) {
      assertThat(first).as("the one opened ahead, taken once").isNotSameAs(second);
      assertThat(rows(first, "Biểu 1")).isEqualTo(rows(second, "Biểu 1"));
    }

    // One that fails to open is left for the open that says why.
    Path missing = dir.resolve("khong-co.xlsx");
    WorkbookSources.preopen(missing, null);
    assertThatThrownBy(() -> WorkbookSources.open(missing, null))
        .isInstanceOfSatisfying(
            ReadException.class, e -> assertThat(e.key()).isEqualTo("file.missing"));

    // One never taken is closed, and the next open opens the file anew.
    WorkbookSources.preopen(p, null);
    WorkbookSources.discardAhead();
    try (WorkbookSource again = WorkbookSources.open(p, null)) {
      assertThat(again.sheets()).isNotEmpty();
    }
  }

  @Test
  void zipBombGuardStaysOn() throws Exception {
    // Megabytes of blanks deflate about a thousandfold, far past POI's inflate-ratio limit.
    String padding = " ".repeat(4 * 1024 * 1024);
    String sheet = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding, "");
    Path p = new RawXlsx().sheet("S", sheet).write(dir.resolve("bomb.xlsx"));
    try (WorkbookSource src = WorkbookSources.open(p, null)) {
      assertThatThrownBy(() -> rows(src, "S"))
          .isInstanceOfSatisfying(
              ReadException.class,
              e -> {
                assertThat(e.key()).isEqualTo("file.zipbomb");
                assertThat(e.args().get(1)).isEqualTo(Phrase.of("why.bomb.ratio", 100L));
              });
    }
  }

  @Test
  void readExceptionCarriesKeyAndArgs() {
    ReadException e = new ReadException("file.csv.encoding", "a.csv", 3);
    assertThat(e).isInstanceOf(vn.thidua.model.Problem.class);
    assertThat(e.key()).isEqualTo("file.csv.encoding");
    assertThat(e.args()).containsExactly("a.csv", 3);
  }
}
