package vn.thidua.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML document starts, by JSON pointer ("/tables/0/columns/4/group"), so
 * problems found after binding can still name a line and column.
 */
public final class YamlLocations {
  private final Map<String, JsonLocation> byPointer;

  private YamlLocations(Map<String, JsonLocation> byPointer) {
    this.byPointer = byPointer;
  }

  /** Indexes a document; a document Jackson cannot tokenize gives an empty index. */
  public static YamlLocations of(String yaml) {
    Map<String, JsonLocation> map = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        // The pointer of a value token is its own path; keep the first (outermost) location.
        map.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
      }
    } catch (IOException e) {
      // Syntax errors are reported by the binding pass with their own location.
    }
    return new YamlLocations(map);
  }

  /** The location of the value at a pointer, or of its nearest parent that has one. */
  public JsonLocation find(String pointer) {
    String p = pointer;
    while (true) {
      JsonLocation loc = byPointer.get(p);
      if (loc != null || p.isEmpty()) {
        return loc;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }
}
