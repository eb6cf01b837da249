package vn.thidua.config;

import java.util.List;

/**
 * Something wrong in a config file, located by YAML line and column (1-based; 0 when unknown).
 *
 * @param source the file name, or "(mặc định)" for the embedded default
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param key message key of the messages bundle
 * @param args message arguments
 */
public record ConfigProblem(String source, int line, int column, String key, List<Object> args) {
  public ConfigProblem {
    args = List.copyOf(args);
  }
}
