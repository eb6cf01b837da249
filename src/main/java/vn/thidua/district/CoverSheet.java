package vn.thidua.district;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.model.Config;
import vn.thidua.model.CoverSpec;
import vn.thidua.model.FieldSpec;
import vn.thidua.model.Unit;
import vn.thidua.render.Messages;
import vn.thidua.render.Pages;
import vn.thidua.render.TextFit;

/**
 * The cover sheet: each config field as a label with its value cell to the right, the way the
 * reader reads it; the unit is filled in and locked, the other values are left to the district.
 */
final class CoverSheet {
  private static final int FIRST_FIELD = 3;

  /** Widths of the label and value columns, in characters. */
  private static final int LABEL = 28;

  private static final int VALUE = 60;

  private final Config config;
  private final Unit unit;
  private final Messages m;
  private final Styles st;
  private final InputRules rules;

  CoverSheet(Config config, Unit unit, Messages m, Styles st, InputRules rules) {
    this.config = config;
    this.unit = unit;
    this.m = m;
    this.st = st;
    this.rules = rules;
  }

  void write(Sheet s) {
    CoverSpec cover = config.cover();
    put(s, 0, 0, m.get("template.cover.title")).setCellStyle(st.title());
    put(s, 1, 0, config.campaign().name()).setCellStyle(st.italic());
    s.setColumnWidth(0, LABEL * 256);
    s.setColumnWidth(1, VALUE * 256);
    TableSheet.merge(s, 0, 0, 0, 1);
    TableSheet.merge(s, 1, 1, 0, 1);
    TableSheet.row(s, 1)
        .setHeightInPoints(TextFit.height(config.campaign().name(), 12, false, LABEL + VALUE));
    int r = FIRST_FIELD;
    for (FieldSpec f : cover.fields()) {
      put(s, r, 0, f.label()).setCellStyle(st.label(true));
      Cell value = TableSheet.cell(s, r, 1);
      if ("unit".equals(f.key())) {
        value.setCellValue(unit.name());
        value.setCellStyle(st.fixedValue());
      } else {
        value.setCellStyle(st.coverValue(f.type()));
        rules.field(s, f, r, 1);
      }
      TableSheet.row(s, r).setHeightInPoints(22);
      r++;
    }
    var deadline = config.campaign().nominationDeadline();
    var date = cover.field("report_date");
    if (deadline != null && date.isPresent()) {
      String note =
          m.get(
              "template.cover.note",
              date.get().label(),
              config.campaign().province().name(),
              Messages.date(deadline));
      put(s, r + 1, 0, note).setCellStyle(st.text());
      TableSheet.merge(s, r + 1, r + 1, 0, 1);
      TableSheet.row(s, r + 1).setHeightInPoints(TextFit.height(note, 12, false, LABEL + VALUE));
    }
    // Label and value side by side on A4 portrait: one page wide, so never on two pages.
    Pages.a4(s, LABEL + VALUE, null);
    TextFit.fitRows(s);
    Protection.protect(s);
  }

  private static Cell put(Sheet s, int r, int col, String text) {
    Cell c = TableSheet.cell(s, r, col);
    c.setCellValue(text);
    return c;
  }
}
