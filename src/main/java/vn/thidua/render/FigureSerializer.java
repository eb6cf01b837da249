package vn.thidua.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import vn.thidua.model.Figure;

/**
 * Writes a summary figure as the plain value it stands for, so tong-hop.json keeps the shape of
 * spec/cli.md (a stable machine interface): a count or sum as a number (a sum plain, 8000 not
 * 8E+3), an undefined ratio as null, target met as true/false, a count by type as an object of
 * counts, flagged values as an array, a group as an object of its figures in config order.
 */
final class FigureSerializer extends StdSerializer<Figure> {
  private static final long serialVersionUID = 1L;

  FigureSerializer() {
    super(Figure.class);
  }

  @Override
  public void serialize(Figure f, JsonGenerator g, SerializerProvider p) throws IOException {
    // No switch on a sealed type's patterns in Java 17: one test per record, in permits order.
    if (f instanceof Figure.Count c) {
      g.writeNumber(c.value());
    } else if (f instanceof Figure.Amount a) {
      if (a.value() == null) {
        g.writeNull();
      } else {
        g.writeNumber(a.value());
      }
    } else if (f instanceof Figure.YesNo y) {
      g.writeBoolean(y.value());
    } else if (f instanceof Figure.CountBy c) {
      g.writeStartObject();
      for (Map.Entry<String, Long> e : c.counts().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } else if (f instanceof Figure.Names n) {
      g.writeStartArray();
      for (String name : n.names()) {
        g.writeString(name);
      }
      g.writeEndArray();
    } else if (f instanceof Figure.UnitNames u) {
      g.writeStartArray();
      for (Figure.UnitName e : u.names()) {
        g.writeStartObject();
        g.writeStringField("unit", e.unit());
        g.writeStringField("name", e.name());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (f instanceof Figure.Group group) {
      g.writeStartObject();
      for (Map.Entry<String, Figure> e : group.figures().entrySet()) {
        g.writeFieldName(e.getKey());
        serialize(e.getValue(), g, p);
      }
      g.writeEndObject();
    }
  }
}
