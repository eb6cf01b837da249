package vn.thidua.render;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.thidua.model.Config;
import vn.thidua.model.Finding;
import vn.thidua.model.Phrase;
import vn.thidua.model.Severity;

/**
 * Localized texts: the messages bundle (Vietnamese by default, English with --lang en) and the
 * messages a config gives for its own rules. Numbers and dates are formatted for the language,
 * whatever the machine's locale.
 */
public final class Messages {
  /** Values are quoted at most this long, so a 32,767-character cell stays readable. */
  public static final int MAX_QUOTE = 200;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  private final Locale locale;
  private final ResourceBundle bundle;
  private final Map<String, String> configTexts = new HashMap<>();

  public Messages(Locale locale, Config config) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "thidua.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    if (config != null) {
      String lang = locale.getLanguage();
      // English where the config gives it, else its Vietnamese: never another campaign's words.
      config
          .ruleMessages()
          .forEach(
              (id, texts) -> {
                String text = texts.getOrDefault(lang, texts.get("vi"));
                if (text != null) {
                  configTexts.put(id, text);
                }
              });
      // A part's narrative sentences, under the keys the narrative asks for ("docx.roads.result").
      config.tables().stream()
          .filter(t -> t.summary() != null)
          .forEach(
              t ->
                  t.summary()
                      .sentences()
                      .forEach(
                          (name, texts) -> {
                            String text = texts.getOrDefault(lang, texts.get("vi"));
                            if (text != null) {
                              configTexts.put("docx." + t.summary().name() + "." + name, text);
                            }
                          }));
    }
  }

  /** "vi" or "en". */
  public static Locale locale(String lang) {
    return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }

  public Locale locale() {
    return locale;
  }

  /** The message of a finding: its rule's text with its arguments. */
  public String finding(Finding f) {
    return get(f.rule(), f.args().toArray());
  }

  /** Why a nomination is not eligible, in this language. */
  public String reason(vn.thidua.model.Nomination.Reason r) {
    return get(r.key(), r.args().toArray());
  }

  public String severity(Severity s) {
    return get("severity." + s.id());
  }

  /** Whether the config or the bundle has a text for this key. */
  public boolean has(String key) {
    return configTexts.containsKey(key) || bundle.containsKey(key);
  }

  /** A message by key without arguments, or the fallback when neither bundle nor config has it. */
  public String getOrDefault(String key, String fallback) {
    return configTexts.containsKey(key) || bundle.containsKey(key) ? get(key) : fallback;
  }

  /** The raw pattern of a key (the config's text first), or the key itself when there is none. */
  public String pattern(String key) {
    String pattern = configTexts.get(key);
    if (pattern != null) {
      return pattern;
    }
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** A message by key; an unknown key shows the key and its arguments rather than failing. */
  public String get(String key, Object... args) {
    String pattern = configTexts.get(key);
    if (pattern == null) {
      try {
        pattern = bundle.getString(key);
      } catch (MissingResourceException e) {
        return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
      }
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = shown(args[i]);
    }
    return new MessageFormat(pattern, locale).format(shown);
  }

  private Object shown(Object arg) {
    if (arg == null) {
      return get("blank");
    }
    if (arg instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (arg instanceof YearMonth m) {
      return MONTH.format(m);
    }
    if (arg instanceof Whole w) {
      return w.text();
    }
    if (arg instanceof String s) {
      return quote(s);
    }
    if (arg instanceof Phrase p) {
      return get(p.key(), p.args().toArray());
    }
    return arg;
  }

  /**
   * A figure for people: numbers grouped the language's way (1.234,5 in Vietnamese), booleans as
   * yes/no words, dates dd/MM/yyyy, nothing as a dash.
   */
  public String figure(Object v) {
    if (v == null) {
      return "—";
    }
    if (v instanceof Boolean b) {
      return get(b ? "figure.yes" : "figure.no");
    }
    if (v instanceof java.math.BigDecimal || v instanceof Long || v instanceof Integer) {
      java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(locale);
      nf.setMaximumFractionDigits(4);
      return nf.format(v);
    }
    if (v instanceof LocalDate d) {
      return DATE.format(d);
    }
    return v.toString();
  }

  /** A figure of a column: ratios as percentages (99,73%), others as {@link #figure(Object)}. */
  public String figure(Object v, Figures.Column c) {
    if (v instanceof java.math.BigDecimal b && c.ratio()) {
      java.text.NumberFormat nf = java.text.NumberFormat.getPercentInstance(locale);
      nf.setMinimumFractionDigits(2);
      nf.setMaximumFractionDigits(2);
      return nf.format(b);
    }
    return figure(v);
  }

  /** A text the tool made itself (a list of names), given whole to a message: never cut. */
  public record Whole(String text) {}

  /** Wraps a text the tool made so that a message gives it whole. */
  public static Whole whole(String text) {
    return new Whole(text);
  }

  /**
   * A label (a column's, as the config capitalises it to head a column) inside a sentence: its
   * first letter in lower case, "so với chỉ tiêu"; a label led by an abbreviation ("CB, HV", "TC1")
   * keeps its capitals.
   */
  public String inSentence(String label) {
    if (label == null || label.length() < 2) {
      return label;
    }
    int first = label.codePointAt(0);
    int second = label.codePointAt(Character.charCount(first));
    if (!Character.isUpperCase(first) || Character.isUpperCase(second)) {
      return label;
    }
    return label.substring(0, Character.charCount(first)).toLowerCase(locale)
        + label.substring(Character.charCount(first));
  }

  /** A date as dd/MM/yyyy. */
  public static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }

  /** A value cut to {@link #MAX_QUOTE} characters. */
  public static String quote(String s) {
    if (s == null || s.length() <= MAX_QUOTE) {
      return s;
    }
    return s.substring(0, MAX_QUOTE) + "…";
  }
}
