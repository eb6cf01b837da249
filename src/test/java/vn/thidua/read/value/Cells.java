package vn.thidua.read.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawCell.Kind;

/** Cells and the reader the value tests share. */
final class Cells {
  private Cells() {}

  /** The yes/no words of workbook.md "Yes/no", plus the heavy check mark. */
  static ValueReader reader() {
    return new ValueReader(
        List.of("x", "X", "có", "Có", "co", "✓", "v", "1", "TRUE", "đạt", "✔"),
        List.of("không", "khong", "0", "-", "FALSE", "chưa"),
        Map.of(
            "m", BigDecimal.ONE,
            "mét", BigDecimal.ONE,
            "met", BigDecimal.ONE,
            "km", BigDecimal.valueOf(1000)));
  }

  static RawCell text(String s) {
    return RawCell.string(0, s);
  }

  static RawCell num(double d) {
    return RawCell.number(0, d);
  }

  static RawCell dateNum(double serial) {
    return new RawCell(0, Kind.NUMBER, null, serial, true, null, null);
  }

  static RawCell bool(boolean b) {
    return new RawCell(0, Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0, false, null, null);
  }

  static RawCell error(String code) {
    return new RawCell(0, Kind.ERROR, code, 0, false, null, null);
  }
}
