package vn.thidua.cli;

/**
 * Keeps the libraries' own logging off the user's terminal: thidua turns every problem of a
 * workbook into a finding, and a POI log line with a stack trace under a correct report only
 * frightens the officer reading it. {@code --debug} lets the libraries speak again.
 */
final class LibraryLogs {
  // log4j-api's simple logger (POI, and commons-logging, which JEXL uses, routes to it); read once,
  // when the first logger is made, so this must run before any library class logs.
  static final String LOG4J_LEVEL = "log4j2.simplelogLevel";
  // FreeMarker would otherwise pick java.util.logging, whose console handler prints to stderr.
  static final String FREEMARKER_LIBRARY = "org.freemarker.loggerLibrary";

  private LibraryLogs() {}

  /** Sets the libraries' logging for a run; a level the user set with -D is left alone. */
  static void configure(boolean debug) {
    setIfAbsent(LOG4J_LEVEL, debug ? "WARN" : "OFF");
    setIfAbsent(FREEMARKER_LIBRARY, debug ? "JUL" : "none");
  }

  /** Whether the arguments ask for --debug, before picocli has parsed them. */
  static boolean debug(String... args) {
    for (String a : args) {
      if ("--".equals(a)) {
        return false;
      }
      if ("--debug".equals(a)) {
        return true;
      }
    }
    return false;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
