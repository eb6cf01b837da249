package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergePrescanTest {

  private static List<Merge> scan(String xml) throws IOException {
    return MergePrescan.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Hands out one byte per read, so every tag straddles a buffer boundary. */
  private static InputStream trickle(String xml) {
    return new FilterInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static final String SHEET =
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mergeCell ref=\"Z1:Z9\""
          + " &lt;mergeCell ref=\"Y1:Y2\"/&gt;</t></is></c></row></sheetData>"
          + "<mergeCells count=\"3\"><mergeCell ref=\"A1:E1\"/><mergeCell  ref = 'D9:D11' />"
          + "<mergeCell xr:uid=\"{1}\" ref=\"AA100:AB200\"></mergeCell></mergeCells>"
          + "<mergeCellsExt ref=\"B1:B2\"/></worksheet>";

  @Test
  void findsMergeCellTagsOnly() throws IOException {
    assertThat(scan(SHEET))
        .containsExactly(new Merge(0, 0, 0, 4), new Merge(8, 10, 3, 3), new Merge(99, 199, 26, 27));
  }

  @Test
  void findsThemAcrossBufferBoundaries() throws IOException {
    assertThat(MergePrescan.scan(trickle(SHEET))).isEqualTo(scan(SHEET));
  }

  @Test
  void acceptsNamespacePrefixes() throws IOException {
    assertThat(scan("<x:mergeCells><x:mergeCell ref=\"B2:C3\"/></x:mergeCells>"))
        .containsExactly(new Merge(1, 2, 1, 2));
  }

  @Test
  void skipsUnreadableRefs() throws IOException {
    assertThat(scan("<mergeCell ref=\"nonsense!\"/><mergeCell/><mergeCell ref=\"A1:A2\"/>"))
        .containsExactly(new Merge(0, 1, 0, 0));
  }

  @Test
  void findsNothingInASheetWithoutMerges() throws IOException {
    assertThat(scan("<worksheet><sheetData/><mergeCells count=\"0\"/></worksheet>")).isEmpty();
  }
}
