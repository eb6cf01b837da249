package vn.thidua.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import vn.thidua.check.RuleSet;
import vn.thidua.check.Validator;
import vn.thidua.model.Config;
import vn.thidua.model.Unit;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.ReadOptions;
import vn.thidua.read.UnitMatcher;

/**
 * Finds the workbooks under the paths given and reads them all, on every core.
 *
 * <p>Folders are searched recursively; a folder holding .csv files is one CSV workbook. Office lock
 * files ("~$…"), hidden files and the tool's own reports are skipped.
 */
public final class Inputs {
  private static final Set<String> WORKBOOK_EXTENSIONS =
      Set.of("xlsx", "xlsm", "xls", "xlsb", "ods");
  private static final Set<String> OWN_OUTPUTS = Set.of("tong-hop", "danh-sach-khen-thuong");

  /** A workbook found, with the name it is reported under. */
  public record Input(Path path, String name) {}

  private Inputs() {}

  /** The workbooks under the paths, in path order, then name order within folders. */
  public static List<Input> discover(List<Path> paths) throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p) && !isCsvFolder(p)) {
        walk(p, p, out);
      } else {
        Path name = p.toAbsolutePath().normalize().getFileName();
        String n = name == null ? p.toString() : name.toString();
        out.add(new Input(p, Files.isDirectory(p) ? n + "/" : n));
      }
    }
    return out;
  }

  private static void walk(Path root, Path dir, List<Input> out) throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    }
    for (Path e : entries) {
      String name = e.getFileName().toString();
      if (name.startsWith(".") || name.startsWith("~$") || OWN_OUTPUTS.contains(base(name))) {
        continue;
      }
      String rel = root.relativize(e).toString().replace('\\', '/');
      if (Files.isDirectory(e)) {
        if (isCsvFolder(e)) {
          out.add(new Input(e, rel + "/"));
        } else {
          walk(root, e, out);
        }
      } else if (WORKBOOK_EXTENSIONS.contains(extension(name))) {
        out.add(new Input(e, rel));
      }
    }
  }

  static boolean isCsvFolder(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(
          p -> extension(p.getFileName().toString()).equals("csv") && Files.isRegularFile(p));
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String base(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /**
   * Validates and tallies every workbook, in parallel; results are in input order.
   *
   * @param progress called with the number of workbooks done, as each one finishes
   */
  public static List<FileResult> read(
      Config config,
      RuleSet rules,
      List<Input> inputs,
      ReadOptions options,
      int threads,
      IntConsumer progress) {
    UnitMatcher units = new UnitMatcher(config);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      int[] done = {0};
      for (Input in : inputs) {
        futures.add(
            pool.submit(
                () -> {
                  FileResult r = readOne(config, rules, units, in, options);
                  synchronized (done) {
                    progress.accept(++done[0]);
                  }
                  return r;
                }));
      }
      List<FileResult> results = new ArrayList<>();
      for (Future<FileResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileResult readOne(
      Config config, RuleSet rules, UnitMatcher units, Input in, ReadOptions options) {
    FileTally tally = new FileTally(config, in.name());
    WorkbookResult r = new Validator(config, rules).validate(in.path(), in.name(), options, tally);
    String claimed;
    if (r.unit() != null) {
      claimed = r.unit().code();
    } else if (!r.readable()) {
      // An unreadable file still tells its unit by its name, so that unit is not "missing".
      Unit u = units.find(base(in.name().replaceAll("/$", "")));
      claimed = u == null ? null : u.code();
    } else {
      claimed = null;
    }
    return new FileResult(in.name(), r, claimed, sha256(in.path()), tally);
  }

  /** Hex SHA-256 of a file, or of a CSV folder's files (name and bytes) in name order. */
  static String sha256(Path path) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
          digest(md, f);
        }
      } else if (Files.isRegularFile(path)) {
        digest(md, path);
      } else {
        return null;
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      return null;
    }
  }

  private static void digest(MessageDigest md, Path f) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
