package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.thidua.model.Phrase;

/** Writes report files atomically: a temp file beside the target, then a move over it. */
public final class Outputs {
  private Outputs() {}

  /** Writes what {@code content} writes, so a reader never sees a half-written report. */
  public static void write(Path target, IoConsumer<OutputStream> content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.accept(out);
      }
      // A temp file is private (rw-------); a report is for the office to share.
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(
            tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Why reports cannot be written into a folder, or null when they can: a file stands where the
   * folder (or one of its parents) should be, or the folder may not be written. Asked before any
   * input is read, so a run never ends in a failure after minutes of reading.
   */
  public static Phrase unwritable(Path dir) {
    Path wanted = dir.toAbsolutePath().normalize();
    Path p = wanted;
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return Phrase.of("cli.out.denied", dir.toString());
    }
    if (!Files.isDirectory(p)) {
      return Phrase.of("cli.out.notdir", dir.toString(), p.toString());
    }
    return Files.isWritable(p) ? null : Phrase.of("cli.out.denied", dir.toString());
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** A consumer that may throw IOException. */
  @FunctionalInterface
  public interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }
}
