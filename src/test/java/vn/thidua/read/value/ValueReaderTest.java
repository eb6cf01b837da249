package vn.thidua.read.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.read.value.Cells.bool;
import static vn.thidua.read.value.Cells.dateNum;
import static vn.thidua.read.value.Cells.error;
import static vn.thidua.read.value.Cells.num;
import static vn.thidua.read.value.Cells.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.value.Parsed.Outcome;

class ValueReaderTest {

  private final ValueReader reader = Cells.reader();

  /** Expected is an outcome name, or the number that must be read (compared with its scale). */
  private static void assertNumber(Parsed p, String expected) {
    if (expected.equals("AMBIGUOUS") || expected.equals("INVALID") || expected.equals("BLANK")) {
      assertThat(p.outcome()).isEqualTo(Outcome.valueOf(expected));
      assertThat(p.value()).isNull();
    } else {
      assertThat(p.outcome()).isEqualTo(Outcome.OK);
      assertThat(p.value()).isEqualTo(new BigDecimal(expected));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '1.200'          | 1200
          '12.500.000'     | 12500000
          '12,5'           | 12.5
          '1.234,5'        | 1234.5
          ' 600 '          | 600
          '\u00a0600\u00a0'| 600
          '1 200'          | 1200
          '1\u00a0200'     | 1200
          '1\u202f200,75'  | 1200.75
          '12 500 000'     | 12500000
          '600'            | 600
          '0'              | 0
          '0,50'           | 0.5
          '1.000,00'       | 1000
          '007'            | 7
          '-5'             | -5
          '+5'             | 5
          '\u22123,5'      | -3.5
          '-1.234,5'       | -1234.5
          '1,200'          | 1.2
          '1.5'            | AMBIGUOUS
          '12.5'           | AMBIGUOUS
          '1.20'           | AMBIGUOUS
          '1.2345'         | AMBIGUOUS
          '1.2.3'          | AMBIGUOUS
          '1,2.3'          | AMBIGUOUS
          '1234.567'       | AMBIGUOUS
          '1.200.5'        | AMBIGUOUS
          '0.600'          | AMBIGUOUS
          '01.200'         | AMBIGUOUS
          '.5'             | AMBIGUOUS
          '1.'             | AMBIGUOUS
          '1.200 000'      | AMBIGUOUS
          'abc'            | INVALID
          '12,5,3'         | INVALID
          '1 20'           | INVALID
          '1  200'         | INVALID
          '1,'             | INVALID
          ',5'             | INVALID
          '5%'             | INVALID
          '-'              | INVALID
          '1e3'            | INVALID
          '12a'            | INVALID
          'x'              | INVALID
          '1.5 km'         | INVALID
          '١٢'             | INVALID
          ''               | BLANK
          '   '            | BLANK
          '\u00a0\t'       | BLANK
          """)
  void numberText(String in, String expected) {
    assertNumber(reader.number(text(in)), expected);
  }

  @Test
  void numericCellsAreTakenAsTheyAre() {
    assertNumber(reader.number(num(27.5)), "27.5");
    assertNumber(reader.number(num(1598.0)), "1598");
    assertThat(((BigDecimal) reader.number(num(1598.0)).value()).toString()).isEqualTo("1598");
    assertNumber(reader.number(num(0.1)), "0.1");
    assertNumber(reader.number(num(0.1 + 0.2)), "0.30000000000000004");
    assertNumber(reader.number(num(-0.0)), "0");
    assertNumber(reader.number(num(1e20)), "100000000000000000000");
    assertThat(((BigDecimal) reader.number(num(1e20)).value()).toString())
        .isEqualTo("100000000000000000000");
    assertNumber(reader.number(dateNum(44058)), "44058");
    assertNumber(reader.number(num(Double.NaN)), "INVALID");
    assertNumber(reader.number(num(Double.POSITIVE_INFINITY)), "INVALID");
  }

  @Test
  void numberOfOtherCells() {
    assertNumber(reader.number(null), "BLANK");
    assertNumber(reader.number(text(null)), "BLANK");
    assertNumber(reader.number(bool(true)), "INVALID");
    assertNumber(reader.number(error("#DIV/0!")), "INVALID");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '1.200'     | 1200
          '12'        | 12
          '1.000,00'  | 1000
          '12,5'      | INVALID
          '0,5'       | INVALID
          '1.5'       | AMBIGUOUS
          'mười'      | INVALID
          ''          | BLANK
          """)
  void integerText(String in, String expected) {
    Parsed p = reader.integer(text(in));
    assertNumber(p, expected);
    if (p.isOk()) {
      assertThat(((BigDecimal) p.value()).scale()).isZero();
    }
  }

  @Test
  void integerOfNumericCells() {
    assertNumber(reader.integer(num(12.0)), "12");
    assertThat(((BigDecimal) reader.integer(num(12.0)).value()).scale()).isZero();
    assertNumber(reader.integer(num(12.5)), "INVALID");
    assertNumber(reader.integer(num(-3)), "-3");
    assertNumber(reader.integer(bool(true)), "INVALID");
    assertNumber(reader.integer(null), "BLANK");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '1.200'        | 1200
          '650 m'        | 650
          '700m'         | 700
          '0,6 km'       | 600
          '0,45 km'      | 450
          '1.020 m'      | 1020
          '750'          | 750
          '1,2km'        | 1200
          '600 mét'      | 600
          '600 MET'      | 600
          '600 Mét'      | 600
          '600\u00a0m'   | 600
          ' 600 m '      | 600
          '1 200 m'      | 1200
          '2 km'         | 2000
          '0,5m'         | 0.5
          'khoảng 600'   | INVALID
          '600 m2'       | INVALID
          '600 m²'       | INVALID
          '600 m.'       | INVALID
          '600 cm'       | INVALID
          'm 600'        | INVALID
          'm'            | INVALID
          '- m'          | INVALID
          '600-700 m'    | INVALID
          '1.5 km'       | AMBIGUOUS
          '0.6 km'       | AMBIGUOUS
          '1.5 dặm'      | INVALID
          '1.5'          | AMBIGUOUS
          ''             | BLANK
          '  '           | BLANK
          """)
  void lengthText(String in, String expected) {
    assertNumber(reader.length(text(in)), expected);
  }

  @Test
  void lengthOfOtherCells() {
    assertNumber(reader.length(num(650.0)), "650");
    assertNumber(reader.length(num(0.6 * 1000)), "600");
    assertNumber(reader.length(text(Normalizer.normalize("600 mét", Normalizer.Form.NFD))), "600");
    assertNumber(reader.length(null), "BLANK");
    assertNumber(reader.length(text(null)), "BLANK");
    assertNumber(reader.length(error("#VALUE!")), "INVALID");
    assertNumber(reader.length(bool(false)), "INVALID");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '3'       | 3
          'x'       | 1
          'X'       | 1
          'có'      | 1
          '✓'       | 1
          'không'   | 0
          '-'       | 0
          '0'       | 0
          '1.200'   | 1200
          ''        | BLANK
          '2,5'     | INVALID
          'có lẽ'   | INVALID
          '1.5'     | AMBIGUOUS
          """)
  void countText(String in, String expected) {
    assertNumber(reader.count(text(in)), expected);
  }

  @Test
  void countOfOtherCells() {
    assertNumber(reader.count(num(3)), "3");
    assertNumber(reader.count(num(2.5)), "INVALID");
    assertNumber(reader.count(bool(true)), "1");
    assertNumber(reader.count(bool(false)), "0");
    assertNumber(reader.count(error("#N/A")), "INVALID");
    assertNumber(reader.count(null), "BLANK");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'x'          | true
          'X'          | true
          ' x '        | true
          'x\u00a0'    | true
          'có'         | true
          'Có'         | true
          'CÓ'         | true
          'co'         | true
          'Co'         | true
          '✓'          | true
          '✔'          | true
          ' ✓ '        | true
          'v'          | true
          'V'          | true
          '1'          | true
          'TRUE'       | true
          'true'       | true
          'đạt'        | true
          'Đạt'        | true
          'ĐẠT'        | true
          'dat'        | true
          'không'      | false
          'Không'      | false
          'KHÔNG'      | false
          'khong'      | false
          '0'          | false
          '-'          | false
          ' - '        | false
          'FALSE'      | false
          'False'      | false
          'chưa'       | false
          'Chưa'       | false
          'có lẽ'      | INVALID
          'yes?'       | INVALID
          'có?'        | INVALID
          '2'          | INVALID
          '1.0'        | INVALID
          'xx'         | INVALID
          '--'         | INVALID
          '✓✓'         | INVALID
          '✗'          | INVALID
          'không đạt'  | INVALID
          ''           | BLANK
          '   '        | BLANK
          '\u00a0'     | BLANK
          """)
  void yesNoText(String in, String expected) {
    assertYesNo(reader.yesNo(text(in)), expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"có", "Có", "không", "đạt", "chưa"})
  void yesNoReadsDecomposedText(String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(word);
    assertThat(reader.yesNo(text(nfd))).isEqualTo(reader.yesNo(text(word)));
    assertThat(reader.yesNo(text(nfd)).isOk()).isTrue();
  }

  @Test
  void yesNoOfOtherCells() {
    assertYesNo(reader.yesNo(bool(true)), "true");
    assertYesNo(reader.yesNo(bool(false)), "false");
    assertYesNo(reader.yesNo(num(1)), "true");
    assertYesNo(reader.yesNo(num(0)), "false");
    assertYesNo(reader.yesNo(num(2)), "INVALID");
    assertYesNo(reader.yesNo(num(0.5)), "INVALID");
    assertYesNo(reader.yesNo(error("#REF!")), "INVALID");
    assertYesNo(reader.yesNo(null), "BLANK");
    assertYesNo(reader.yesNo(text(null)), "BLANK");
  }

  private static void assertYesNo(Parsed p, String expected) {
    if (expected.equals("true") || expected.equals("false")) {
      assertThat(p.outcome()).isEqualTo(Outcome.OK);
      assertThat(p.value()).isEqualTo(Boolean.valueOf(expected));
    } else {
      assertThat(p.outcome()).isEqualTo(Outcome.valueOf(expected));
      assertThat(p.value()).isNull();
    }
  }

  @Test
  void aWordMeaningBothYesAndNoIsRejected() {
    Map<String, BigDecimal> units = Map.of();
    assertThatThrownBy(() -> new ValueReader(List.of("Có"), List.of("co"), units))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("co");
    assertThatThrownBy(() -> new ValueReader(List.of(" "), List.of(), units))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void symbolWordsThatFoldToNothingStayApart() {
    ValueReader r = new ValueReader(List.of("✓"), List.of("-"), Map.of());
    assertYesNo(r.yesNo(text("✓")), "true");
    assertYesNo(r.yesNo(text("-")), "false");
    assertYesNo(r.yesNo(text("*")), "INVALID");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '15/8/2020'          | 2020-08-15
          '15-08-2020'         | 2020-08-15
          '15.8.2020'          | 2020-08-15
          '2020-08-15'         | 2020-08-15
          '2020-8-5'           | 2020-08-05
          '5.6.2020'           | 2020-06-05
          '1-9-2020'           | 2020-09-01
          '25.08.2020'         | 2020-08-25
          '03.09.2020'         | 2020-09-03
          '12/09/2020'         | 2020-09-12
          '15/08/2020 00:00'   | 2020-08-15
          '15/08/2020 00:00:00'| 2020-08-15
          '15/08/2020 0:00'    | 2020-08-15
          ' 15/8/2020 '        | 2020-08-15
          '29/02/2020'         | 2020-02-29
          '31/12/2020'         | 2020-12-31
          '31/02/2020'         | INVALID
          '29/02/2021'         | INVALID
          '31/04/2020'         | INVALID
          '15/13/2020'         | INVALID
          '0/8/2020'           | INVALID
          '15/8/20'            | INVALID
          '15/8/20200'         | INVALID
          '015/8/2020'         | INVALID
          '15/008/2020'        | INVALID
          '15/08-2020'         | INVALID
          '15//2020'           | INVALID
          '2020/08/15'         | INVALID
          '2020.08.15'         | INVALID
          '15/08/2020 12:30'   | INVALID
          '15/08/2020 00:00 x' | INVALID
          '15 / 8 / 2020'      | INVALID
          'hôm qua'            | INVALID
          'ngày 15/8/2020'     | INVALID
          '44058'              | INVALID
          '1/2/3/2020'         | INVALID
          ''                   | BLANK
          '  '                 | BLANK
          """)
  void dateText(String in, String expected) {
    Parsed p = reader.date(text(in));
    if (expected.equals("INVALID") || expected.equals("BLANK")) {
      assertThat(p.outcome()).isEqualTo(Outcome.valueOf(expected));
      assertThat(p.value()).isNull();
    } else {
      assertThat(p.outcome()).isEqualTo(Outcome.OK);
      assertThat(p.value()).isEqualTo(LocalDate.parse(expected));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '8/2020'    | 2020-08
          '08/2020'   | 2020-08
          '08-2020'   | 2020-08
          '8.2020'    | 2020-08
          '12/2020'   | 2020-12
          '2020-08'   | 2020-08
          """)
  void monthOnlyText(String in, String expected) {
    Parsed p = reader.date(text(in));
    assertThat(p.outcome()).isEqualTo(Outcome.MONTH_ONLY);
    assertThat(p.value()).isEqualTo(YearMonth.parse(expected));
    assertThat(p.isOk()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13/2020", "0/2020", "8/20", "8/2020/", "/2020"})
  void badMonthOnlyIsInvalid(String in) {
    assertThat(reader.date(text(in)).outcome()).isEqualTo(Outcome.INVALID);
  }

  @Test
  void dateOfNumericCells() {
    assertThat(reader.date(dateNum(44058))).isEqualTo(Parsed.ok(LocalDate.of(2020, 8, 15)));
    assertThat(reader.date(dateNum(44058.75))).isEqualTo(Parsed.ok(LocalDate.of(2020, 8, 15)));
    assertThat(reader.date(dateNum(1))).isEqualTo(Parsed.ok(LocalDate.of(1900, 1, 1)));
    assertThat(reader.date(num(44058))).isEqualTo(Parsed.INVALID);
    assertThat(reader.date(dateNum(0.5))).isEqualTo(Parsed.INVALID);
    assertThat(reader.date(dateNum(-1))).isEqualTo(Parsed.INVALID);
    assertThat(reader.date(dateNum(Double.NaN))).isEqualTo(Parsed.INVALID);
    assertThat(reader.date(bool(true))).isEqualTo(Parsed.INVALID);
    assertThat(reader.date(error("#VALUE!"))).isEqualTo(Parsed.INVALID);
    assertThat(reader.date(null)).isEqualTo(Parsed.BLANK);
    assertThat(reader.date(text(null))).isEqualTo(Parsed.BLANK);
  }

  @Test
  void writtenShowsTheCellAsTheUserSeesIt() {
    assertThat(ValueReader.written(text(" 1.5 km "))).isEqualTo(" 1.5 km ");
    assertThat(ValueReader.written(num(1598.0))).isEqualTo("1598");
    assertThat(ValueReader.written(num(12.5))).isEqualTo("12.5");
    assertThat(ValueReader.written(num(0.6))).isEqualTo("0.6");
    assertThat(ValueReader.written(num(-0.5))).isEqualTo("-0.5");
    assertThat(ValueReader.written(num(1e20))).isEqualTo("100000000000000000000");
    assertThat(ValueReader.written(num(1234567.0))).isEqualTo("1234567");
    assertThat(ValueReader.written(dateNum(44058))).isEqualTo("15/08/2020");
    assertThat(ValueReader.written(dateNum(44058.5))).isEqualTo("15/08/2020");
    assertThat(ValueReader.written(bool(true))).isEqualTo("TRUE");
    assertThat(ValueReader.written(bool(false))).isEqualTo("FALSE");
    assertThat(
            ValueReader.written(new RawCell(0, RawCell.Kind.BOOLEAN, null, 1, false, null, null)))
        .isEqualTo("TRUE");
    assertThat(ValueReader.written(error("#DIV/0!"))).isEqualTo("#DIV/0!");
    assertThat(ValueReader.written(null)).isNull();
  }

  @Test
  void aFormulaCellIsReadByItsCachedValue() {
    RawCell formula = new RawCell(3, RawCell.Kind.NUMBER, null, 600.0, false, "0.6*1000", null);
    assertNumber(reader.length(formula), "600");
    assertThat(ValueReader.written(formula)).isEqualTo("600");
  }
}
