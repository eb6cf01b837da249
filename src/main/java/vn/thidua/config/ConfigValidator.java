package vn.thidua.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.Config;
import vn.thidua.model.Criterion;
import vn.thidua.model.RuleSpec;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.ValueType;
import vn.thidua.read.text.PlaceNames;
import vn.thidua.read.text.Text;

/**
 * Checks what YAML binding cannot: references between parts of the config, unique keys and names,
 * values that make sense. Every problem carries the JSON pointer of the offending value.
 */
final class ConfigValidator {

  /** A problem at a JSON pointer. */
  record Problem(String pointer, String key, List<Object> args) {}

  private final Config config;
  private final List<Problem> problems = new ArrayList<>();

  private ConfigValidator(Config config) {
    this.config = config;
  }

  static List<Problem> validate(Config config) {
    ConfigValidator v = new ConfigValidator(config);
    v.reading();
    if (!v.problems.isEmpty()) {
      // Names cannot be compared without the word lists; only the default config can lack them.
      return v.problems;
    }
    v.campaign();
    v.units();
    v.cover();
    new TableValidator(config, v).tables();
    v.criteria();
    v.nomination();
    return v.problems;
  }

  void add(String pointer, String key, Object... args) {
    problems.add(new Problem(pointer, key, List.of(args)));
  }

