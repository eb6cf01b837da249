package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import vn.thidua.model.Phrase;

class ReadErrorsTest {
  private static final Path P = Path.of("bao-cao", "tan-yen.xlsx");

  @Test
  void operatingSystemRefusalIsUnreadableInPlainWords() {
    ReadException e =
        ReadErrors.classify(P, new IOException("wrapped", new AccessDeniedException(P.toString())));
    assertThat(e.key()).isEqualTo("file.unreadable");
    assertThat(e.args()).containsExactly(P.toString(), Phrase.of("why.denied"));

    // The operating system's own words are English: they stay in the cause, for --debug.
    ReadException locked =
        ReadErrors.classify(
            P, new FileSystemException(P.toString(), null, "used by another process"));
    assertThat(locked.args()).containsExactly(P.toString(), Phrase.of("why.os"));
    assertThat(locked.getCause()).hasMessageContaining("used by another process");
  }

  @Test
  void zipBombGuardsAreRecognisedEvenWhenNested() {
    IOException bomb =
        new IOException(
            "Zip bomb detected! The file would exceed the max. ratio of compressed file size.\n"
                + "Uncompressed size: 1, Raw/compressed size: 1, ratio: 0.001\n"
                + "Limits: MIN_INFLATE_RATIO: 0.010000, Entry: xl/worksheets/sheet1.xml");
    ReadException e = ReadErrors.classify(P, new XMLStreamException("parse error", bomb));
    assertThat(e.key()).isEqualTo("file.zipbomb");
    assertThat(e.args()).containsExactly(P.toString(), Phrase.of("why.bomb.ratio", 100L));
    assertThat(e.getCause()).isInstanceOf(XMLStreamException.class);

    ReadException count =
        ReadErrors.classify(
            P, new IOException(org.apache.poi.openxml4j.util.ZipSecureFile.MAX_FILE_COUNT_MSG));
    assertThat(count.args()).containsExactly(P.toString(), Phrase.of("why.bomb.count", 1000L));

    ReadException size =
        ReadErrors.classify(
            P,
            new IOException(
                "Zip bomb detected! The file would exceed the max size of the expanded"
                    + " data in the zip-file."));
    assertThat(size.args().get(1)).isEqualTo(Phrase.of("why.bomb.size", 4095L));
  }

  @Test
  void aBrokenZipIsACutFile() {
    ReadException e =
        ReadErrors.classify(
            P,
            new IOException("Error reading Zip content", new ZipException("Archive is not a ZIP")));
    assertThat(e.key()).isEqualTo("file.corrupt");
    assertThat(e.args()).containsExactly(P.toString(), Phrase.of("why.cut"));
    assertThat(ReadErrors.classify(P, new EOFException()).args().get(1))
        .isEqualTo(Phrase.of("why.cut"));
  }

  @Test
  void brokenXmlNamesTheSheetWhenItIsKnown() {
    XMLStreamException xml = new XMLStreamException("ParseError at [1,2]");
    assertThat(ReadErrors.failure("a.xlsx", "Biểu 1", xml).args())
        .containsExactly("a.xlsx", Phrase.of("why.sheet", "Biểu 1"));
    assertThat(ReadErrors.failure("a.xlsx", null, xml).args())
        .containsExactly("a.xlsx", Phrase.of("why.content"));
    assertThat(
            ReadErrors.failure("a.xlsx", null, new XMLStreamException("DOCTYPE is disallowed"))
                .args())
        .containsExactly("a.xlsx", Phrase.of("why.doctype"));
  }

  @Test
  void aLibraryFailureInsideALegacyWorkbookIsABrokenXls() {
    // Thrown where HSSF throws it: the origin, not the exception type, tells.
    IllegalStateException e = new IllegalStateException("Did not have a ExtendedFormatRecord");
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.apache.poi.hssf.usermodel.HSSFCell", "getCellStyle", null, 1),
          new StackTraceElement("vn.thidua.read.source.XlsSource", "cell", null, 2)
        });
    ReadException r = ReadErrors.failure("yen-the.xls", "Biểu 1", e);
    assertThat(r.key()).isEqualTo("file.corrupt");
    assertThat(r.args()).containsExactly("yen-the.xls", Phrase.of("why.xls"));
    assertThat(r.getCause()).isSameAs(e);
  }

  @Test
  void aFaultOfThiduasOwnCodeIsNotBlamedOnTheFile() {
    NullPointerException npe = new NullPointerException();
    npe.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Objects", "requireNonNull", null, 1),
          new StackTraceElement("vn.thidua.check.WorkbookCheck", "row", null, 2)
        });
    ReadException r = ReadErrors.failure("tan-yen.xlsx", "Biểu 1", npe);
    assertThat(r.key()).isEqualTo("file.internal");
    assertThat(r.args()).containsExactly("tan-yen.xlsx");

    // thidua's own parsers of the file's bytes fail on the file, not on themselves.
    NumberFormatException parse = new NumberFormatException("x");
    parse.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("vn.thidua.read.source.Numbers", "parseIndex", null, 1)
        });
    assertThat(ReadErrors.failure("a.xlsx", null, parse).key()).isEqualTo("file.corrupt");
  }

  @Test
  void readExceptionsPassThroughHoweverWrapped() {
    ReadException original = new ReadException("file.csv.encoding", "a.csv", 3);
    assertThat(ReadErrors.classify(P, new RuntimeException(original))).isSameAs(original);
    assertThat(ReadErrors.failure("a.csv", "Biểu 1", new IllegalStateException(original)))
        .isSameAs(original);
  }
}
