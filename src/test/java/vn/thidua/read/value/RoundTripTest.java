package vn.thidua.read.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.thidua.config.ConfigLoader;
import vn.thidua.model.Config;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.text.Text;

/** Generated inputs: every form the readers accept reads back to the value it was made from. */
class RoundTripTest {
  private static final Config CONFIG = ConfigLoader.loadDefault().config();
  private final ValueReader reader =
      new ValueReader(
          CONFIG.reading().yes(), CONFIG.reading().no(), CONFIG.reading().lengthUnits());

  private static RawCell text(String s) {
    return RawCell.string(0, s);
  }

  @Test
  void datesInEveryAcceptedFormReadBack() {
    Random random = new Random(2509L);
    List<DateTimeFormatter> forms =
        List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("dd-MM-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd"));
    for (int i = 0; i < 5_000; i++) {
      LocalDate d = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
      String written = forms.get(random.nextInt(forms.size())).format(d);
      Parsed p = reader.date(text(written));
      assertThat(p.outcome()).as(written).isEqualTo(Parsed.Outcome.OK);
      assertThat(p.value()).as(written).isEqualTo(d);
    }
  }

  @Test
  void lengthsInMetresOrKilometresReadBack() {
    Random random = new Random(500L);
    for (int i = 0; i < 5_000; i++) {
      int metres = random.nextInt(20_000);
      boolean km = random.nextBoolean() && metres % 10 == 0;
      String number =
          km
              ? new BigDecimal(BigInteger.valueOf(metres), 3)
                  .stripTrailingZeros()
                  .toPlainString()
                  .replace('.', ',')
              : String.valueOf(metres);
      String unit =
          km
              ? List.of("km", " km", " KM").get(random.nextInt(3))
              : List.of("", "m", " m", " mét", " met").get(random.nextInt(5));
      String written = number + unit;
      Parsed p = reader.length(text(written));
      assertThat(p.outcome()).as(written).isEqualTo(Parsed.Outcome.OK);
      assertThat((BigDecimal) p.value())
          .as(written)
          .isEqualByComparingTo(BigDecimal.valueOf(metres));
    }
  }

  @Test
  void yesAndNoWordsInAnyCaseAndSpacingReadBack() {
    Random random = new Random(7L);
    for (Map.Entry<List<String>, Boolean> e :
        Map.of(CONFIG.reading().yes(), true, CONFIG.reading().no(), false).entrySet()) {
      for (String word : e.getKey()) {
        for (int i = 0; i < 20; i++) {
          String w = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word;
          w = " ".repeat(random.nextInt(3)) + w + " ".repeat(random.nextInt(3));
          if (random.nextBoolean()) {
            w = Normalizer.normalize(w, Normalizer.Form.NFD);
          }
          Parsed p = reader.yesNo(text(w));
          assertThat(p.outcome()).as("'%s'", w).isEqualTo(Parsed.Outcome.OK);
          assertThat(p.value()).as("'%s'", w).isEqualTo(e.getValue());
        }
      }
    }
  }

  @Test
  void everyHeaderOfTheConfigFoldsAlikeHoweverItIsTyped() {
    Random random = new Random(30L);
    CONFIG
        .tables()
        .forEach(
            t ->
                t.columns()
                    .forEach(
                        c -> {
                          String header = c.header();
                          String folded = Text.fold(header);
                          for (int i = 0; i < 30; i++) {
                            String typed = header;
                            switch (random.nextInt(5)) {
                              case 0 -> typed = typed.toUpperCase(Locale.ROOT);
                              case 1 -> typed = Normalizer.normalize(typed, Normalizer.Form.NFD);
                              case 2 ->
                                  typed = typed.replace(" ", random.nextBoolean() ? "  " : "\n");
                              case 3 ->
                                  typed =
                                      Normalizer.normalize(typed, Normalizer.Form.NFD)
                                          .replaceAll("\\p{M}", "")
                                          .replace('đ', 'd')
                                          .replace('Đ', 'D');
                              default -> typed = " " + typed.toLowerCase(Locale.ROOT) + " ";
                            }
                            assertThat(Text.fold(typed)).as("'%s'", typed).isEqualTo(folded);
                          }
                        }));
  }
}