  void required(String pointer, Object value, String name) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(pointer, "config.required", name);
    }
  }

  private void campaign() {
    CampaignInfo c = config.campaign();
    if (c == null) {
      add("", "config.required", "campaign");
      return;
    }
    required("/campaign/code", c.code(), "campaign.code");
    required("/campaign/name", c.name(), "campaign.name");
    required("/campaign/window", c.window(), "campaign.window");
    required(
        "/campaign/nomination_deadline", c.nominationDeadline(), "campaign.nomination_deadline");
    // The reports' letterhead names the province and the place of the date line.
    required("/campaign/province", c.province(), "campaign.province");
    if (c.province() != null) {
      required("/campaign/province/name", c.province().name(), "campaign.province.name");
      required("/campaign/province/place", c.province().place(), "campaign.province.place");
    }
    if (c.window() != null) {
      required("/campaign/window/from", c.window().from(), "campaign.window.from");
      required("/campaign/window/to", c.window().to(), "campaign.window.to");
      if (c.window().from() != null
          && c.window().to() != null
          && c.window().from().isAfter(c.window().to())) {
        add("/campaign/window", "config.window.order");
      }
    }
  }

  private void units() {
    if (config.units().isEmpty()) {
      add("", "config.required", "units");
    }
    Map<String, String> names = new HashMap<>();
    Set<String> codes = new HashSet<>();
    // Names clash when the unit matcher would read them as one ("H. Tân Yên" and "Tân Yên").
    PlaceNames places = PlaceNames.of(config);
    for (int i = 0; i < config.units().size(); i++) {
      Unit u = config.units().get(i);
      String at = "/units/" + i;
      required(at + "/code", u.code(), "units[" + i + "].code");
      required(at + "/name", u.name(), "units[" + i + "].name");
      if (u.code() != null && !codes.add(u.code())) {
        add(at + "/code", "config.duplicate", u.code());
      }
      Map<String, String> keys = new java.util.LinkedHashMap<>();
      keys.put(u.code() == null ? "" : Text.fold(u.code()), u.code());
      List<String> forms = new ArrayList<>(u.aliases());
      forms.add(u.name());
      for (String form : forms) {
        String key = places.unitKey(form);
        if (key != null) {
          keys.putIfAbsent(key, form);
        }
      }
      keys.forEach(
          (key, form) -> {
            String other = names.putIfAbsent(key, u.code());
            if (!key.isEmpty() && other != null && !other.equals(u.code())) {
              add(at, "config.unit.alias.clash", form, other, u.code());
            }
          });
      u.targets()
          .forEach(
              (name, n) -> {
                if (n == null || n < 0) {
                  add(at + "/targets/" + name, "config.number.negative", name);
                }
              });
    }
  }

  /** The word lists of place and unit names: each entry must say something, and never "tỉnh". */
  private void reading() {
    var r = config.reading();
    // Every field is given, by this config or by the default one it falls back on: the default
    // config must give them all.
    Object[][] fields = {
      {"header_rows_max", r.headerRowsMax()},
      {"blank_rows_end", r.blankRowsEnd()},
      {"index_headers", r.indexHeaders()},
      {"totals_words", r.totalsWords()},
      {"end_words", r.endWords()},
      {"end_patterns", r.endPatterns()},
      {"yes", r.yes()},
      {"no", r.no()},
      {"length_units", r.lengthUnits()},
      {"district_words", r.districtWords()},
      {"commune_words", r.communeWords()},
      {"hamlet_words", r.hamletWords()},
      {"organisation_names", r.organisationNames()}
    };
    for (Object[] f : fields) {
      if (f[1] == null) {
        add("/reading", "config.required", "reading." + f[0]);
      }
    }
    if (r.districtWords() == null
        || r.communeWords() == null
        || r.hamletWords() == null
        || r.organisationNames() == null) {
      return;
    }
    words("district_words", r.districtWords());
    words("commune_words", r.communeWords());
    words("hamlet_words", r.hamletWords());
    words("organisation_names", r.organisationNames());
  }

  private void words(String name, List<String> list) {
    for (int i = 0; i < list.size(); i++) {
      String folded = Text.fold(list.get(i));
      String at = "/reading/" + name + "/" + i;
      if (folded.isEmpty()) {
        add(at, "config.reading.word.blank", name);
      } else if ((folded + " ").startsWith("tinh ")) {
        // Dropping it would turn the province's own line into a unit's name.
        add(at, "config.reading.word.province", list.get(i), name);
      }
    }
  }

  private void cover() {
    if (config.cover() == null) {
      add("", "config.required", "cover");
      return;
    }
    required("/cover/name", config.cover().name(), "cover.name");
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < config.cover().fields().size(); i++) {
      var f = config.cover().fields().get(i);
      required("/cover/fields/" + i + "/key", f.key(), "key");
      required("/cover/fields/" + i + "/label", f.label(), "label");
      if (f.key() != null && !keys.add(f.key())) {
        add("/cover/fields/" + i + "/key", "config.duplicate", f.key());
      }
    }
    reserved("unit", ValueType.TEXT);
    reserved("report_date", ValueType.DATE);
    rules("/cover/rules", config.cover().rules(), keys);
  }

  /**
   * A cover key the tool reads itself (workbook.md): {@code unit} names the reporting unit, {@code
   * report_date} judges timeliness. Absent, or of another type, the tool could not read them.
   */
  private void reserved(String key, ValueType type) {
    List<vn.thidua.model.FieldSpec> fields = config.cover().fields();
    for (int i = 0; i < fields.size(); i++) {
      if (key.equals(fields.get(i).key())) {
        if (fields.get(i).type() != type) {
          add(
              "/cover/fields/" + i + "/type",
              "config.cover.reserved.type",
              key,
              type.name().toLowerCase(java.util.Locale.ROOT));
        }
        return;
      }
    }
    add("/cover/fields", "config.cover.reserved", key);
  }

  void message(String at, String id, java.util.Map<String, String> texts) {
    message(at, id, texts, "message");
  }

  /**
   * A rule the config declares says its own message, at least in Vietnamese: the tool's bundles
   * hold the messages of its built-in rules only, so another campaign never shows this one's words.
   */
  void message(String at, String id, java.util.Map<String, String> texts, String name) {
    if (id == null || id.isBlank() || vn.thidua.model.Rule.byId(id).isPresent()) {
      return;
    }
    String vi = texts.get("vi");
    if (vi == null || vi.isBlank()) {
      add(texts.isEmpty() ? at : at + "/" + name, "config.rule.message", id, name);
    }
  }

  void rules(String at, List<RuleSpec> rules, Set<String> columns) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleSpec r = rules.get(i);
      String here = at + "/" + i;
      required(here + "/id", r.id(), "id");
      required(here + "/check", r.check(), "check");
      if (r.id() != null && r.cell() != null && !ids.add(r.id() + "@" + r.cell())) {
        add(here + "/id", "config.duplicate", r.id());
      }
      if (r.cell() == null && r.each().isEmpty()) {
        add(here, "config.rule.cell", r.id());
      }
      if (r.cell() != null) {
        known(here + "/cell", r.cell(), columns);
      }
      for (int e = 0; e < r.each().size(); e++) {
        known(here + "/each/" + e, r.each().get(e), columns);
      }
      message(here, r.id(), r.message());
      if (!r.nulls().equals("skip") && !r.nulls().equals("evaluate")) {
        add(here + "/nulls", "config.rule.nulls", r.nulls());
      }
    }
  }

  void known(String at, String key, Set<String> keys) {
    if (key != null && !keys.contains(key)) {
      add(at, "config.column.unknown", key, String.join(", ", keys));
    }
  }

  private void nomination() {
    var n = config.nomination();
    if (n == null) {
      return;
    }
    var table = config.table(n.table());
    if (table.isEmpty()) {
      add(
          "/nomination/table",
          "config.column.unknown",
          n.table(),
          String.join(", ", config.tables().stream().map(TableSpec::key).toList()));
      return;
    }
    Set<String> columns = new HashSet<>();
    table.get().columns().forEach(c -> columns.add(c.key()));
    known("/nomination/kind", n.kind(), columns);
    known("/nomination/name", n.name(), columns);
    known("/nomination/position", n.position(), columns);
    known("/nomination/action", n.action(), columns);
    Set<String> rules = new TreeSet<>();
    table.get().rules().forEach(r -> rules.add(r.id()));
    if (n.criteriaRule() != null && !rules.contains(n.criteriaRule())) {
      add(
          "/nomination/criteria_rule",
          "config.rule.unknown",
          n.criteriaRule(),
          n.table(),
          String.join(", ", rules));
    }
  }

  private void criteria() {
    Set<String> allColumns = new HashSet<>();
    config.tables().forEach(t -> t.columns().forEach(c -> allColumns.add(c.key())));
    config
        .criteria()
        .forEach(
            (kind, list) -> {
              for (int i = 0; i < list.size(); i++) {
                Criterion c = list.get(i);
                String at = "/criteria/" + kind + "/" + i;
                required(at + "/code", c.code(), "code");
                required(at + "/column", c.column(), "column");
                known(at + "/column", c.column(), allColumns);
              }
            });
  }
}
