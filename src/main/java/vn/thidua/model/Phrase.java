package vn.thidua.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A part of a message that is itself localized: a message key and its arguments, given as an
 * argument of another message ("Tệp X bị hỏng: {1}" where {1} says why in the reader's language).
 *
 * @param key a key of the messages bundle
 * @param args its arguments
 */
public record Phrase(String key, List<Object> args) {
  public Phrase {
    // Arguments may be null (a blank value): List.copyOf would refuse them.
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Phrase of(String key, Object... args) {
    return new Phrase(key, java.util.Arrays.asList(args));
  }

  @Override
  public String toString() {
    return args.isEmpty() ? key : key + " " + args;
  }
}
