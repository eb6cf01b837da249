package vn.thidua.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import vn.thidua.check.RuleSet;
import vn.thidua.config.ConfigLoader;
import vn.thidua.config.LoadedConfig;
import vn.thidua.read.WorkbookReader;

/**
 * The embedded default config with its rules compiled, made once per process. {@link #preload}
 * starts it on the second core while the first parses the command line: start-up is most of a
 * district officer's wait.
 */
final class Defaults {
  /** The default config and its compiled rules. */
  record Loaded(LoadedConfig config, RuleSet rules) {}

  private static volatile CompletableFuture<Loaded> future;

  private Defaults() {}

  /** Begins loading in the background unless the command names its own config. */
  static void preload(String... args) {
    for (String a : args) {
      if (a.equals("-c") || a.startsWith("--config") || a.startsWith("-c=")) {
        return;
      }
    }
    start();
  }

  private static synchronized CompletableFuture<Loaded> start() {
    if (future == null) {
      future =
          CompletableFuture.supplyAsync(
              Defaults::load,
              r -> {
                Thread t = new Thread(r, "thidua-preload");
                t.setDaemon(true);
                t.start();
              });
    }
    return future;
  }

  private static Loaded load() {
    LoadedConfig config = ConfigLoader.loadDefault();
    RuleSet rules;
    try {
      rules = RuleSet.compile(config.config());
    } catch (vn.thidua.check.RuleException e) {
      throw new IllegalStateException("embedded default config has invalid rules", e);
    }
    // Class loading for reading a workbook, done now on this core rather than later on the other.
    new WorkbookReader(config.config());
    javax.xml.stream.XMLInputFactory.newFactory();
    warm("org.apache.poi.openxml4j.opc.OPCPackage");
    warm("org.apache.poi.poifs.filesystem.FileMagic");
    return new Loaded(config, rules);
  }

  private static void warm(String className) {
    try {
      Class.forName(className, true, Defaults.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      // Only a head start: the reader loads what it needs anyway.
    }
  }

  /** The default config, loaded (or waited for) once. */
  static Loaded get() {
    try {
      return start().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
