package vn.thidua.read.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** Message keys of {@link ReadException} and the mapping of low-level failures onto them. */
final class ReadErrors {
  static final String MISSING = "file.missing";
  static final String EMPTY = "file.empty";
  static final String UNREADABLE = "file.unreadable";
  static final String CORRUPT = "file.corrupt";
  static final String ENCRYPTED = "file.encrypted";
  static final String PASSWORD_WRONG = "file.password.wrong";
  static final String FORMAT_UNKNOWN = "file.format.unknown";
  static final String FORMAT_XLSB = "file.format.xlsb";
  static final String FORMAT_ODS = "file.format.ods";
  static final String FORMAT_XLS95 = "file.format.xls95";
  static final String FOLDER_NOCSV = "file.folder.nocsv";
  static final String CSV_ENCODING = "file.csv.encoding";
  static final String ZIPBOMB = "file.zipbomb";

  // POI reports its zip-bomb guards only through the message text of a plain IOException.
  private static final String ZIP_BOMB_MARK = "Zip bomb detected";
  private static final String FILE_COUNT_MARK =
      ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, ZipSecureFile.MAX_FILE_COUNT_MSG.indexOf('.'));

  private static final int MAX_DETAIL = 200;

  private ReadErrors() {}

  static ReadException of(String key, Path path, Throwable cause, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = path.toString();
    System.arraycopy(more, 0, args, 1, more.length);
    return new ReadException(key, List.of(args), cause);
  }

  /**
   * Maps a failure met while reading the content of a file that did open: a zip-bomb guard, an
   * operating-system I/O failure (unreadable) or anything else (corrupt content).
   */
  static ReadException classify(Path path, Throwable e) {
    if (e instanceof ReadException re) {
      return re;
    }
    List<Throwable> chain = chain(e);
    for (Throwable t : chain) {
      if (t instanceof ReadException re) {
        return re;
      }
      String m = t.getMessage();
      if (m != null && (m.contains(ZIP_BOMB_MARK) || m.startsWith(FILE_COUNT_MARK))) {
        return of(ZIPBOMB, path, e, bombDetail(m));
      }
    }
    for (Throwable t : chain) {
      if (t instanceof FileSystemException fse) {
        return of(UNREADABLE, path, e, reason(fse));
      }
    }
    return of(CORRUPT, path, e, detail(e));
  }

  /** The unchecked form that {@link SheetReader#next()} throws. */
  static UncheckedIOException unchecked(Path path, Throwable e) {
    ReadException re = classify(path, e);
    return new UncheckedIOException(re.getMessage(), re);
  }

  /** A short one-line reason for the user; the full cause stays attached for --debug. */
  static String detail(Throwable e) {
    // The innermost message is the most specific: wrappers say "Error reading Zip content from
    // …" where their cause says "Archive is not a ZIP archive".
    String m = null;
    for (Throwable t : chain(e)) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        m = t.getMessage();
      }
    }
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() <= MAX_DETAIL ? m : m.substring(0, MAX_DETAIL - 1) + "…";
  }

  /** An exception and its causes, outermost first; bounded, as cause chains can loop. */
  private static List<Throwable> chain(Throwable e) {
    List<Throwable> out = new ArrayList<>();
    for (Throwable t = e; t != null && out.size() < 20 && !out.contains(t); t = causeOf(t)) {
      out.add(t);
    }
    return out;
  }

  // Some StAX exceptions keep the I/O failure they wrap as a "nested exception", not a cause.
  private static Throwable causeOf(Throwable t) {
    if (t.getCause() != null) {
      return t.getCause();
    }
    return t instanceof XMLStreamException x ? x.getNestedException() : null;
  }

  /** Why the operating system refused a file, without repeating its path. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fse) {
      if (fse.getReason() != null) {
        return fse.getReason();
      }
      // These carry only the path as their message.
      return e instanceof AccessDeniedException ? "access denied" : e.getClass().getSimpleName();
    }
    return detail(e);
  }

  private static String bombDetail(String m) {
    int entry = m.lastIndexOf("Entry: ");
    String first = firstLine(m);
    return entry < 0 ? first : first + " (" + m.substring(entry + 7).strip() + ")";
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
