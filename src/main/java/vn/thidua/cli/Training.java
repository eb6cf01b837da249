package vn.thidua.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.config.ConfigLoader;

/**
 * The launchers' training run: every command's path once, in one JVM, so that the class-data
 * archive (or JDK 24+ AOT cache) the launcher records while this runs holds the classes of
 * validate, consolidate, nominate and template alike, not only those of whatever command ran first.
 * Prints nothing and always exits 0: it is never the user's command, and whatever fails here only
 * leaves a class out of the archive.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=A -cp thidua.jar vn.thidua.cli.Training [SAMPLES]}:
 * SAMPLES is a folder of district workbooks (the release's samples/2020); without it, or when it
 * holds none, blank templates written here stand in for them.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    LibraryLogs.configure(false);
    Defaults.preload();
    Path work = null;
    try {
      work = Files.createTempDirectory("thidua-training");
      Path samples = args.length > 0 ? Path.of(args[0]) : null;
      for (String[] command : commands(samples, work)) {
        run(command);
      }
    } catch (IOException | RuntimeException e) {
      // Nothing to train on: the archive holds what ran so far.
    } finally {
      delete(work);
    }
    System.exit(0);
  }

  /** The runs, in an order where later ones find what earlier ones wrote. */
  static List<String[]> commands(Path samples, Path work) throws IOException {
    List<String[]> runs = new ArrayList<>();
    String w = work.toString();
    // Help and version: picocli's usage model, the help bundle in both languages.
    runs.add(new String[] {"--help"});
    runs.add(new String[] {"validate", "--help", "--lang", "en"});
    runs.add(new String[] {"--version"});
    runs.add(new String[] {"config"});
    runs.add(new String[] {"rules"});
    // A template in each format: the workbook writers, and inputs when no samples are given.
    String xlsx = w + "/bieu-mau-TY.xlsx";
    String xls = w + "/bieu-mau-TY.xls";
    runs.add(new String[] {"template", "--unit", "TY", "-o", xlsx});
    runs.add(new String[] {"template", "--unit", "TY", "--format", "xls", "-o", xls});
    List<String> inputs = inputs(samples);
    if (inputs.isEmpty()) {
      inputs = List.of(xlsx, xls);
    }
    runs.add(concat(new String[] {"validate"}, inputs));
    runs.add(concat(new String[] {"validate", "--format", "json", "--info"}, inputs));
    // Marked copies of one .xlsx and one .xls (each copy costs as much as a command).
    List<String> some = new ArrayList<>();
    for (String ext : List.of(".xlsx", ".xls")) {
      inputs.stream().filter(i -> i.endsWith(ext)).findFirst().ifPresent(some::add);
    }
    runs.add(concat(new String[] {"validate", "--annotate", w + "/kiem-tra"}, some));
    runs.add(concat(new String[] {"consolidate", "-o", w + "/tong-hop"}, inputs));
    runs.add(
        concat(
            new String[] {"consolidate", "--lang", "en", "--format", "md,csv", "-o", w + "/th2"},
            inputs));
    runs.add(concat(new String[] {"nominate", "-o", w + "/khen-thuong"}, inputs));
    // A config given as a file (-c): the YAML loader, which the embedded default skips.
    Path yaml = Files.writeString(work.resolve("dot.yaml"), ConfigLoader.defaultYaml());
    runs.add(new String[] {"config", "--check", yaml.toString()});
    runs.add(concat(new String[] {"validate", "-c", yaml.toString()}, some.subList(0, 1)));
    // What the user meets when a file is wrong.
    runs.add(new String[] {"validate", w + "/khong-co.xlsx"});
    runs.add(new String[] {"validate", "--no-such-option"});
    return runs;
  }

  /** The samples' workbooks and CSV folders, or none. */
  private static List<String> inputs(Path samples) throws IOException {
    if (samples == null || !Files.isDirectory(samples)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(samples)) {
      return s.sorted().map(Path::toString).toList();
    }
  }

  private static String[] concat(String[] head, List<String> tail) {
    String[] all = new String[head.length + tail.size()];
    System.arraycopy(head, 0, all, 0, head.length);
    for (int i = 0; i < tail.size(); i++) {
      all[head.length + i] = tail.get(i);
    }
    return all;
  }

  private static void run(String[] args) {
    PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
    try {
      Cli.execute(none, none, args);
    } catch (RuntimeException | LinkageError e) {
      // A command that fails here fails the same for the user, who will be told then.
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Training::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      // A temp folder left behind is the OS's to clean.
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
