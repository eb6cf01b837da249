package vn.thidua.district;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.model.Config;
import vn.thidua.model.CoverSpec;
import vn.thidua.model.FieldSpec;
import vn.thidua.model.Unit;
import vn.thidua.render.Messages;

/**
 * The cover sheet: each config field as a label with its value cell to the right, the way the
 * reader reads it; the unit is filled in and locked, the other values are left to the district.
 */
final class CoverSheet {
  private static final int FIRST_FIELD = 3;

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
    TableSheet.merge(s, 0, 0, 0, 1);
    TableSheet.merge(s, 1, 1, 0, 1);
    TableSheet.row(s, 1).setHeightInPoints(34);
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
      put(
              s,
              r + 1,
              0,
              m.get(
                  "template.cover.note",
                  date.get().label(),
                  config.campaign().province().name(),
                  Messages.date(deadline)))
          .setCellStyle(st.text());
      TableSheet.merge(s, r + 1, r + 1, 0, 1);
      TableSheet.row(s, r + 1).setHeightInPoints(50);
    }
    s.setColumnWidth(0, 28 * 256);
    s.setColumnWidth(1, 60 * 256);
    Protection.protect(s);
  }

  private static Cell put(Sheet s, int r, int col, String text) {
    Cell c = TableSheet.cell(s, r, col);
    c.setCellValue(text);
    return c;
  }
}
