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
    if (Args.scan(args).config() != null) {
      return;
    }
    start();
    // The reading path's classes load on their own thread meanwhile: config and workbook no
    // longer wait for each other's class loading.
    Thread warm = new Thread(Defaults::warmReading, "thidua-warm");
    warm.setDaemon(true);
    warm.start();
  }

  private static void warmReading() {
    javax.xml.stream.XMLInputFactory.newFactory();
    new com.ctc.wstx.stax.WstxInputFactory();
    warm("org.apache.poi.openxml4j.util.ZipSecureFile");
    warm("org.apache.poi.poifs.filesystem.FileMagic");
    warm("org.apache.poi.ss.usermodel.DateUtil");
    warm("org.apache.poi.ss.usermodel.BuiltinFormats");
    try {
      // The fingerprint's digest: the security providers start once, some 10 ms.
      java.security.MessageDigest.getInstance("SHA-256");
    } catch (RuntimeException | LinkageError | java.security.NoSuchAlgorithmException e) {
      // Only a head start.
    }
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
    new WorkbookReader(config.config());
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
