package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class ReadErrorsTest {
  private static final Path P = Path.of("bao-cao", "tan-yen.xlsx");

  @Test
  void operatingSystemRefusalIsUnreadable() {
    ReadException e =
        ReadErrors.classify(P, new IOException("wrapped", new AccessDeniedException(P.toString())));
    assertThat(e.key()).isEqualTo("file.unreadable");
    assertThat(e.args()).containsExactly(P.toString(), "access denied");

    ReadException locked =
        ReadErrors.classify(
            P, new FileSystemException(P.toString(), null, "used by another process"));
    assertThat(locked.args()).containsExactly(P.toString(), "used by another process");
  }

  @Test
  void zipBombMessagesAreRecognisedEvenWhenNested() {
    IOException bomb =
        new IOException(
            "Zip bomb detected! The file would exceed the max. ratio of compressed file size.\n"
                + "Uncompressed size: 1, Raw/compressed size: 1, ratio: 0.001\n"
                + "Limits: MIN_INFLATE_RATIO: 0.010000, Entry: xl/worksheets/sheet1.xml");
    ReadException e = ReadErrors.classify(P, new XMLStreamException("parse error", bomb));
    assertThat(e.key()).isEqualTo("file.zipbomb");
    assertThat((String) e.args().get(1))
        .startsWith("Zip bomb detected!")
        .endsWith("(xl/worksheets/sheet1.xml)")
        .doesNotContain("\n");
    assertThat(e.getCause()).isInstanceOf(XMLStreamException.class);
  }

  @Test
  void anythingElseIsCorruptWithTheInnermostReason() {
    ReadException e =
        ReadErrors.classify(
            P,
            new IOException("Error reading Zip content", new ZipException("Archive is not a ZIP")));
    assertThat(e.key()).isEqualTo("file.corrupt");
    assertThat(e.args()).containsExactly(P.toString(), "Archive is not a ZIP");
  }

  @Test
  void detailIsOneShortLine() {
    assertThat(ReadErrors.detail(new XMLStreamException("ParseError at [1,2]\nMessage:  bad")))
        .isEqualTo("ParseError at [1,2] Message: bad");
    assertThat(ReadErrors.detail(new IllegalStateException())).isEqualTo("IllegalStateException");
    assertThat(ReadErrors.detail(new IOException("x".repeat(500)))).hasSize(200);
  }

  @Test
  void readExceptionsPassThroughAndWrapUnchecked() {
    ReadException original = new ReadException("file.csv.encoding", "a.csv", 3);
    assertThat(ReadErrors.classify(P, new RuntimeException(original))).isSameAs(original);
    UncheckedIOException u = ReadErrors.unchecked(P, original);
    assertThat(u.getCause()).isSameAs(original);
  }
}
