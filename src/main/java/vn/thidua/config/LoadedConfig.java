package vn.thidua.config;

import vn.thidua.model.Config;

/**
 * A config with where it came from, so later problems (a rule expression that does not compile) can
 * still point at a YAML line.
 */
public record LoadedConfig(Config config, String source, YamlLocations locations) {}
