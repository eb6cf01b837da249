package vn.thidua.read.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void parsesLikeTheJdk() {
    String[] samples = {
      "0",
      "-0",
      "1",
      "1200",
      "27.5",
      "0.6",
      "1.2",
      "0.1",
      "600.0000000000001",
      "44058.5",
      "2.5E-3",
      "1E+21",
      "1.7976931348623157E308",
      "4.9E-324",
      "123456789012345678901234",
      "0.30000000000000004",
      "9007199254740993",
      "-12.75",
      " 42 ",
      "1e22",
      "1e23",
      "3.14159e-5"
    };
    for (String s : samples) {
      assertThat(Numbers.parseDouble(new StringBuilder(s)))
          .as(s)
          .isEqualTo(Double.parseDouble(s.trim()));
    }
  }

  @Test
  void parsesRandomDoublesExactly() {
    Random random = new Random(20200920);
    for (int i = 0; i < 20_000; i++) {
      double d =
          switch (i % 4) {
            case 0 -> random.nextInt(1_000_000) / 100.0;
            case 1 -> random.nextDouble() * 1e6;
            case 2 -> Double.longBitsToDouble(random.nextLong());
            default -> random.nextInt(100_000);
          };
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        continue;
      }
      String s = Double.toString(d);
      assertThat(Numbers.parseDouble(s)).as(s).isEqualTo(d);
    }
  }

  @Test
  void rejectsWhatIsNoNumber() {
    assertThatThrownBy(() -> Numbers.parseDouble("")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Numbers.parseDouble("1.2.3"))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Numbers.parseDouble("abc")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void parsesIndexes() {
    assertThat(Numbers.parseIndex("0")).isZero();
    assertThat(Numbers.parseIndex("12345")).isEqualTo(12345);
    assertThatThrownBy(() -> Numbers.parseIndex("-1")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Numbers.parseIndex("99999999999"))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void readsColumnLetters() {
    assertThat(XlsxSheetReader.column("A1")).isZero();
    assertThat(XlsxSheetReader.column("Z9")).isEqualTo(25);
    assertThat(XlsxSheetReader.column("AA10")).isEqualTo(26);
    assertThat(XlsxSheetReader.column("$AB$3")).isEqualTo(27);
    assertThat(XlsxSheetReader.column("XFD1048576")).isEqualTo(16383);
    assertThat(XlsxSheetReader.column("12")).isEqualTo(-1);
    assertThat(XlsxSheetReader.column("ZZZZ1")).isEqualTo(-1);
  }
}
