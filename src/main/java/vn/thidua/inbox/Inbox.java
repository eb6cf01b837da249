package vn.thidua.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
import vn.thidua.model.OutputNames;
import vn.thidua.model.Phrase;
import vn.thidua.model.SourceFile;
import vn.thidua.model.Unit;
import vn.thidua.model.WorkbookResult;
import vn.thidua.read.ReadOptions;
import vn.thidua.read.UnitMatcher;
import vn.thidua.summary.FileResult;
import vn.thidua.summary.FileTally;

/**
 * A province inbox as it fills up over weeks (spec/cli.md "The province inbox"): finds the
 * workbooks under the paths given, leaving out what is plainly not a unit's report, and reads them
 * all, on every core. What a file turns out to be once read is {@link Versions}' to decide.
 *
 * <p>Folders are searched recursively; a folder holding .csv files is one CSV workbook. Left out
 * with a line each: Excel lock files ("~$…"), hidden files and folders, the run's own output folder
 * and thidua's own province reports by name. Files that are not workbooks (.pdf, .docx, pictures)
 * are ignored without a line.
 */
public final class Inbox {
  private static final Set<String> WORKBOOK_EXTENSIONS =
      Set.of("xlsx", "xlsm", "xls", "xlsb", "ods");

  /**
   * A workbook to read.
   *
   * @param path where it is
   * @param name its name relative to the argument it was found under; a CSV folder's ends in "/"
   * @param modified its modification time (a CSV folder's newest file), or null
   */
  public record Candidate(Path path, String name, Instant modified) {}

  /** What the walk found: workbooks to read, and files left out without reading, each with why. */
  public record Walk(List<Candidate> candidates, List<SourceFile> skipped) {}

  private Inbox() {}

  /**
   * The workbooks under the paths, in path order, then name order within folders. A file named on
   * the command line is always read: only what a folder holds is left out.
   *
   * @param outputs the run's own output folder, never read as input
   */
  public static Walk walk(List<Path> paths, Path outputs) throws IOException {
    Path out = outputs == null ? null : outputs.toAbsolutePath().normalize();
    List<Candidate> found = new ArrayList<>();
    List<SourceFile> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p) && !isCsvFolder(p)) {
        walk(p, p, out, found, skipped);
      } else {
        Path name = p.toAbsolutePath().normalize().getFileName();
        String n = name == null ? p.toString() : name.toString();
        found.add(candidate(p, Files.isDirectory(p) ? n + "/" : n));
      }
    }
    return new Walk(List.copyOf(found), List.copyOf(skipped));
  }

  private static void walk(
      Path root, Path dir, Path out, List<Candidate> found, List<SourceFile> skipped)
      throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    }
    for (Path e : entries) {
      String name = e.getFileName().toString();
      String rel = root.relativize(e).toString().replace('\\', '/');
      boolean folder = Files.isDirectory(e);
      if (folder && out != null && e.toAbsolutePath().normalize().equals(out)) {
        skipped.add(skip(rel + "/", "skip.output"));
      } else if (!folder && !isWorkbookName(name)) {
        // A .pdf, a picture, a Word document: not for this tool, not worth a line.
        continue;
      } else if (name.startsWith("~$")) {
        skipped.add(skip(rel, "skip.lock"));
      } else if (name.startsWith(".") || Files.isHidden(e)) {
        skipped.add(skip(folder ? rel + "/" : rel, "skip.hidden"));
      } else if (folder) {
        if (isCsvFolder(e)) {
          found.add(candidate(e, rel + "/"));
        } else {
          walk(root, e, out, found, skipped);
        }
      } else if (OutputNames.isProvinceOutput(name)) {
        skipped.add(skip(rel, "skip.own.name"));
      } else {
        found.add(candidate(e, rel));
      }
    }
  }

  private static SourceFile skip(String name, String why) {
    return SourceFile.skipped(name, Phrase.of(why));
  }

  private static Candidate candidate(Path p, String name) throws IOException {
    return new Candidate(p, name, modified(p));
  }

  /** The modification time of a file, or of a CSV folder's newest file; null when unknown. */
  static Instant modified(Path p) throws IOException {
    if (!Files.exists(p)) {
      return null;
    }
    if (!Files.isDirectory(p)) {
      return Files.getLastModifiedTime(p).toInstant();
    }
    Instant newest = null;
    try (Stream<Path> s = Files.list(p)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Instant t = Files.getLastModifiedTime(f).toInstant();
        newest = newest == null || t.isAfter(newest) ? t : newest;
      }
    }
    return newest;
  }

  static boolean isCsvFolder(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(
          p -> extension(p.getFileName().toString()).equals("csv") && Files.isRegularFile(p));
    }
  }

  private static boolean isWorkbookName(String name) {
    return WORKBOOK_EXTENSIONS.contains(extension(name));
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
      List<Candidate> inputs,
      ReadOptions options,
      int threads,
      IntConsumer progress) {
    UnitMatcher units = new UnitMatcher(config);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      int[] done = {0};
      for (Candidate in : inputs) {
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
      Config config, RuleSet rules, UnitMatcher units, Candidate in, ReadOptions options) {
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
    return new FileResult(in.name(), r, claimed, sha256(in.path()), tally, in.modified());
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
