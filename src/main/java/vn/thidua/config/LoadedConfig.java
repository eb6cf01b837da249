package vn.thidua.config;

import vn.thidua.model.Config;

/**
 * A config with where it came from, so later problems (a rule expression that does not compile) can
 * still point at a YAML line.
 *
 * @param yaml the YAML text, indexed for locations only when a problem needs one
 */
public record LoadedConfig(Config config, String source, String yaml) {

  /** Where each value of the YAML starts; computed on demand (a second parse of the text). */
  public YamlLocations locations() {
    return YamlLocations.of(yaml);
  }
}
