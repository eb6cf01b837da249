package vn.thidua.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign config: everything the tool knows about one emulation campaign, from YAML. The default
 * is the 2020 campaign; a province edits a copy for the next one.
 *
 * @param campaign name, dates and issuing body
 * @param units the reporting units in report order
 * @param reading how workbooks are read (header search, totals and signature words, yes/no)
 * @param cover the cover sheet with the unit and the report date
 * @param tables the tables districts fill in, in report order
 * @param choices named lists of allowed values (action types, levels, nomination kinds)
 * @param criteria per nomination kind, the criteria that must all be marked
 * @param nomination where the nominations are, or null when the campaign has none
 * @param documents who issues, signs and receives the province's documents
 */
public record Config(
    CampaignInfo campaign,
    List<Unit> units,
    Reading reading,
    CoverSpec cover,
    List<TableSpec> tables,
    Map<String, List<Choice>> choices,
    Map<String, List<Criterion>> criteria,
    NominationSpec nomination,
    DocumentsSpec documents) {

  public Config {
    units = Lists.of(units);
    reading = reading == null ? Reading.NONE : reading;
    tables = Lists.of(tables);
    choices = Lists.of(choices);
    criteria = Lists.of(criteria);
    documents = documents == null ? DocumentsSpec.NONE : documents;
  }

  /** This config reading workbooks as {@code reading} says. */
  public Config withReading(Reading reading) {
    return new Config(
        campaign, units, reading, cover, tables, choices, criteria, nomination, documents);
  }

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Optional<TableSpec> table(String key) {
    return tables.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /**
   * The messages the config gives the rules it declares, by rule id: language ("vi", "en") →
   * MessageFormat pattern. A campaign's words are its own: the tool's bundles hold only the
   * messages of its built-in rules ({@link Rule}).
   */
  public Map<String, Map<String, String>> ruleMessages() {
    Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
    java.util.function.BiConsumer<String, Map<String, String>> put =
        (id, texts) -> {
          if (id != null && !texts.isEmpty()) {
            out.putIfAbsent(id, texts);
          }
        };
    if (cover != null) {
      cover.rules().forEach(r -> put.accept(r.id(), r.message()));
    }
    for (TableSpec t : tables) {
      for (ColumnSpec c : t.columns()) {
        for (Check check : java.util.Arrays.asList(c.min(), c.max(), c.expect(), c.window())) {
          if (check != null) {
            put.accept(check.rule(), check.message());
          }
        }
        put.accept(c.invalidRule(), c.invalidMessage());
      }
      t.rules().forEach(r -> put.accept(r.id(), r.message()));
      if (t.target() != null) {
        put.accept(t.target().rule(), t.target().message());
      }
      if (t.unique() != null) {
        put.accept(t.unique().rule(), t.unique().message());
      }
    }
    return out;
  }

  public List<Choice> choiceList(String name) {
    return choices.getOrDefault(name, List.of());
  }

  /**
   * The nomination kinds as the kind column's choices name them, code → name ("collective" → "Tập
   * thể"), in choice order; empty when the campaign has no nominations or the column no choices.
   */
  public Map<String, String> kindNames() {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    if (nomination == null) {
      return names;
    }
    table(nomination.table())
        .flatMap(t -> t.column(nomination.kind()))
        .filter(c -> c.choices() != null)
        .ifPresent(c -> choiceList(c.choices()).forEach(ch -> names.put(ch.code(), ch.name())));
    return names;
  }
}
