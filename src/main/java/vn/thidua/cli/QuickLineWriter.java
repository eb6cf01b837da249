package vn.thidua.cli;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.thidua.config.EmbeddedConfigWriter;

/**
 * Build step (exec-maven-plugin, process-classes): reads the commands' picocli annotations through
 * picocli's own model and writes {@code vn.thidua.cli.QuickLine}, the tables and setters {@link
 * Quick} parses with, compiled into the classes. A command with anything the quick path does not do
 * exactly as picocli (another arity, a type without a conversion here, a default with a variable, a
 * group that is not "exactly one of") is left out of the tables: picocli always parses it. Not in
 * the jar.
 *
 * <p>Arguments: the classes folder, the folder for the generated source.
 */
public final class QuickLineWriter {
  private final StringBuilder tables = new StringBuilder();
  private final StringBuilder makers = new StringBuilder();
  private final StringBuilder setters = new StringBuilder();

  private QuickLineWriter() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path file = Path.of(args[1]).resolve("vn/thidua/cli/QuickLine.java");
    QuickLineWriter w = new QuickLineWriter();
    int id = 0;
    for (Map.Entry<List<String>, Supplier<Object>> e : ThiduaCommand.COMMANDS.entrySet()) {
      Object command = e.getValue().get();
      if (command instanceof BaseCommand && w.add(id, e.getKey(), command)) {
        id++;
      }
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, w.source(), StandardCharsets.UTF_8);
    compile(classes, file);
  }

  static void compile(Path classes, Path file) {
    EmbeddedConfigWriter.compile(file, classes, jarOf(picocli.CommandLine.class));
  }

  private static String jarOf(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return "";
    }
  }

  /** Adds a command's table and setters; false when the quick path must leave it to picocli. */
  private boolean add(int id, List<String> names, Object command) {
    CommandSpec spec = CommandSpec.forAnnotatedObject(command);
    Class<?> type = command.getClass();
    String cls = type.getCanonicalName();
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (positionals.size() > 1) {
      return false;
    }
    List<ArgGroupSpec> groups = new ArrayList<>();
    for (ArgGroupSpec g : spec.argGroups()) {
      if (!g.exclusive()
          || g.multiplicity().min() != 1
          || g.multiplicity().max() != 1
          || !g.subgroups().isEmpty()) {
        return false;
      }
      groups.add(g);
    }
    StringBuilder opts = new StringBuilder();
    StringBuilder cases = new StringBuilder();
    int o = 0;
    for (OptionSpec opt : spec.options()) {
      String kind;
      if (opt.usageHelp() || opt.versionHelp() || opt.help()) {
        kind = "Quick.HELP";
      } else if (opt.arity().min() == 0 && opt.arity().max() == 0) {
        kind = "Quick.FLAG";
      } else if (opt.arity().min() == 1 && opt.arity().max() == 1 && !opt.isMultiValue()) {
        kind = "Quick.ONE";
      } else if (opt.arity().min() == 1
          && opt.arity().max() == 1
          && List.class.isAssignableFrom(opt.type())
          && ",".equals(opt.splitRegex())) {
        kind = "Quick.MANY";
      } else {
        return false;
      }
      String def = opt.defaultValue();
      if (def != null && (def.contains("${") || opt.group() != null)) {
        return false;
      }
      int group = opt.group() == null ? -1 : groups.indexOf(opt.group());
      if (opt.group() != null && group < 0) {
        return false;
      }
      opts.append("          new Quick.Option(new String[] {");
      String[] optNames = opt.names();
      for (int i = 0; i < optNames.length; i++) {
        opts.append(i == 0 ? "" : ", ").append(EmbeddedConfigWriter.literal(optNames[i]));
      }
      opts.append("}, ")
          .append(kind)
          .append(", ")
          .append(def == null ? "null" : EmbeddedConfigWriter.literal(def))
          .append(", ")
          .append(opt.required() && opt.group() == null)
          .append(", ")
          .append(group)
          .append("),\n");
      if (!kind.equals("Quick.HELP")) {
        String set = setter(type, command, opt, kind);
        if (set == null) {
          return false;
        }
        cases.append("          case ").append(o).append(" -> ").append(set).append('\n');
      }
      o++;
    }
    int min = 0;
    int max = 0;
    if (!positionals.isEmpty()) {
      PositionalParamSpec p = positionals.get(0);
      min = p.arity().min();
      max = p.arity().isVariable() ? Integer.MAX_VALUE : p.arity().max();
      String set = setter(type, command, p, p.isMultiValue() ? "Quick.MANY_PARAM" : "Quick.ONE");
      if (set == null || p.defaultValue() != null) {
        return false;
      }
      cases.append("          case -1 -> ").append(set).append('\n');
    }
    tables
        .append("      new Quick.Command(\n          ")
        .append(id)
        .append(",\n          new String[] {");
    for (int i = 0; i < names.size(); i++) {
      tables.append(i == 0 ? "" : ", ").append(EmbeddedConfigWriter.literal(names.get(i)));
    }
    tables
        .append("},\n          ")
        .append(min)
        .append(",\n          ")
        .append(max == Integer.MAX_VALUE ? "Integer.MAX_VALUE" : String.valueOf(max))
        .append(",\n          ")
        .append(groups.size())
        .append(",\n          new Quick.Option[] {\n")
        .append(opts)
        .append("          }),\n");
    makers.append("      case ").append(id).append(" -> {\n");
    makers.append("        ").append(cls).append(" c = new ").append(cls).append("();\n");
    for (Field f : fields(type)) {
      if (f.isAnnotationPresent(picocli.CommandLine.Mixin.class)) {
        makers
            .append("        c.")
            .append(f.getName())
            .append(" = new ")
            .append(f.getType().getCanonicalName())
            .append("();\n");
      }
    }
    makers.append("        yield c;\n      }\n");
    setters
        .append("      case ")
        .append(id)
        .append(" -> {\n        ")
        .append(cls)
        .append(" c = (")
        .append(cls)
        .append(") command;\n        switch (option) {\n")
        .append(cases)
        .append("          default -> throw new IllegalArgumentException(\"option \" + option);\n")
        .append("        }\n      }\n");
    return true;
  }

  /** The statement that sets the option's field from its text; null when there is none here. */
  private static String setter(Class<?> type, Object command, ArgSpec arg, String kind) {
    if (!(arg.userObject() instanceof Field field)) {
      return null;
    }
    String path = path(type, field);
    if (path == null || Modifier.isPrivate(field.getModifiers())) {
      return null;
    }
    String holder = path.substring(0, path.lastIndexOf('.'));
    String ensure = "";
    if (!holder.equals("c") && !isMixin(type, holder)) {
      // An argument group's object: picocli makes it when one of its options is given.
      ensure =
          "if ("
              + holder
              + " == null) { "
              + holder
              + " = new "
              + field.getDeclaringClass().getCanonicalName()
              + "(); } ";
    }
    if (kind.equals("Quick.FLAG")) {
      return field.getType() == boolean.class ? "{ " + ensure + path + " = true; }" : null;
    }
    if (kind.equals("Quick.MANY") || kind.equals("Quick.MANY_PARAM")) {
      if (initialValue(command, type, field) != null) {
        return null;
      }
      Class<?> element = arg.auxiliaryTypes().length == 1 ? arg.auxiliaryTypes()[0] : null;
      String convert = element == null ? null : conversion(element, arg, "v");
      if (convert == null) {
        return null;
      }
      String values = kind.equals("Quick.MANY") ? "Quick.split(value)" : "new String[] {value}";
      return "{ "
          + ensure
          + path
          + " = Quick.list("
          + path
          + "); for (String v : "
          + values
          + ") { "
          + path
          + ".add("
          + convert
          + "); } }";
    }
    String convert = conversion(field.getType(), arg, "value");
    return convert == null ? null : "{ " + ensure + path + " = " + convert + "; }";
  }

  /** Java that converts the text as picocli does, or null. */
  private static String conversion(Class<?> t, ArgSpec arg, String v) {
    if (arg.converters().length > 0) {
      if (arg.converters().length == 1 && arg.converters()[0] instanceof DateConverter) {
        return "new DateConverter().convert(" + v + ")";
      }
      return null;
    }
    if (t == String.class) {
      return v;
    }
    if (t == Path.class) {
      return "java.nio.file.Path.of(" + v + ")";
    }
    if (t == int.class || t == Integer.class) {
      return "Quick.integer(" + v + ")";
    }
    if (t.isEnum()) {
      return "Quick.choice(" + t.getCanonicalName() + ".values(), " + v + ")";
    }
    if (t == LocalDate.class) {
      return null;
    }
    return null;
  }

  /** {@code c.field}, {@code c.mixin.field} or {@code c.group.field}; null when not found. */
  private static String path(Class<?> type, Field field) {
    if (field.getDeclaringClass().isAssignableFrom(type)) {
      return "c." + field.getName();
    }
    for (Field f : fields(type)) {
      if (f.getType() == field.getDeclaringClass()) {
        return "c." + f.getName() + "." + field.getName();
      }
    }
    return null;
  }

  private static boolean isMixin(Class<?> type, String holder) {
    for (Field f : fields(type)) {
      if (("c." + f.getName()).equals(holder)) {
        return f.isAnnotationPresent(picocli.CommandLine.Mixin.class);
      }
    }
    return false;
  }

  /** The field's value in a command picocli has not parsed into (its mixins made by picocli). */
  private static Object initialValue(Object command, Class<?> type, Field field) {
    try {
      Object holder = command;
      if (!field.getDeclaringClass().isAssignableFrom(type)) {
        Field h = null;
        for (Field f : fields(type)) {
          if (f.getType() == field.getDeclaringClass()) {
            h = f;
          }
        }
        h.setAccessible(true);
        holder = h.get(command);
        if (holder == null) {
          return null;
        }
      }
      field.setAccessible(true);
      return field.get(holder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "unknown";
    }
  }

  private static List<Field> fields(Class<?> type) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        fields.putIfAbsent(f.getName(), f);
      }
    }
    return new ArrayList<>(fields.values());
  }

  private String source() {
    return "package vn.thidua.cli;\n\n"
        + "/** Generated by QuickLineWriter from the commands' picocli annotations: do not edit. */\n"
        + "final class QuickLine implements Quick.Tables {\n"
        + "  private static final Quick.Command[] COMMANDS = {\n"
        + tables
        + "  };\n\n"
        + "  @Override\n"
        + "  public Quick.Command[] commands() {\n"
        + "    return COMMANDS;\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public BaseCommand make(int command) {\n"
        + "    return switch (command) {\n"
        + makers
        + "      default -> throw new IllegalArgumentException(\"command \" + command);\n"
        + "    };\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public void set(BaseCommand command, int id, int option, String value) {\n"
        + "    switch (id) {\n"
        + setters
        + "      default -> throw new IllegalArgumentException(\"command \" + id);\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }
}
