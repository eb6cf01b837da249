package vn.thidua.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.thidua.model.ValueType;
import vn.thidua.read.text.Tcvn3;
import vn.thidua.read.text.Text;
import vn.thidua.read.value.Parsed;

/** A sheet's encoding decided on bounded samples; long shared texts worked out once. */
class SheetTextTest {
  private static final String TCVN3 = "Héi LHPN huyÖn S¬n §éng, Tªn con ®\u00adêng, Tæng céng. ";
  private static final String UNICODE = "Hội LHPN huyện Sơn Động, Tên con đường, Tổng cộng. ";
  private static final int MEGABYTE = 1 << 20;

  private static String repeatTo(String s, int chars) {
    return s.repeat(chars / s.length() + 1);
  }

  @Test
  void theEncodingIsDecidedOnTheHeadOfEachText() {
    // Past the sample, a letter only Unicode has: the whole text would not pass for TCVN3.
    String text = repeatTo(TCVN3, SheetText.SNIFF_CHARS) + "Động";
    assertThat(Tcvn3.looksLikeTcvn3(text)).isFalse();
    assertThat(SheetText.sample(text)).hasSize(SheetText.SNIFF_CHARS);

    SheetText t = new SheetText();
    t.learn(List.of(text));
    assertThat(t.decode("Tªn con ®\u00adêng", null)).isEqualTo("Tên con đường");
    assertThat(t.converted()).isTrue();
  }

  @Test
  void aMegabyteOfRealTextGetsTheAnswerOfTheWholeText() {
    String tcvn3 = repeatTo(TCVN3, MEGABYTE);
    assertThat(Tcvn3.looksLikeTcvn3(tcvn3)).isTrue();
    SheetText t = new SheetText();
    t.learn(List.of(tcvn3));
    // The decision is sampled; the value is converted whole.
    assertThat(t.decode(tcvn3, null)).isEqualTo(repeatTo(UNICODE, MEGABYTE));
    assertThat(t.converted()).isTrue();

    String unicode = repeatTo(UNICODE, MEGABYTE);
    assertThat(Tcvn3.looksLikeTcvn3(unicode)).isFalse();
    SheetText u = new SheetText();
    u.learn(List.of(unicode));
    assertThat(u.decode("S¬n", null)).isEqualTo("S¬n");
    assertThat(u.decode(unicode, null)).isSameAs(unicode);
    assertThat(u.converted()).isFalse();
  }

  @Test
  void aLongTextIsDecodedCleanedAndParsedOncePerString() {
    String big = "  Ghi   chú  " + "x".repeat(MEGABYTE);
    SheetText t = new SheetText();
    String decoded = t.decode(big, null);
    assertThat(t.decode(big, null)).isSameAs(decoded);
    String cleaned = t.clean(decoded);
    assertThat(cleaned).isEqualTo(Text.clean(big)).isNotSameAs(decoded);
    assertThat(t.clean(decoded)).isSameAs(cleaned);

    AtomicInteger parses = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      t.parse(
          cleaned,
          ValueType.NUMBER,
          () -> {
            parses.incrementAndGet();
            return Parsed.INVALID;
          });
    }
    assertThat(parses).hasValue(1);
    // An equal text that is another String (an inline string, a CSV cell) is worked out anew.
    t.parse(new String(cleaned), ValueType.NUMBER, () -> Parsed.ok(parses.incrementAndGet()));
    // So is a short text, every time.
    t.parse("12", ValueType.NUMBER, () -> Parsed.ok(parses.incrementAndGet()));
    t.parse("12", ValueType.NUMBER, () -> Parsed.ok(parses.incrementAndGet()));
    assertThat(parses).hasValue(4);
  }

  @Test
  void longTextsDecodedBeforeTheFirstTcvn3TextAreDecodedAgain() {
    // "à" and "ú" are Unicode Vietnamese too: alone they do not tell TCVN3.
    String names = "Bà Tú ".repeat(100);
    SheetText t = new SheetText();
    assertThat(t.decode(names, null)).isSameAs(names);
    assertThat(t.decode("S¬n", null)).isEqualTo("Sơn");
    assertThat(t.decode(names, null))
        .isEqualTo(Tcvn3.toUnicode(names, false))
        .isEqualTo("Bà Tỳ ".repeat(100));
  }
}
