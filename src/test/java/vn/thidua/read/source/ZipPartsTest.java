package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.read.source.TestFiles.cell;
import static vn.thidua.read.source.TestFiles.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.read.source.TestFiles.RawXlsx;

/**
 * The package layer thidua reads an .xlsx with: what POI's OPCPackage gave (parts, content types,
 * relationships) and the guards it kept (part count, no DTD or external entity in any part).
 */
class ZipPartsTest {
  @TempDir Path dir;

  private Path plain() throws IOException {
    String sheet =
        "<worksheet xmlns=\""
            + TestFiles.MAIN_NS
            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Biểu 1</t></is></c>"
            + "</row></sheetData></worksheet>";
    return new RawXlsx().sheet("S", sheet).write(dir.resolve("plain.xlsx"));
  }

  /** A copy of a package with each entry's name and text changed by the functions given. */
  private Path rewrite(Path from, String name, Map<String, UnaryOperator<String>> edits)
      throws IOException {
    Path to = dir.resolve(name);
    try (var in = new ZipInputStream(Files.newInputStream(from));
        var out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(
            edits.getOrDefault(e.getName(), t -> t).apply(text).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return to;
  }

  @Test
  void resolvesTargetsAsOpcDoes() {
    assertThat(ZipParts.resolve("xl/", "worksheets/sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(ZipParts.resolve("xl/", "/xl/styles.xml")).isEqualTo("xl/styles.xml");
    assertThat(ZipParts.resolve("xl/worksheets/", "../sharedStrings.xml"))
        .isEqualTo("xl/sharedStrings.xml");
    assertThat(ZipParts.resolve("xl/", "./worksheets\\sheet2.xml"))
        .isEqualTo("xl/worksheets/sheet2.xml");
    assertThat(ZipParts.resolve("xl/", "worksheets/sheet%201.xml"))
        .isEqualTo("xl/worksheets/sheet 1.xml");
    assertThat(ZipParts.resolve("", "../outside.xml")).isNull();
  }

  @Test
  void readsStrictPackagesAndPartNamesInAnyCase() throws Exception {
    Path odd =
        rewrite(
            plain(),
            "odd.xlsx",
            Map.of(
                "_rels/.rels",
                t ->
                    t.replace(
                        TestFiles.REL_NS + "/officeDocument",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"),
                "xl/_rels/workbook.xml.rels",
                t -> t.replace("worksheets/sheet1.xml", "Worksheets/SHEET1.xml")));
    try (WorkbookSource src = WorkbookSources.open(odd, null)) {
      assertThat(cell(rows(src, "S"), 0, 0)).isEqualTo(RawCell.string(0, "Biểu 1"));
    }
  }

  @Test
  void aWordDocumentRenamedIsNotAWorkbook() throws Exception {
    Path doc =
        rewrite(
            plain(),
            "doc.xlsx",
            Map.of(
                "[Content_Types].xml",
                t ->
                    t.replace(
                        "spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml")));
    assertThatThrownBy(() -> WorkbookSources.open(doc, null))
        .isInstanceOfSatisfying(
            ReadException.class, e -> assertThat(e.key()).isEqualTo("file.format.unknown"));
  }

  @Test
  void neverReadsAnEntityInThePartsReadOnOpen() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String doctype = "<!DOCTYPE Relationships [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    for (String part : new String[] {"_rels/.rels", "[Content_Types].xml"}) {
      Path file =
          rewrite(
              plain(),
              "xxe.xlsx",
              Map.of(
                  part,
                  t ->
                      t.replace("?>", "?>" + doctype)
                          .replace("Target=\"xl/workbook.xml\"", "Target=\"&xxe;\"")
                          .replace("ContentType=\"application/xml\"", "ContentType=\"&xxe;\"")));
      assertThatThrownBy(() -> WorkbookSources.open(file, null))
          .as(part)
          .isInstanceOfSatisfying(
              ReadException.class,
              e -> {
                assertThat(e.key()).isEqualTo("file.corrupt");
                assertThat(e.args().get(1).toString()).contains(ReadErrors.REASON_DOCTYPE);
              })
          .satisfies(e -> assertThat(e.toString()).doesNotContain("TOP-SECRET"));
    }
  }

  @Test
  void refusesMorePartsThanPoisLimit() throws Exception {
    Path many = dir.resolve("many.xlsx");
    try (var in = new ZipInputStream(Files.newInputStream(plain()));
        var out = new ZipOutputStream(Files.newOutputStream(many))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      for (long i = 0; i < ZipSecureFile.getMaxFileCount(); i++) {
        out.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
        out.closeEntry();
      }
    }
    assertThatThrownBy(() -> WorkbookSources.open(many, null))
        .isInstanceOfSatisfying(
            ReadException.class,
            e -> {
              assertThat(e.key()).isEqualTo("file.zipbomb");
              assertThat(e.args().get(1).toString()).contains(ReadErrors.REASON_BOMB_COUNT);
            });
  }

  @Test
  void readsTheSavedTimeAsOfficeWritersWriteIt() {
    Instant t = Instant.parse("2020-09-25T03:00:00Z");
    assertThat(CoreXml.instant("2020-09-25T03:00:00Z")).isEqualTo(t);
    assertThat(CoreXml.instant("2020-09-25T10:00:00+07:00")).isEqualTo(t);
    assertThat(CoreXml.instant("2020-09-25T03:00:00")).isEqualTo(t);
    assertThat(CoreXml.instant("2020-09-25T03:00:00.250Z")).isEqualTo(t.plusMillis(250));
    assertThat(CoreXml.instant("2020-09-25")).isEqualTo(Instant.parse("2020-09-25T00:00:00Z"));
    assertThat(CoreXml.instant("25/09/2020")).isNull();
  }
}
