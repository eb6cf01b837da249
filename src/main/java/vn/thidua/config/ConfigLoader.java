package vn.thidua.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.model.Config;
import vn.thidua.model.MeasureKind;
import vn.thidua.model.Phrase;

/** Reads campaign configs from YAML: the embedded default or a file. */
public final class ConfigLoader {
  /** Resource path of the embedded default config (the 2020 campaign). */
  public static final String DEFAULT_RESOURCE = "/thidua/campaign-2020.yaml";

  /** The class the build generates from the default config (EmbeddedConfigWriter). */
  static final String EMBEDDED = "vn.thidua.config.EmbeddedConfig";

  /** Source name of the default config in problems. */
  public static final String DEFAULT_SOURCE = "campaign-2020.yaml";

  private ConfigLoader() {}

  /** The text of the embedded default config. */
  public static String defaultYaml() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("default config missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("default config unreadable", e);
    }
  }

  /**
   * The embedded default config. Built by the Java the build generated from its YAML (validated
   * then, see {@link EmbeddedConfigWriter}): a few milliseconds instead of Jackson's YAML binding.
   * Parsed from the YAML only when that class is missing or was made from another text (a build
   * that skipped the step): never stale, only slower.
   */
  public static LoadedConfig loadDefault() {
    String yaml = defaultYaml();
    Config built = embedded(yaml);
    if (built != null) {
      return new LoadedConfig(built, DEFAULT_SOURCE, yaml);
    }
    return parseDefault(yaml);
  }

  /** The embedded default config parsed from its YAML, as any config file is. */
  public static LoadedConfig parseDefault(String yaml) {
    try {
      return parse(yaml, DEFAULT_SOURCE);
    } catch (ConfigException e) {
      throw new IllegalStateException("embedded default config is invalid: " + e.problems(), e);
    }
  }

  /** The config the generated class builds for this YAML, or null. */
  static Config embedded(String yaml) {
    try {
      // By name: the class is generated after this one is compiled.
      Class<?> generated = Class.forName(EMBEDDED);
      return (Config) generated.getMethod("config", String.class).invoke(null, yaml);
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return null;
    }
  }

  /** A config file. */
  public static LoadedConfig load(Path file) throws ConfigException {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(source, "config.file.missing", e, source);
    } catch (IOException e) {
      throw single(source, "config.file.unreadable", e, source, String.valueOf(e.getMessage()));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw single(source, "config.file.encoding", e, source);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text, source);
  }

  /** Parses and validates YAML text; {@code source} names it in problems. */
  public static LoadedConfig parse(String yaml, String source) throws ConfigException {
    if (yaml.isBlank()) {
      throw single(source, "config.empty", null, source);
    }
    Config config;
    try {
      config = mapper().readValue(yaml, Config.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(List.of(bindingProblem(source, e, yaml)), e);
    }
    if (config == null) {
      throw single(source, "config.empty", null, source);
    }
    if (!yaml.equals(defaultYaml())) {
      // One list of reading defaults: the default config's, which a config overrides field by
      // field.
      config = config.withReading(config.reading().orElse(loadDefault().config().reading()));
    }
    List<ConfigValidator.Problem> found = ConfigValidator.validate(config);
    if (!found.isEmpty()) {
      YamlLocations locations = YamlLocations.of(yaml);
      List<ConfigProblem> problems = new ArrayList<>();
      for (ConfigValidator.Problem p : found) {
        problems.add(locate(source, locations, p.pointer(), p.key(), p.args()));
      }
      throw new ConfigException(problems, null);
    }
    return new LoadedConfig(config, source, yaml);
  }

  /** A problem found after loading (for instance by the rule compiler), located by pointer. */
  public static ConfigProblem locate(
      String source, YamlLocations locations, String pointer, String key, List<Object> args) {
    JsonLocation loc = locations.find(pointer);
    int line = loc == null ? 0 : loc.getLineNr();
    int col = loc == null ? 0 : loc.getColumnNr();
    return new ConfigProblem(source, line, col, key, args);
  }

  private static ObjectMapper mapper() {
    return YAMLMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .addModule(
            new SimpleModule().addDeserializer(MeasureKind.class, new MeasureKindDeserializer()))
        .build();
  }

  private static ConfigProblem bindingProblem(
      String source, JsonProcessingException e, String yaml) {
    JsonLocation loc = e.getLocation();
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      // The parser has moved on by the time binding fails: the path finds the value itself.
      JsonLocation at = YamlLocations.of(yaml).find(pointer(m));
      if (at != null) {
        loc = at;
      }
    }
    int line = loc == null ? 0 : loc.getLineNr();
    int col = loc == null ? 0 : loc.getColumnNr();
    if (e instanceof UnrecognizedPropertyException u) {
      return new ConfigProblem(
          source, line, col, "config.property.unknown", List.of(u.getPropertyName(), path(u)));
    }
    if (e instanceof InvalidFormatException f) {
      return invalidValue(source, line, col, f);
    }
    if (e instanceof MismatchedInputException m) {
      return new ConfigProblem(source, line, col, "config.value.shape", List.of(path(m), shape(m)));
    }
    return new ConfigProblem(source, line, col, "config.syntax", List.of(simpleMessage(e)));
  }

  /** A value of the wrong kind, said in the words of the person editing the YAML. */
  private static ConfigProblem invalidValue(
      String source, int line, int col, InvalidFormatException f) {
    String value = String.valueOf(f.getValue());
    Class<?> type = f.getTargetType();
    if (type == java.time.LocalDate.class) {
      return new ConfigProblem(source, line, col, "config.value.date", List.of(value, path(f)));
    }
    if (type == MeasureKind.class) {
      // Said as a kind of figure, not as the YAML path of "of"; the kinds in alphabetical order,
      // as the validator listed them before kinds were a type.
      List<String> allowed = new ArrayList<>();
      for (MeasureKind k : MeasureKind.values()) {
        allowed.add(k.yaml());
      }
      java.util.Collections.sort(allowed);
      return new ConfigProblem(
          source, line, col, "config.measure.unknown", List.of(value, String.join(", ", allowed)));
    }
    if (type.isEnum()) {
      List<String> allowed = new java.util.ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        allowed.add(c.toString().toLowerCase(java.util.Locale.ROOT));
      }
      return new ConfigProblem(
          source,
          line,
          col,
          "config.value.choice",
          List.of(value, path(f), String.join(", ", allowed)));
    }
    if (type == Boolean.class || type == boolean.class) {
      return new ConfigProblem(source, line, col, "config.value.boolean", List.of(value, path(f)));
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return new ConfigProblem(source, line, col, "config.value.number", List.of(value, path(f)));
    }
    return new ConfigProblem(
        source, line, col, "config.value.invalid", List.of(value, path(f), type.getSimpleName()));
  }

  /**
   * What the value should have been, as the person editing the YAML writes it: Jackson's own text
   * names Java classes and tokens.
   */
  private static Phrase shape(MismatchedInputException m) {
    Class<?> type = m.getTargetType();
    if (type == null) {
      return Phrase.of("config.shape.value");
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return Phrase.of("config.shape.list");
    }
    if (type == String.class
        || type == Boolean.class
        || type == boolean.class
        || Number.class.isAssignableFrom(type)
        || type.isPrimitive()
        || type.isEnum()
        || type == java.time.LocalDate.class) {
      return Phrase.of("config.shape.value");
    }
    return Phrase.of("config.shape.entries");
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      sb.append('/')
          .append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
    }
    return sb.toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String simpleMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    int nl = m == null ? -1 : m.indexOf('\n');
    return m == null ? "" : nl < 0 ? m : m.substring(0, nl);
  }

  private static ConfigException single(
      String source, String key, Throwable cause, Object... args) {
    return new ConfigException(List.of(new ConfigProblem(source, 0, 0, key, List.of(args))), cause);
  }
}
