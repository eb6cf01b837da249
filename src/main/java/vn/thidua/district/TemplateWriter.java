package vn.thidua.district;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Mark;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.ValueType;
import vn.thidua.render.Marks;
import vn.thidua.render.Messages;
import vn.thidua.render.Pages;

/** Writes the blank district workbook of one unit, generated entirely from the campaign config. */
public final class TemplateWriter {
  /** Empty data rows per table unless asked otherwise. */
  public static final int DEFAULT_ROWS = 30;

  private TemplateWriter() {}

  /**
   * Writes the template of one unit.
   *
   * @param rows empty data rows per table
   */
  public static void write(
      Config config, Unit unit, Messages m, TemplateFormat format, int rows, OutputStream out)
      throws IOException {
    try (Workbook wb = build(config, unit, m, format, rows)) {
      wb.write(out);
    }
  }

  /** The template as a workbook, for writing or inspecting. */
  public static Workbook build(
      Config config, Unit unit, Messages m, TemplateFormat format, int rows) {
    Workbook wb = format.create();
    Styles.defaultFont(wb);
    Styles st = new Styles(wb);
    // Every sheet is created first, in order, so that names referring to the hidden list sheet
    // can be made while the tables are written and the sheet still comes last.
    Sheet guide = wb.createSheet(m.get("template.guide.sheet"));
    Sheet cover = wb.createSheet(config.cover().name());
    List<Sheet> tables = new ArrayList<>();
    config.tables().forEach(t -> tables.add(wb.createSheet(t.name())));
    Sheet lists =
        needsListSheet(config, unit) ? wb.createSheet(m.get("template.lists.sheet")) : null;

    InputRules rules = new InputRules(config, unit, m, new ChoiceLists(wb, lists));
    new GuideSheet(config, unit, m, st, rows).write(guide);
    new CoverSheet(config, unit, m, st, rules).write(cover);
    TableSheet table = new TableSheet(config, unit, m, st, rules, rows);
    for (int i = 0; i < tables.size(); i++) {
      table.write(tables.get(i), config.tables().get(i));
    }
    if (lists != null) {
      // Hidden, but printable like every sheet if someone shows it.
      Pages.a4(lists, false, null);
      Protection.protect(lists);
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
    }
    wb.setActiveSheet(0);
    // Totals hold their result (0) for viewers that do not calculate, and Excel recalculates
    // them on opening.
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    wb.setForceFormulaRecalculation(true);
    Marks.set(wb, new Mark(Mark.Kind.TEMPLATE, config.campaign().code(), null));
    return wb;
  }

  /** Whether some dropdown list of this unit's template cannot be written in place. */
  static boolean needsListSheet(Config config, Unit unit) {
    if (!ChoiceLists.fitsInline(List.of(Columns.yesMark(config)))) {
      return true;
    }
    for (TableSpec t : config.tables()) {
      for (ColumnSpec c : t.columns()) {
        Optional<String> location = Columns.location(t, c, unit);
        if (location.isPresent() && !ChoiceLists.fitsInline(List.of(location.get()))) {
          return true;
        }
        if (location.isEmpty()
            && c.type() == ValueType.CHOICE
            && !ChoiceLists.fitsInline(Columns.choiceNames(config, c))) {
          return true;
        }
      }
    }
    return false;
  }
}
