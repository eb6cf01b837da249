package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.model.Figure;

/**
 * Typed figures write exactly the JSON the untyped maps of numbers, booleans, maps and lists wrote
 * before them: tong-hop.json is a stable machine interface (spec/cli.md).
 */
class FigureJsonTest {

  @Test
  void everyKindOfFigureWritesWhatItsPlainValueWrote() {
    Map<String, Figure> funds = new LinkedHashMap<>();
    funds.put("union", new Figure.Amount(new BigDecimal("125.5")));
    funds.put("people", new Figure.Amount(new BigDecimal("8E+3")));
    Map<String, Long> byType = new LinkedHashMap<>();
    byType.put("Tuyên truyền", 3L);
    byType.put("Cơ sở", 0L);
    Map<String, Figure> typed = new LinkedHashMap<>();
    typed.put("reported", new Figure.Count(12));
    typed.put("target_met", new Figure.YesNo(true));
    typed.put("units_meeting_target", new Figure.Count(0));
    typed.put("funds", new Figure.Group(funds));
    typed.put("by_type", new Figure.CountBy(byType));
    typed.put("by_level", new Figure.CountBy(Map.of()));
    typed.put("rate", new Figure.Amount(new BigDecimal("0.9868")));
    typed.put("no_rate", new Figure.Amount(null));
    typed.put("below", new Figure.Names(List.of("Xã Song Khê", "Phường \"Ngô\" Quyền")));
    typed.put(
        "below_all",
        new Figure.UnitNames(
            List.of(new Figure.UnitName("TPBG", "Xã Song Khê"), new Figure.UnitName("LN", ""))));
    typed.put("none", new Figure.Names(List.of()));

    Map<String, Object> plainFunds = new LinkedHashMap<>();
    plainFunds.put("union", new BigDecimal("125.5"));
    plainFunds.put("people", new BigDecimal("8E+3"));
    Map<String, Object> plainByType = new LinkedHashMap<>();
    plainByType.put("Tuyên truyền", 3L);
    plainByType.put("Cơ sở", 0L);
    List<Object> below = new ArrayList<>();
    for (String[] e : new String[][] {{"TPBG", "Xã Song Khê"}, {"LN", ""}}) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("unit", e[0]);
      o.put("name", e[1]);
      below.add(o);
    }
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("reported", 12L);
    plain.put("target_met", true);
    plain.put("units_meeting_target", 0L);
    plain.put("funds", plainFunds);
    plain.put("by_type", plainByType);
    plain.put("by_level", new LinkedHashMap<>());
    plain.put("rate", new BigDecimal("0.9868"));
    plain.put("no_rate", null);
    plain.put("below", List.of("Xã Song Khê", "Phường \"Ngô\" Quyền"));
    plain.put("below_all", below);
    plain.put("none", List.of());

    // Inside a map, as tong-hop.json holds them per table name.
    String written = Json.write(Map.of("roads", new Figure.Group(typed)));
    assertThat(written).isEqualTo(Json.write(Map.of("roads", plain)));
    assertThat(written).contains("\"people\" : 8000\n").contains("\"no_rate\" : null,");
  }

  @Test
  void aTableOfFiguresReadsCellsWithoutKnowingTheirKind() {
    Figure.Group g =
        new Figure.Group(
            Map.of(
                "by_type",
                new Figure.CountBy(Map.of("Huyện", 22L)),
                "met",
                new Figure.YesNo(false)));
    assertThat(g.at("by_type").at("Huyện").cell()).isEqualTo(22L);
    assertThat(g.at("by_type").at("Xã")).isNull();
    assertThat(g.at("met").cell()).isEqualTo(false);
    assertThat(g.at("met").number()).isNull();
    assertThat(g.countBy("met").counts()).isEmpty();
    assertThat(g.yes("met")).isFalse();
  }
}
