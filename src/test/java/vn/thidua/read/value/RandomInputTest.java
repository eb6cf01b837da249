package vn.thidua.read.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.thidua.read.value.Cells.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.text.Tcvn3;
import vn.thidua.read.text.Text;
import vn.thidua.read.value.Parsed.Outcome;

/** Property checks over random input: nothing throws, and results keep their invariants. */
class RandomInputTest {

  private static final String ALPHABET =
      "0123456789012345678901234567890123456789...,,,   \u00a0\u202f\t\n"
          + "abcxyzmkKMXvVtrue"
          + "ăâđêôơưàáạảãếệộờữĐƠƯÀÝ"
          + "¬§Þµ¸Ë\u00ad®«»·×÷éó"
          + "-+\u2212/:%²°±✓✔()\"'*#\u0301\u0323";

  private final ValueReader reader = Cells.reader();

  private static List<String> randomStrings(long seed, int count) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int len = random.nextInt(14);
      StringBuilder sb = new StringBuilder(len);
      for (int j = 0; j < len; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void parsersNeverThrowAndKeepTheirInvariants() {
    for (String s : randomStrings(20200815L, 10_000)) {
      RawCell cell = text(s);
      assertThatCode(
              () -> {
                checkNumber(reader.number(cell), s);
                checkNumber(reader.length(cell), s);
                Parsed integer = reader.integer(cell);
                checkNumber(integer, s);
                if (integer.isOk()) {
                  assertThat(((BigDecimal) integer.value()).scale()).as(s).isZero();
                }
                Parsed count = reader.count(cell);
                checkNumber(count, s);
                Parsed yesNo = reader.yesNo(cell);
                assertThat(yesNo.value() == null || yesNo.value() instanceof Boolean).isTrue();
                checkDate(reader.date(cell), s);
                assertThat(ValueReader.written(cell)).isSameAs(s);
              })
          .as("input '%s'", s)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void textFunctionsNeverThrowAndKeepTheirInvariants() {
    for (String s : randomStrings(5712L, 10_000)) {
      assertThatCode(
              () -> {
                String folded = Text.fold(s);
                assertThat(folded).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
                assertThat(Text.fold(folded)).isEqualTo(folded);
                String cleaned = Text.clean(s);
                assertThat(Text.clean(cleaned)).isEqualTo(cleaned);
                assertThat(Text.fold(cleaned)).isEqualTo(folded);
                Tcvn3.looksLikeTcvn3(s);
                // Every telltale code is converted, so converted text never looks like TCVN3.
                assertThat(Tcvn3.looksLikeTcvn3(Tcvn3.toUnicode(s, false))).isFalse();
                assertThat(Tcvn3.looksLikeTcvn3(Tcvn3.toUnicode(s, true))).isFalse();
              })
          .as("input '%s'", s)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void vietnameseFormattedNumbersReadBack() {
    Random random = new Random(44058L);
    char[] groupings = {'.', ' ', '\u00a0', 0};
    for (int i = 0; i < 10_000; i++) {
      long unscaled = random.nextLong() % 1_000_000_000_000L;
      if (i % 3 == 0) {
        unscaled %= 100_000; // small values too, where grouping hardly shows
      }
      BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(3));
      char grouping = groupings[random.nextInt(groupings.length)];
      String written = vietnamese(value, grouping);
      Parsed p = reader.number(text(written));
      assertThat(p.outcome()).as(written).isEqualTo(Outcome.OK);
      assertThat((BigDecimal) p.value()).as(written).isEqualByComparingTo(value);
    }
  }

  @Test
  void theFormatterOfTheRoundTripWritesTheVietnameseWay() {
    assertThat(vietnamese(new BigDecimal("12345.67"), '.')).isEqualTo("12.345,67");
    assertThat(vietnamese(new BigDecimal("-1234567"), ' ')).isEqualTo("-1 234 567");
    assertThat(vietnamese(new BigDecimal("0.5"), '.')).isEqualTo("0,5");
  }

  /** "12.345,67": the grouping char every three digits (none when 0), a decimal comma. */
  private static String vietnamese(BigDecimal v, char grouping) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(v.signum() < 0 ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && grouping != 0) {
        sb.append(grouping);
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(',').append(plain, dot + 1, plain.length());
    }
    return sb.toString();
  }

  private static void checkNumber(Parsed p, String s) {
    if (p.outcome() == Outcome.OK) {
      BigDecimal v = (BigDecimal) p.value();
      // Normalised: no trailing zeros, and integral values at scale 0 (no "1.2E+3").
      assertThat(v.scale()).as(s).isGreaterThanOrEqualTo(0);
      assertThat(v.scale() == 0 || v.stripTrailingZeros().scale() == v.scale()).as(s).isTrue();
      assertThat(v.toString()).as(s).doesNotContain("E");
    } else {
      assertThat(p.value()).as(s).isNull();
      assertThat(p.outcome()).as(s).isNotEqualTo(Outcome.MONTH_ONLY);
    }
  }

  private static void checkDate(Parsed p, String s) {
    switch (p.outcome()) {
      case OK -> assertThat(p.value()).as(s).isInstanceOf(LocalDate.class);
      case MONTH_ONLY -> assertThat(p.value()).as(s).isInstanceOf(YearMonth.class);
      case AMBIGUOUS -> throw new AssertionError("a date is never ambiguous: " + s);
      default -> assertThat(p.value()).as(s).isNull();
    }
  }
}
