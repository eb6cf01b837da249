package vn.thidua.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.thidua.inbox.Inbox;
import vn.thidua.inbox.Versions;
import vn.thidua.model.Phrase;
import vn.thidua.model.Severity;
import vn.thidua.model.Summary;
import vn.thidua.read.ReadOptions;
import vn.thidua.render.Outputs;
import vn.thidua.render.TemplateError;
import vn.thidua.summary.Consolidation;
import vn.thidua.summary.FileResult;
import vn.thidua.summary.Intake;

/**
 * Reads every workbook under the inputs and consolidates them, and writes the reports, for
 * consolidate and nominate.
 */
final class ProvinceRun {
  final Summary summary;
  final boolean failed;

  private ProvinceRun(Summary summary, boolean failed) {
    this.summary = summary;
    this.failed = failed;
  }

  /**
   * Reads the inbox under the paths and consolidates it. Ends the command with exit 2, nothing
   * written, when the output folder cannot be written (said before any input is read) or when no
   * unit's report is found at all.
   *
   * @param out the run's output folder: checked first, and never read as input
   */
  static ProvinceRun read(
      Session s, ProvinceOptions o, Path out, PrintWriter err, CommonOptions common)
      throws IOException {
    if (o.templates != null && !Files.isDirectory(o.templates)) {
      throw new ExitException(ExitCode.UNUSABLE, "cli.templates.missing", o.templates.toString());
    }
    Phrase unwritable = Outputs.unwritable(out);
    if (unwritable != null) {
      throw new ExitException(ExitCode.UNUSABLE, unwritable.key(), unwritable.args().toArray());
    }
    if (o.latest && !common.quiet) {
      err.println(s.messages.get("cli.latest.obsolete"));
    }
    Inbox.Walk walk = Inbox.walk(o.paths, out);
    if (walk.candidates().isEmpty()) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          "cli.consolidate.none",
          String.join(", ", o.paths.stream().map(Path::toString).toList()));
    }
    Progress progress = new Progress(err, s.messages, walk.candidates().size(), common.quiet);
    LocalDate asOf = o.asOf == null ? LocalDate.now() : o.asOf;
    List<FileResult> files =
        Inbox.read(
            s.config,
            s.rules,
            walk.candidates(),
            new ReadOptions(null, o.password, asOf),
            Runtime.getRuntime().availableProcessors(),
            progress::done);
    progress.finish();
    Intake intake = Versions.sort(s.config, walk.skipped(), files);
    boolean none = intake.units().values().stream().allMatch(u -> u.used() == null);
    // A file that cannot be read is said once, in one line on stderr (spec/cli.md); with
    // --quiet only when it stops the command.
    if (none || !common.quiet) {
      intake.unreadable().forEach(f -> Unreadable.say(err, s.messages, f.result(), common.debug));
      err.flush();
    }
    if (none) {
      throw new ExitException(
          ExitCode.UNUSABLE,
          intake.unreadable().size() == files.size()
              ? "cli.consolidate.unreadable"
              : "cli.consolidate.noreport");
    }
    Summary summary = Consolidation.consolidate(s.config, intake, asOf);
    boolean failed =
        !intake.unreadable().isEmpty()
            || summary.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return new ProvinceRun(summary, failed);
  }

  /** Writes one file of the run in one format (a format may have several files). */
  interface ReportWriter<F> {
    void write(F format, String file, OutputStream out) throws IOException;
  }

  /**
   * Writes a report per format into {@code dir}. With the built-in templates the reports are
   * written two at a time (they share nothing but the summary, which no writer changes; the Word
   * and Excel reports each take about a second of one core on a cold start). With an officer's
   * --templates folder they are written one by one in the formats' declared order, those laid out
   * by templates first, so that a broken template stops the run before the other reports are
   * written. Each report is written whole or not at all; every report written is said, in order.
   *
   * @param overridden whether --templates was given
   */
  static <F extends Enum<F>> void writeAll(
      Session s,
      Path dir,
      Collection<F> formats,
      Function<F, List<String>> fileNames,
      ReportWriter<F> writer,
      boolean overridden,
      PrintWriter out,
      boolean quiet)
      throws IOException {
    List<Callable<Path>> jobs = new ArrayList<>();
    for (F f : new TreeSet<>(formats)) {
      for (String file : fileNames.apply(f)) {
        Path target = dir.resolve(file);
        jobs.add(
            () -> {
              Outputs.write(target, w -> writer.write(f, file, w));
              return target;
            });
      }
    }
    if (overridden || jobs.size() < 2) {
      for (Callable<Path> job : jobs) {
        written(s, call(job), out, quiet);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS, ProvinceRun::daemon);
    try {
      List<Future<Path>> running = new ArrayList<>();
      jobs.forEach(j -> running.add(pool.submit(j)));
      Exception first = null;
      for (Future<Path> job : running) {
        try {
          written(s, job.get(), out, quiet);
        } catch (ExecutionException e) {
          first = first == null ? unwrap(e.getCause()) : first;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException();
        }
      }
      if (first != null) {
        throw failure(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many reports are written at once: the machines this runs on have two cores or more. */
  private static final int WRITERS = 2;

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "thidua-writer");
    t.setDaemon(true);
    return t;
  }

  private static Exception unwrap(Throwable t) {
    if (t instanceof Exception e) {
      return e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Runs one write where the command can say its failure: a template's, an output's. */
  private static Path call(Callable<Path> job) throws IOException {
    try {
      return job.call();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  /** A write's failure as the command throws it: a broken template ends it with exit 2. */
  private static IOException failure(Exception e) {
    if (e instanceof TemplateError t) {
      throw new ExitException(ExitCode.UNUSABLE, t);
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    return e instanceof IOException io ? io : new IOException(e);
  }

  private static void written(Session s, Path target, PrintWriter out, boolean quiet) {
    if (!quiet) {
      out.println(s.messages.get("cli.written", target.toString()));
    }
  }

  int exitCode() {
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
