package vn.thidua.read.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.thidua.model.Rule;

/** Opens a district workbook of any supported kind, telling the kind by content. */
public final class WorkbookSources {
  private static final String ENCRYPTION_INFO = "EncryptionInfo";
  private static final int MAGIC_BYTES = 44;

  /**
   * A workbook opened ahead of its turn ({@link #preopen}), kept for the {@link #open} of the same
   * path and password on any thread, which takes it.
   */
  private record Ahead(Path path, String password, WorkbookSource source) {}

  private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

  private WorkbookSources() {}

  /**
   * Opens a workbook now, for a later {@link #open} of it: a command that waits for its config (the
   * embedded default, being made on another thread) opens its first input meanwhile instead of
   * idling. A file that fails to open is left alone: the later open fails the same way and says so.
   * {@link #discardAhead} closes one never taken.
   */
  public static void preopen(Path path, String password) {
    try {
      Ahead ahead = new Ahead(path, password, open(path, password));
      Ahead before = AHEAD.getAndSet(ahead);
      if (before != null) {
        before.source().close();
      }
    } catch (ReadException | RuntimeException e) {
      // Said by the open that reads it.
    }
  }

  /** Closes a workbook opened ahead and never taken (the command stopped before reading it). */
  public static void discardAhead() {
    Ahead before = AHEAD.getAndSet(null);
    if (before != null) {
      before.source().close();
    }
  }

  /**
   * Opens an .xlsx, an .xls or a folder of .csv files. The format is read from the file's first
   * bytes, never from its extension: districts rename files.
   *
   * @param path a workbook file or a folder of CSV files
   * @param password the password of an encrypted workbook, or null
   * @throws ReadException when the file cannot be read at all; its key says why
   */
  public static WorkbookSource open(Path path, String password) throws ReadException {
    Ahead ahead = AHEAD.get();
    if (ahead != null
        && ahead.path().equals(path)
        && java.util.Objects.equals(ahead.password(), password)
        && AHEAD.compareAndSet(ahead, null)) {
      return ahead.source();
    }
    if (!Files.exists(path)) {
      throw ReadErrors.of(Rule.FILE_MISSING, path, null);
    }
    if (Files.isDirectory(path)) {
      return CsvFolderSource.open(path);
    }
    FileMagic magic;
    try {
      if (Files.size(path) == 0) {
        throw ReadErrors.of(Rule.FILE_EMPTY, path, null);
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(MAGIC_BYTES);
      }
      magic = FileMagic.valueOf(head);
    } catch (ReadException e) {
      throw e;
    } catch (IOException e) {
      throw ReadErrors.of(Rule.FILE_UNREADABLE, path, e, ReadErrors.reason(e));
    }
    return switch (magic) {
      case OOXML -> XlsxSource.open(path, path, null);
      case OLE2 -> openOle2(path, password);
      case BIFF2, BIFF3, BIFF4 -> throw ReadErrors.of(Rule.FILE_FORMAT_XLS95, path, null);
      default -> throw ReadErrors.of(Rule.FILE_FORMAT_UNKNOWN, path, null);
    };
  }

  private static WorkbookSource openOle2(Path path, String password) throws ReadException {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(path.toFile(), true);
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(path, e);
    }
    // Excel wraps an encrypted .xlsx in an OLE2 file with the key data in "EncryptionInfo".
    if (fs.getRoot().hasEntryCaseInsensitive(ENCRYPTION_INFO)) {
      return openEncryptedXlsx(fs, path, password);
    }
    return XlsSource.open(fs, path, password);
  }

  private static WorkbookSource openEncryptedXlsx(POIFSFileSystem fs, Path path, String password)
      throws ReadException {
    Path temp = null;
    try (fs) {
      Decryptor decryptor = new EncryptionInfo(fs).getDecryptor();
      // Files "protected" only with Excel's built-in default password open without one.
      boolean ok =
          (password != null && decryptor.verifyPassword(password))
              || decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD);
      if (!ok) {
        throw ReadErrors.of(
            password == null ? Rule.FILE_ENCRYPTED : Rule.FILE_PASSWORD_WRONG, path, null);
      }
      // A temporary file, not memory: the zip is then read with random access like any other.
      temp = Files.createTempFile("thidua-", ".xlsx");
      temp.toFile().deleteOnExit();
      try (InputStream in = decryptor.getDataStream(fs)) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (ReadException e) {
      XlsxSource.deleteTemp(temp);
      throw e;
    } catch (EncryptedDocumentException e) {
      // Encryption POI cannot handle (rights management, unknown cipher): locked all the same.
      XlsxSource.deleteTemp(temp);
      throw ReadErrors.of(Rule.FILE_ENCRYPTED, path, e);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      XlsxSource.deleteTemp(temp);
      throw ReadErrors.classify(path, e);
    }
    try {
      return XlsxSource.open(temp, path, temp);
    } catch (ReadException e) {
      XlsxSource.deleteTemp(temp);
      throw e;
    }
  }
}
