package vn.thidua.district;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import vn.thidua.model.ValueType;
import vn.thidua.render.Look;

/**
 * The cell styles of the sheets the tool writes, each made once per workbook: Excel caps a
 * workbook's styles (4,000 in .xls), so cells share them instead of getting one each.
 */
final class Styles {
  private final Workbook wb;
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Map<String, Font> fonts = new HashMap<>();

  Styles(Workbook wb) {
    this.wb = wb;
  }

  /**
   * Makes Times New Roman 11 the workbook's default font, for a workbook thidua makes whole (not a
   * district's): cells left unstyled read like the rest, and column widths, which Excel and
   * LibreOffice count in digits of that font, come out the same everywhere: POI's default (Calibri,
   * drawn in the theme's font) becomes a wider font where Calibri is missing.
   */
  static void defaultFont(Workbook wb) {
    Font base = wb.getFontAt(0);
    base.setFontName(Look.FONT);
    base.setFontHeightInPoints((short) 11);
    if (base instanceof org.apache.poi.xssf.usermodel.XSSFFont x) {
      x.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    }
  }

  /** The big centred title of a sheet. */
  CellStyle title() {
    return style("title", s -> centred(s, font(true, false, 14)));
  }

  /** Bold centred lines of the title block (issuing body, national motto). */
  CellStyle heading() {
    return style("heading", s -> centred(s, font(true, false, 12)));
  }

  /**
   * The quốc hiệu and tiêu ngữ: bold, centred, on one line; a wrapped quốc hiệu would run into the
   * tiêu ngữ below it.
   */
  CellStyle nation() {
    return style(
        "nation",
        s -> {
          centred(s, font(true, false, 12));
          s.setWrapText(false);
        });
  }

  /** Plain centred lines of the title block. */
  CellStyle centred() {
    return style("centred", s -> centred(s, font(false, false, 12)));
  }

  /** Italic centred lines ("Kèm theo báo cáo…", the signature notes). */
  CellStyle italic() {
    return style("italic", s -> centred(s, font(false, true, 12)));
  }

  /** A column header: bold, centred, wrapped, boxed and shaded; locked. */
  CellStyle header() {
    return style(
        "header",
        s -> {
          centred(s, font(true, false, 12));
          boxed(s);
          Colors.fill(wb, s, Colors.GREY);
        });
  }

  /** The column-number row "(1) (2) (3)…": italic, centred, boxed; locked. */
  CellStyle numbers() {
    return style(
        "numbers",
        s -> {
          centred(s, font(false, true, 11));
          boxed(s);
        });
  }

  /** A data cell districts type in: boxed, unlocked, formatted for its type. */
  CellStyle input(ValueType type) {
    return style(
        "input." + type,
        s -> {
          typed(s, type, font(false, false, 12));
          boxed(s);
          s.setLocked(false);
        });
  }

  /** A cover value: unlocked; text values stored as text so "0912…" keeps its leading zero. */
  CellStyle coverValue(ValueType type) {
    return style(
        "cover." + type,
        s -> {
          typed(s, type, font(false, false, 12));
          boxed(s);
          s.setLocked(false);
          if (type == ValueType.TEXT) {
            s.setDataFormat(wb.createDataFormat().getFormat("@"));
          }
        });
  }

  /** A value the tool fills in and districts must not change (the cover's unit). */
  CellStyle fixedValue() {
    return style(
        "fixed",
        s -> {
          typed(s, ValueType.TEXT, font(true, false, 12));
          boxed(s);
        });
  }

  /** A bold label (cover labels, totals label, guide headings); locked. */
  CellStyle label(boolean boxed) {
    return style(
        "label." + boxed,
        s -> {
          s.setFont(font(true, false, 12));
          s.setVerticalAlignment(VerticalAlignment.CENTER);
          s.setWrapText(true);
          if (boxed) {
            boxed(s);
          }
        });
  }

  /** A totals cell: bold, boxed, formatted for its type; locked (it holds a formula). */
  CellStyle total(ValueType type) {
    return style(
        "total." + type,
        s -> {
          typed(s, type, font(true, false, 12));
          boxed(s);
        });
  }

  /** Running text, wrapped, top-aligned; locked. */
  CellStyle text() {
    return style(
        "text",
        s -> {
          s.setFont(font(false, false, 12));
          s.setWrapText(true);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  /** The signature block: centred, unlocked so districts can sign and date it. */
  CellStyle signature(boolean bold, boolean italic) {
    return style(
        "signature." + bold + italic,
        s -> {
          centred(s, font(bold, italic, 12));
          s.setLocked(false);
        });
  }

  /** Running text on a solid fill of an RGB colour (the severity column of results). */
  CellStyle filled(int rgb) {
    return style(
        "filled." + rgb,
        s -> {
          s.setFont(font(false, false, 12));
          s.setVerticalAlignment(VerticalAlignment.TOP);
          Colors.fill(wb, s, rgb);
        });
  }

  private CellStyle style(String key, Consumer<CellStyle> init) {
    return styles.computeIfAbsent(
        key,
        k -> {
          CellStyle s = wb.createCellStyle();
          init.accept(s);
          return s;
        });
  }

  private void typed(CellStyle s, ValueType type, Font font) {
    s.setFont(font);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    switch (type) {
      case INTEGER, COUNT -> {
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setDataFormat(wb.createDataFormat().getFormat(Look.INTEGER));
      }
      case NUMBER, LENGTH -> {
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setDataFormat(wb.createDataFormat().getFormat("General"));
      }
      case DATE -> {
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setDataFormat(wb.createDataFormat().getFormat(Look.DATE));
      }
      case YESNO -> s.setAlignment(HorizontalAlignment.CENTER);
      default -> s.setWrapText(true);
    }
  }

  private static void centred(CellStyle s, Font font) {
    s.setFont(font);
    s.setAlignment(HorizontalAlignment.CENTER);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
  }

  private static void boxed(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }

  private Font font(boolean bold, boolean italic, int points) {
    return fonts.computeIfAbsent(
        bold + "." + italic + "." + points,
        k -> {
          Font f = wb.createFont();
          f.setFontName(Look.FONT);
          f.setBold(bold);
          f.setItalic(italic);
          f.setFontHeightInPoints((short) points);
          return f;
        });
  }
}
