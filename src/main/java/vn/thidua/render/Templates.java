package vn.thidua.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.model.Choice;
import vn.thidua.model.Config;

/**
 * What the HTML reports share: the FreeMarker configuration that renders them from the templates of
 * {@code templates/} (built in under {@code thidua/templates/}, overridable by {@code --templates
 * DIR}), and the small pieces of model every document uses.
 */
final class Templates {
  private static final String BUILT_IN_PATH = "/thidua/templates";
  private static final Configuration BUILT_IN = configuration(null);

  private Templates() {}

  /**
   * Renders a template with a model of plain maps, lists and strings.
   *
   * @param override a folder whose templates win over the built-in ones, or null
   * @throws TemplateError when a template is broken
   */
  static String render(String template, Map<String, Object> model, Locale locale, Path override) {
    try {
      // An override folder gets a configuration of its own each run: it is a different folder
      // each time, and a cached template would hide the officer's latest edit.
      Configuration cfg =
          override == null
              ? BUILT_IN
              : configuration(new FileTemplateLoader(override.toAbsolutePath().toFile()));
      Template t = cfg.getTemplate(template);
      StringWriter out = new StringWriter();
      Environment env = t.createProcessingEnvironment(model, out);
      env.setLocale(locale);
      env.process();
      return out.toString();
    } catch (ParseException e) {
      throw new TemplateError(
          e.getTemplateName()
              + ":"
              + e.getLineNumber()
              + ":"
              + e.getColumnNumber()
              + ": "
              + firstLine(e.getEditorMessage()),
          e);
    } catch (TemplateException e) {
      String blamed = e.getBlamedExpressionString();
      throw new TemplateError(
          e.getTemplateSourceName()
              + ":"
              + e.getLineNumber()
              + ":"
              + e.getColumnNumber()
              + ": "
              + firstLine(e.getMessageWithoutStackTop())
              + (blamed == null ? "" : " (" + blamed + ")"),
          e);
    } catch (IOException e) {
      throw new TemplateError(firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /** FreeMarker's messages go on over lines of tips; the first says what is wrong. */
  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = (nl < 0 ? s : s.substring(0, nl)).strip();
    return line.replaceAll("[:.]+$", "");
  }

  /**
   * Escapes every value as HTML, fails on any template error, and gives templates the model maps
   * and nothing else: no Java method, class or field of whatever object reaches them, so a template
   * from --templates can only lay out.
   */
  private static Configuration configuration(TemplateLoader override) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN_PATH);
    c.setTemplateLoader(
        override == null
            ? builtIn
            : new MultiTemplateLoader(new TemplateLoader[] {override, builtIn}));
    c.setLocalizedLookup(false);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    // Figures arrive formatted; a bare number a template prints (a colspan) must not become
    // "1.234".
    c.setNumberFormat("computer");
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder w = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    w.setExposeFields(false);
    w.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    c.setObjectWrapper(w.build());
    return c;
  }

  /** A table header cell: its text and how many columns and header rows it spans. */
  static Map<String, Object> th(String text, int colspan, int rowspan) {
    Map<String, Object> th = new LinkedHashMap<>();
    th.put("text", text);
    th.put("colspan", colspan);
    th.put("rowspan", rowspan);
    return th;
  }

  /** A choice code's canonical name ("individual" → "Cá nhân"), or the code when none has it. */
  static String choiceName(Config config, String code) {
    return config.choices().values().stream()
        .flatMap(List::stream)
        .filter(c -> c.code().equals(code))
        .map(Choice::name)
        .findFirst()
        .orElse(code);
  }

  /** Parts of a document are numbered I, II, III… */
  static String roman(int n) {
    String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      for (; n >= values[i]; n -= values[i]) {
        b.append(numerals[i]);
      }
    }
    return b.toString();
  }
}
