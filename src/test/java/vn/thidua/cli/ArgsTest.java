package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The look at the arguments before parsing agrees with picocli on every form of the options. */
class ArgsTest {
  @Test
  void languageBeforeOrAfterTheCommandTheLastOneWinning() {
    assertThat(Args.scan("--lang", "en", "validate", "a.xlsx"))
        .isEqualTo(new Args("en", null, "validate", false));
    assertThat(Args.scan("validate", "a.xlsx", "--lang", "en"))
        .isEqualTo(new Args("en", null, "validate", false));
    assertThat(Args.scan("validate", "--lang=en", "a.xlsx"))
        .isEqualTo(new Args("en", null, "validate", false));
    assertThat(Args.scan("--lang=en", "validate", "--lang", "vi", "a.xlsx").lang()).isEqualTo("vi");
    assertThat(Args.scan("--help", "--lang", "en")).isEqualTo(new Args("en", null, "", true));
    assertThat(Args.scan()).isEqualTo(new Args(null, null, "", false));
  }

  @Test
  void configInEveryFormBeforeOrAfterTheCommand() {
    for (String[] args :
        new String[][] {
          {"-c", "k.yaml", "validate", "a.xlsx"},
          {"--config", "k.yaml", "validate", "a.xlsx"},
          {"--config=k.yaml", "validate", "a.xlsx"},
          {"-c=k.yaml", "validate", "a.xlsx"},
          {"-ck.yaml", "validate", "a.xlsx"},
          {"validate", "-c", "k.yaml", "a.xlsx"},
          {"validate", "a.xlsx", "--config", "k.yaml"},
          {"validate", "-qc", "k.yaml", "a.xlsx"},
          {"--lang", "en", "--config=k.yaml", "validate", "a.xlsx"}
        }) {
      Args given = Args.scan(args);
      assertThat(given.config()).as(String.join(" ", args)).isEqualTo("k.yaml");
      assertThat(given.command()).as(String.join(" ", args)).isEqualTo("validate");
    }
    assertThat(Args.scan("validate", "-o", "ra", "--unit", "TY", "a.xlsx").config()).isNull();
  }

  @Test
  void helpIsAskedForByItsOptionsOrItsCommand() {
    assertThat(Args.scan("validate", "-h").help()).isTrue();
    assertThat(Args.scan("validate", "--help", "a.xlsx").help()).isTrue();
    assertThat(Args.scan("nominate", "-qh").help()).isTrue();
    assertThat(Args.scan("help", "validate").help()).isTrue();
    assertThat(Args.scan("validate", "a.xlsx").help()).isFalse();
    assertThat(Args.scan("validate", "--unit", "TY", "help").help()).isFalse();
    assertThat(Args.scan("validate", "--", "-h").help()).isFalse();
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    assertThat(Args.scan("validate", "--", "--lang", "-c"))
        .isEqualTo(new Args(null, null, "validate", false));
  }
}
