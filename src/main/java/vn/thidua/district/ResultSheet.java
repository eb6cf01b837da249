package vn.thidua.district;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.thidua.model.Finding;
import vn.thidua.model.WorkbookResult;
import vn.thidua.render.Look;
import vn.thidua.render.Messages;
import vn.thidua.render.Pages;
import vn.thidua.render.TextFit;

/**
 * The "Kết quả kiểm tra" sheet added to an annotated copy: every finding (those without a cell
 * too), errors first, each linked to its cell or sheet. It opens first when the copy is opened.
 */
final class ResultSheet {
  private static final int[] WIDTHS = {6, 11, 16, 9, 90, 26};

  private ResultSheet() {}

  static Sheet add(Workbook wb, WorkbookResult r, Messages m, Function<Finding, Sheet> sheetOf) {
    Styles st = new Styles(wb);
    Sheet s = wb.createSheet(AnnotatedBook.uniqueName(wb, m.get("annotate.sheet")));
    String unit =
        r.unit() == null ? m.get("cli.unit.none") : r.unit().name() + " (" + r.unit().code() + ")";
    String summary = m.get("cli.file.summary", r.file(), unit, r.errors(), r.warnings());
    String legend = m.get("annotate.legend", m.get("annotate.header.cell"));
    put(s, 0, 0, summary, st.label(false));
    put(s, 1, 0, legend, st.text());
    TableSheet.merge(s, 0, 0, 0, WIDTHS.length - 1);
    TableSheet.merge(s, 1, 1, 0, WIDTHS.length - 1);
    String[] headers = {
      "annotate.header.index",
      "annotate.header.severity",
      "annotate.header.sheet",
      "annotate.header.cell",
      "annotate.header.message",
      "annotate.header.rule"
    };
    List<Finding> findings = new ArrayList<>(r.findings());
    // A rule id is one word: its column holds the longest on one line.
    double rule = WIDTHS[5];
    for (Finding f : findings) {
      rule = Math.max(rule, TextFit.units(f.rule(), 12, false) + 0.5);
    }
    for (int j = 0; j < headers.length; j++) {
      put(s, 3, j, m.get(headers[j]), st.header());
      s.setColumnWidth(j, (j == 5 ? (int) Math.ceil(rule) : WIDTHS[j]) * 256);
    }
    // Errors, then warnings, then info findings; in workbook order within each.
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder()));
    CellStyle link = linkStyle(wb);
    int row = 4;
    for (Finding f : findings) {
      put(s, row, 0, String.valueOf(row - 3), st.text());
      put(s, row, 1, m.severity(f.severity()), severityStyle(wb, st, f));
      put(s, row, 2, f.sheet() == null ? m.get("cli.sheet.none") : f.sheet(), st.text());
      String where = f.cell() != null ? f.cell() : f.row() != null ? m.get("cli.row", f.row()) : "";
      Cell at = put(s, row, 3, where, st.text());
      String message = m.finding(f);
      put(s, row, 4, message, st.text());
      put(s, row, 5, f.rule(), st.text());
      Sheet target = sheetOf.apply(f);
      if (target != null) {
        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(address(target, f));
        at.setHyperlink(h);
        at.setCellStyle(link);
        if (where.isEmpty()) {
          at.setCellValue(target.getSheetName());
        }
      }
      row++;
    }
    if (findings.isEmpty()) {
      // Across the table: the serial number's column alone would break the sentence's words.
      put(s, row, 0, m.get("annotate.none"), st.text());
      TableSheet.merge(s, row, row, 0, WIDTHS.length - 1);
    }
    s.createFreezePane(0, 4);
    // Landscape, one page wide, the header row atop every page; rows as tall as their messages:
    // neither Excel nor LibreOffice makes a row taller on opening.
    Pages.a4(s, Pages.width(s, WIDTHS.length), new CellRangeAddress(3, 3, -1, -1));
    TextFit.fitRows(s);
    int index = wb.getSheetIndex(s);
    for (Sheet each : wb) {
      each.setSelected(false);
    }
    s.setSelected(true);
    wb.setActiveSheet(index);
    return s;
  }

  /** "'Biểu 1'!D11"; a finding on a whole row or sheet links to the row's or sheet's start. */
  static String address(Sheet target, Finding f) {
    String cell = f.cell() != null ? f.cell() : "A" + (f.row() != null ? f.row() : 1);
    return "'" + target.getSheetName().replace("'", "''") + "'!" + cell;
  }

  private static CellStyle severityStyle(Workbook wb, Styles st, Finding f) {
    return switch (f.severity()) {
      case ERROR, WARNING -> st.filled(Colors.of(f.severity()));
      default -> st.text();
    };
  }

  private static CellStyle linkStyle(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    // At the top of its row, like the other cells of a message taking several lines.
    s.setVerticalAlignment(VerticalAlignment.TOP);
    Font font = wb.createFont();
    font.setFontName(Look.FONT);
    font.setUnderline(Font.U_SINGLE);
    Colors.font(wb, font, Colors.BLUE);
    s.setFont(font);
    return s;
  }

  private static Cell put(Sheet s, int r, int col, String text, CellStyle style) {
    Cell c = TableSheet.cell(s, r, col);
    c.setCellValue(text);
    c.setCellStyle(style);
    return c;
  }
}
