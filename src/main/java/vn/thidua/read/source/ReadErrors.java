package vn.thidua.read.source;

import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.SAXException;
import vn.thidua.model.Phrase;
import vn.thidua.model.Rule;

/**
 * Message keys of {@link ReadException} and the mapping of low-level failures onto them. The user
 * reads the reason in plain words; the library's own text stays in the cause, for --debug.
 */
public final class ReadErrors {

  // Reasons, the second argument of file.corrupt, file.unreadable and file.zipbomb.
  static final String REASON_CUT = "why.cut";
  static final String REASON_CONTENT = "why.content";
  static final String REASON_SHEET = "why.sheet";
  static final String REASON_XLS = "why.xls";
  static final String REASON_DOCTYPE = "why.doctype";
  static final String REASON_CSV_LINE = "why.csv.line";
  static final String REASON_DENIED = "why.denied";
  static final String REASON_OS = "why.os";
  static final String REASON_BOMB_RATIO = "why.bomb.ratio";
  static final String REASON_BOMB_COUNT = "why.bomb.count";
  static final String REASON_BOMB_SIZE = "why.bomb.size";

  // POI reports its zip-bomb guards only through the message text of a plain IOException.
  private static final String ZIP_BOMB_MARK = "Zip bomb detected";
  private static final String FILE_COUNT_MARK =
      ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, ZipSecureFile.MAX_FILE_COUNT_MSG.indexOf('.'));

  // Where a failure comes from tells a damaged file from a fault of thidua's own: code that reads
  // the file's bytes (the libraries, and thidua's own parsers of them) versus everything after.
  private static final String OWN_CODE = "vn.thidua.";
  private static final String OWN_PARSERS = "vn.thidua.read.source.";
  private static final String[] LEGACY_XLS = {
    "org.apache.poi.hssf.", "org.apache.poi.poifs.", "org.apache.poi.ss.formula."
  };

  private ReadErrors() {}

  static ReadException of(Rule rule, Path path, Throwable cause, Object... more) {
    return of(rule, path.toString(), cause, more);
  }

  private static ReadException of(Rule rule, String file, Throwable cause, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = file;
    System.arraycopy(more, 0, args, 1, more.length);
    return new ReadException(rule.id(), List.of(args), cause);
  }

  /**
   * Maps a failure met while reading the content of a file that did open: a zip-bomb guard, an
   * operating-system I/O failure (unreadable), a fault of thidua's own, or anything else (corrupt
   * content).
   */
  static ReadException classify(Path path, Throwable e) {
    return classify(path.toString(), null, e);
  }

  /**
   * Maps any failure met while reading a workbook onto a {@link ReadException}, so that no library
   * exception and no Java text reaches the user.
   *
   * @param file the name the user gave the workbook, for the message
   * @param sheet the sheet being read when it failed, or null
   */
  public static ReadException failure(String file, String sheet, Throwable e) {
    return classify(file, sheet, e);
  }

  private static ReadException classify(String path, String sheet, Throwable e) {
    List<Throwable> chain = chain(e);
    for (Throwable t : chain) {
      if (t instanceof ReadException re) {
        return re;
      }
    }
    for (Throwable t : chain) {
      Phrase bomb = bomb(t.getMessage());
      if (bomb != null) {
        return of(Rule.FILE_ZIPBOMB, path, e, bomb);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof FileSystemException fse) {
        return of(Rule.FILE_UNREADABLE, path, e, reason(fse));
      }
    }
    Throwable innermost = chain.get(chain.size() - 1);
    String origin = origin(innermost);
    if (origin.startsWith(OWN_CODE) && !origin.startsWith(OWN_PARSERS)) {
      return of(Rule.FILE_INTERNAL, path, e);
    }
    return of(Rule.FILE_CORRUPT, path, e, damage(chain, sheet));
  }

  /** Why the content could not be read, in plain words. */
  private static Phrase damage(List<Throwable> chain, String sheet) {
    for (Throwable t : chain) {
      if (t instanceof CsvMalformedLineException m) {
        return Phrase.of(REASON_CSV_LINE, m.getLineNumber());
      }
      if (t instanceof CsvException c) {
        return Phrase.of(REASON_CSV_LINE, c.getLineNumber());
      }
    }
    for (Throwable t : chain) {
      if (t instanceof ZipException
          || t instanceof EOFException
          || t instanceof DataFormatException
          || t instanceof NotOfficeXmlFileException) {
        return Phrase.of(REASON_CUT);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof XMLStreamException || t instanceof SAXException) {
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("doctype") || m.contains("entity")) {
          return Phrase.of(REASON_DOCTYPE);
        }
      }
    }
    for (Throwable t : chain) {
      for (StackTraceElement f : t.getStackTrace()) {
        for (String p : LEGACY_XLS) {
          if (f.getClassName().startsWith(p)) {
            return Phrase.of(REASON_XLS);
          }
        }
      }
    }
    return sheet == null ? Phrase.of(REASON_CONTENT) : Phrase.of(REASON_SHEET, sheet);
  }

  /** The reason of a zip-bomb guard's message, or null when it is not one. */
  private static Phrase bomb(String m) {
    if (m == null) {
      return null;
    }
    if (m.startsWith(FILE_COUNT_MARK)) {
      return Phrase.of(REASON_BOMB_COUNT, ZipSecureFile.getMaxFileCount());
    }
    if (!m.contains(ZIP_BOMB_MARK)) {
      return null;
    }
    if (m.contains("ratio")) {
      return Phrase.of(
          REASON_BOMB_RATIO, Math.round(1 / Math.max(ZipSecureFile.getMinInflateRatio(), 1e-9)));
    }
    return Phrase.of(REASON_BOMB_SIZE, ZipSecureFile.getMaxEntrySize() >> 20);
  }

  /** The class of the first frame outside the JDK where an exception was thrown. */
  private static String origin(Throwable t) {
    for (StackTraceElement f : t.getStackTrace()) {
      String c = f.getClassName();
      if (!c.startsWith("java.")
          && !c.startsWith("javax.")
          && !c.startsWith("jdk.")
          && !c.startsWith("sun.")
          && !c.startsWith("com.sun.")) {
        return c;
      }
    }
    return "";
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

  /** Why the operating system refused a file, in plain words (its own text is English). */
  public static Phrase reason(Throwable e) {
    return e instanceof AccessDeniedException ? Phrase.of(REASON_DENIED) : Phrase.of(REASON_OS);
  }
}
