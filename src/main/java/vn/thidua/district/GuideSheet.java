package vn.thidua.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.FieldSpec;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.ValueType;
import vn.thidua.render.Messages;
import vn.thidua.render.Pages;
import vn.thidua.render.TextFit;

/**
 * The "Hướng dẫn" sheet: the dates, how to fill the tables, each table's target and standard and
 * the nomination criteria, all from the config so next year's template explains next year's rules.
 * Every line is one cell in column A, so the reader never takes the sheet for a table.
 */
final class GuideSheet {
  /** The one column's width, in characters: A4 portrait's, within the margins. */
  private static final int WIDTH = (int) Pages.PORTRAIT_UNITS - 2;

  private final Config config;
  private final Unit unit;
  private final Messages m;
  private final Styles st;
  private final int dataRows;
  private Sheet sheet;
  private int row;

  GuideSheet(Config config, Unit unit, Messages m, Styles st, int dataRows) {
    this.config = config;
    this.unit = unit;
    this.m = m;
    this.st = st;
    this.dataRows = dataRows;
  }

  void write(Sheet s) {
    sheet = s;
    row = 0;
    CampaignInfo c = config.campaign();
    line(m.get("template.guide.title"), st.title());
    line(c.name(), st.label(false));
    if (c.guidance() != null && c.issuer() != null) {
      line(m.get("template.guide.guidance", c.guidance(), c.issuer()), st.text());
    }
    line(m.get("template.guide.unit", unit.name()), st.label(false));
    row++;
    dates();
    howTo();
    tables();
    criteria();
    sheet.setColumnWidth(0, WIDTH * 256);
    // Running text on A4 portrait: the column is as wide as the page.
    Pages.a4(s, WIDTH, null);
    TextFit.fitRows(s);
    Protection.protect(s);
  }

  private void dates() {
    CampaignInfo c = config.campaign();
    line(m.get("template.guide.dates"), st.label(false));
    line(
        m.get(
            "template.guide.window",
            Messages.date(c.window().from()),
            Messages.date(c.window().to())),
        st.text());
    var date = config.cover().field("report_date");
    if (c.nominationDeadline() != null && date.isPresent()) {
      line(
          m.get(
              "template.guide.deadline",
              c.province().name(),
              Messages.date(c.nominationDeadline()),
              date.get().label(),
              config.cover().name()),
          st.text());
    }
    row++;
  }

  private void howTo() {
    line(m.get("template.guide.how"), st.label(false));
    List<String> labels = config.cover().fields().stream().map(FieldSpec::label).toList();
    line(
        m.get("template.guide.how.cover", config.cover().name(), String.join(", ", labels)),
        st.text());
    line(m.get("template.guide.how.rows"), st.text());
    line(m.get("template.guide.how.yesno", Columns.yesMark(config)), st.text());
    line(
        m.get("template.guide.how.values", Messages.date(config.campaign().window().from())),
        st.text());
    String totals = config.reading().totalsWords().get(0);
    line(m.get("template.guide.how.more", String.valueOf(dataRows), totals), st.text());
    line(m.get("template.guide.how.font"), st.text());
    row++;
  }

  private void tables() {
    line(m.get("template.guide.tables"), st.label(false));
    for (TableSpec t : config.tables()) {
      line(t.title() == null ? t.name() : t.name() + ": " + t.title(), st.label(false));
      List<ColumnSpec> rest = new ArrayList<>(t.columns());
      if (t.target() != null) {
        line(
            m.get(
                "template.guide.target", String.valueOf(unit.target(t.target().name())), t.name()),
            st.text());
        for (String key : t.target().standard()) {
          t.column(key)
              .ifPresent(
                  c -> {
                    String parts = parts(t, c);
                    if (!parts.isEmpty()) {
                      line(m.get("template.guide.column", c.header(), parts), st.text());
                    }
                    rest.remove(c);
                  });
        }
        if (rest.stream().anyMatch(c -> !parts(t, c).isEmpty())) {
          line(m.get("template.guide.other"), st.text());
        }
      }
      for (ColumnSpec c : rest) {
        String parts = parts(t, c);
        if (!parts.isEmpty()) {
          line(m.get("template.guide.column", c.header(), parts), st.text());
        }
      }
      row++;
    }
  }

  /** What a column requires, in words: "bắt buộc ghi; ít nhất 500 m". Empty when nothing. */
  private String parts(TableSpec t, ColumnSpec c) {
    List<String> parts = new ArrayList<>();
    if (c.required()) {
      parts.add(m.get("template.guide.required"));
    }
    if (c.min() != null && c.min().value() != null) {
      parts.add(m.get("template.guide.min", bound(c.min().value(), c.type())));
    }
    if (c.max() != null && c.max().value() != null) {
      parts.add(m.get("template.guide.max", bound(c.max().value(), c.type())));
    }
    if (c.expect() != null) {
      parts.add(
          Boolean.TRUE.equals(c.expect().value())
              ? m.get("template.guide.expect", Columns.yesMark(config))
              : m.get("template.guide.expect.no"));
    }
    if (c.window() != null) {
      var w = config.campaign().window();
      parts.add(
          m.get("template.guide.window.column", Messages.date(w.from()), Messages.date(w.to())));
    }
    if (c.type() == ValueType.CHOICE) {
      parts.add(m.get("template.guide.choices", String.join("; ", Columns.choiceNames(config, c))));
    }
    Columns.location(t, c, unit).ifPresent(l -> parts.add(m.get("template.guide.location", l)));
    return String.join("; ", parts);
  }

  private String bound(Object value, ValueType type) {
    String v = m.figure(new BigDecimal(value.toString()));
    return type == ValueType.LENGTH ? m.get("template.metres", v) : v;
  }

  private void criteria() {
    if (config.criteria().isEmpty()) {
      return;
    }
    line(m.get("template.guide.criteria"), st.label(false));
    line(m.get("template.guide.criteria.note", Columns.yesMark(config)), st.text());
    for (Map.Entry<String, List<Criterion>> e : config.criteria().entrySet()) {
      line(
          m.get(
              "template.guide.kind",
              Columns.kindName(config, e.getKey()),
              Columns.criteriaRange(e.getValue())),
          st.label(false));
      for (Criterion c : e.getValue()) {
        line(m.get("template.guide.criterion", c.code(), c.text()), st.text());
      }
    }
  }

  private void line(String text, CellStyle style) {
    Cell c = TableSheet.cell(sheet, row, 0);
    c.setCellValue(text);
    c.setCellStyle(style);
    // Long lines wrap: the row is as tall as the lines its text takes in the column.
    Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
    TableSheet.row(sheet, row)
        .setHeightInPoints(
            TextFit.height(text, font.getFontHeightInPoints(), font.getBold(), WIDTH));
    row++;
  }
}
