package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole output against its reviewed copy under {@code src/test/resources/golden/}. After an
 * intended change, regenerate the copies with {@code mvn test -Dgolden.update=true} (with {@code
 * -Dtest=…} for one) and review the diff.
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(actual).as(() -> firstDifference(golden, expected, actual)).isEqualTo(expected);
  }

  /** Where two texts part, with a few lines around: the full strings follow in the failure. */
  private static String firstDifference(Path golden, String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    StringBuilder b = new StringBuilder("differs from " + golden + " at line " + (i + 1) + "\n");
    for (int k = Math.max(0, i - 2); k < Math.min(Math.max(e.size(), a.size()), i + 3); k++) {
      b.append(k < e.size() ? "- " + e.get(k) : "-").append('\n');
      b.append(k < a.size() ? "+ " + a.get(k) : "+").append('\n');
    }
    return b.append("(regenerate with -Dgolden.update=true if intended)").toString();
  }
}
