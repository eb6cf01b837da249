package vn.thidua.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of the province summary, as a measure of a table's summary makes it for a unit or for
 * the province. Each kind of figure is its own record, so a report reads a count as a count and a
 * count by type as its map, never an Object it must guess at. tong-hop.json writes each one as the
 * plain value it stands for (render.Json): a number, true/false, an object or an array.
 */
public sealed interface Figure
    permits Figure.Count,
        Figure.Amount,
        Figure.YesNo,
        Figure.CountBy,
        Figure.Names,
        Figure.UnitNames,
        Figure.Group {

  /**
   * What a cell of a table of figures shows: a Long, a BigDecimal, a Boolean, or null for an
   * undefined ratio and for figures that are no single value (lists, groups).
   */
  default Object cell() {
    return null;
  }

  /** The figure as a number (Long or BigDecimal), or null when it is none. */
  default Number number() {
    return cell() instanceof Number n ? n : null;
  }

  /** The figure inside this one under a name: a group's member, a count by type's count. */
  default Figure at(String name) {
    return null;
  }

  /** A whole number: rows counted, a target, eligible nominations, units meeting the target. */
  record Count(long value) implements Figure {
    @Override
    public Object cell() {
      return value;
    }
  }

  /**
   * A decimal: a sum of a column, written plain (8000, 125.5), or a ratio.
   *
   * @param value null for a ratio whose denominator is zero
   */
  record Amount(BigDecimal value) implements Figure {
    @Override
    public Object cell() {
      return value;
    }
  }

  /** Whether the target is met. */
  record YesNo(boolean value) implements Figure {
    @Override
    public Object cell() {
      return value;
    }
  }

  /**
   * Rows per choice, by the choice's canonical name, in the order first seen.
   *
   * @param counts ordered; a choice never seen has no entry
   */
  record CountBy(Map<String, Long> counts) implements Figure {
    public CountBy {
      counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The count of a choice, or null when no row had it. */
    @Override
    public Count at(String name) {
      Long n = counts.get(name);
      return n == null ? null : new Count(n);
    }
  }

  /** A unit's flagged values: the column as written on each row a rule flagged. */
  record Names(List<String> names) implements Figure {
    public Names {
      names = List.copyOf(names);
    }
  }

  /** The province's flagged values: every unit's, each with the unit's code. */
  record UnitNames(List<UnitName> names) implements Figure {
    public UnitNames {
      names = List.copyOf(names);
    }
  }

  /** A flagged value and the unit that wrote it. */
  record UnitName(String unit, String name) {}

  /**
   * Named figures in the config's order: a table's summary, or a group of measures inside it.
   *
   * @param figures ordered as the measures are
   */
  record Group(Map<String, Figure> figures) implements Figure {
    public Group {
      figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    @Override
    public Figure at(String name) {
      return figures.get(name);
    }

    public boolean has(String name) {
      return figures.containsKey(name);
    }

    /** The group under a name; empty when there is none. */
    public Group group(String name) {
      return figures.get(name) instanceof Group g ? g : new Group(Map.of());
    }

    /** The count by type under a name; empty when there is none. */
    public CountBy countBy(String name) {
      return figures.get(name) instanceof CountBy c ? c : new CountBy(Map.of());
    }

    /** The province's flagged values under a name; none when there are none. */
    public List<UnitName> unitNames(String name) {
      return figures.get(name) instanceof UnitNames u ? u.names() : List.of();
    }

    /** The unit's flagged values under a name; none when there are none. */
    public List<String> names(String name) {
      return figures.get(name) instanceof Names n ? n.names() : List.of();
    }

    /** Whether the yes/no figure under a name says yes. */
    public boolean yes(String name) {
      return figures.get(name) instanceof YesNo y && y.value();
    }

    /** The cell value of the figure under a name, for a sentence; null when there is none. */
    public Object value(String name) {
      Figure f = figures.get(name);
      return f == null ? null : f.cell();
    }
  }
}
