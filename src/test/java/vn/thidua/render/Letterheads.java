package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.thidua.testing.SampleReports;

/**
 * The frame of a report sheet read back (letterhead above, recipients and signature below),
 * compared with the HTML document of the same run: the workbook must carry the same lines.
 */
final class Letterheads {
  private Letterheads() {}

  /** The letterhead and the closing of the sheet, as the HTML has them. */
  static void assertSameAsHtml(Sheet sh, Document html) {
    Element head = html.selectFirst("table.letterhead");
    int split = split(sh);
    assertThat(text(sh, 0, 0)).isEqualTo(head.select(".parent").text());
    assertThat(text(sh, 1, 0)).isEqualTo(head.select(".office").text());
    assertThat(text(sh, 2, 0)).isEqualTo(head.select(".number").text());
    assertThat(text(sh, 0, split)).isEqualTo(head.select(".country").text());
    assertThat(text(sh, 1, split)).isEqualTo(head.select(".motto").text());
    assertThat(text(sh, 2, split)).isEqualTo(head.select(".place-date").text());
    assertThat(text(sh, 4, 0)).isEqualTo(html.select("h1").first().text());
    assertThat(text(sh, 5, 0)).isEqualTo(html.select("p.subject").first().text());
    // Each half is a block of merged cells, the title across the page.
    assertThat(region(sh, 0, 0).getLastColumn()).isEqualTo(split - 1);
    assertThat(region(sh, 0, split).getFirstColumn()).isEqualTo(split);
    assertThat(region(sh, 4, 0).getLastColumn()).isEqualTo(region(sh, 0, split).getLastColumn());

    Element closing = html.selectFirst("table.closing");
    int at = closingRow(sh);
    List<String> recipients = new ArrayList<>();
    for (int r = at; r <= sh.getLastRowNum() && !text(sh, r, 0).isEmpty(); r++) {
      recipients.add(text(sh, r, 0));
    }
    List<String> htmlRecipients = new ArrayList<>();
    htmlRecipients.add(closing.select(".recipients b").text());
    for (String line : closing.select(".recipients").first().html().split("<br>")) {
      String t = org.jsoup.Jsoup.parse(line).text();
      if (!t.isEmpty() && !t.equals(htmlRecipients.get(0))) {
        htmlRecipients.add(t);
      }
    }
    assertThat(recipients).isEqualTo(htmlRecipients);
    List<String> signature = new ArrayList<>();
    for (int r = at; r <= sh.getLastRowNum(); r++) {
      String t = text(sh, r, split);
      if (!t.isEmpty()) {
        signature.add(t);
      }
    }
    List<String> htmlSignature = new ArrayList<>();
    closing
        .select(".signature > div")
        .forEach(
            d -> {
              if (!d.text().isEmpty()) {
                htmlSignature.add(d.text());
              }
            });
    assertThat(signature).isEqualTo(htmlSignature);
    // Room to sign: the signer's title is followed by empty rows.
    assertThat(text(sh, at + 2, split)).isEmpty();
    assertThat(text(sh, at + 3, split)).isEmpty();
  }

  /** The row of "Nơi nhận:" (or its English), the closing's first. */
  static int closingRow(Sheet sh) {
    for (int r = sh.getLastRowNum(); r >= 0; r--) {
      String t = text(sh, r, 0);
      if (t.equals("Nơi nhận:") || t.equals("Recipients:")) {
        return r;
      }
    }
    throw new AssertionError("no closing on " + sh.getSheetName());
  }

  /** The first column of the letterhead's right half: where the quốc hiệu is. */
  static int split(Sheet sh) {
    Row row = sh.getRow(0);
    for (int c = 1; c < row.getLastCellNum(); c++) {
      if (!text(sh, 0, c).isEmpty()) {
        return c;
      }
    }
    throw new AssertionError("no quốc hiệu on " + sh.getSheetName());
  }

  static CellRangeAddress region(Sheet sh, int row, int col) {
    return sh.getMergedRegions().stream()
        .filter(m -> m.isInRange(row, col))
        .findFirst()
        .orElse(new CellRangeAddress(row, row, col, col));
  }

  static String text(Sheet sh, int row, int col) {
    Row r = sh.getRow(row);
    Cell c = r == null ? null : r.getCell(col);
    return c == null ? "" : SampleReports.text(c).replaceAll("\\s+", " ").strip();
  }
}
