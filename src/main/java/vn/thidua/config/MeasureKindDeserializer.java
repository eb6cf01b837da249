package vn.thidua.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import vn.thidua.model.MeasureKind;

/**
 * Binds a measure's {@code of} to its kind by its exact YAML spelling ("count_by"). The mapper
 * reads other enums ignoring case and takes numbers as their position; a kind is matched exactly,
 * as the validator matched the spelled kinds before they were a type, so "COUNT_BY" or 2 is still
 * an unknown kind, reported with its line and column (ConfigLoader).
 */
final class MeasureKindDeserializer extends StdScalarDeserializer<MeasureKind> {
  private static final long serialVersionUID = 1L;

  MeasureKindDeserializer() {
    super(MeasureKind.class);
  }

  @Override
  public MeasureKind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue()) {
      return (MeasureKind) ctxt.handleUnexpectedToken(MeasureKind.class, p);
    }
    String text = p.getText();
    for (MeasureKind k : MeasureKind.values()) {
      if (k.yaml().equals(text)) {
        return k;
      }
    }
    throw ctxt.weirdStringException(text, MeasureKind.class, "not a kind of figure");
  }
}
