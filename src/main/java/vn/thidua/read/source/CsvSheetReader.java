package vn.thidua.read.source;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.thidua.model.Rule;

/** Streams the records of one CSV file (UTF-8, with or without BOM, ',' or ';' separated). */
final class CsvSheetReader implements SheetReader {
  private static final char[] SEPARATORS = {',', ';'};
  private static final int SNIFF_CHARS = 64 * 1024;
  private static final int SNIFF_RECORDS = 30;

  private final Path file;
  private final CSVReader csv;
  private int record = -1;
  private RawRow pending;
  private boolean done;

  private CsvSheetReader(Path file, CSVReader csv) {
    this.file = file;
    this.csv = csv;
  }

  static CsvSheetReader open(Path file) throws ReadException {
    char separator;
    try (Reader r = reader(file)) {
      char[] buf = new char[SNIFF_CHARS];
      int n = 0;
      for (int k; n < buf.length && (k = r.read(buf, n, buf.length - n)) >= 0; ) {
        n += k;
      }
      boolean truncated = n == buf.length && r.read() >= 0;
      separator = sniff(new String(buf, 0, n), truncated);
    } catch (IOException e) {
      throw failure(file, e);
    }
    Reader r = null;
    try {
      r = reader(file);
      CSVReader csv =
          new CSVReaderBuilder(r)
              .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
              .build();
      return new CsvSheetReader(file, csv);
    } catch (IOException | RuntimeException e) {
      closeQuietly(r);
      throw failure(file, e);
    }
  }

  /**
   * A strict UTF-8 reader past an optional BOM: a byte that is not UTF-8 fails the read instead of
   * turning into U+FFFD, so a file saved in a legacy code page is reported, not garbled.
   */
  private static Reader reader(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    try {
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (bom.length < 3
          || (bom[0] & 0xFF) != 0xEF
          || (bom[1] & 0xFF) != 0xBB
          || (bom[2] & 0xFF) != 0xBF) {
        in.reset();
      }
      return new InputStreamReader(in, strictUtf8());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The separator that splits the first records into a steady number of fields above one: for each
   * candidate, the number of records having its most common field count. Title lines and blank
   * lines above a table have other counts and only lower both scores alike.
   */
  static char sniff(String head, boolean truncated) {
    char best = SEPARATORS[0];
    int bestScore = 0;
    int bestFields = 0;
    for (char sep : SEPARATORS) {
      List<Integer> counts = fieldCounts(head, sep, truncated);
      Map<Integer, Integer> freq = new HashMap<>();
      int mode = 0;
      int score = 0;
      for (int c : counts) {
        int f = freq.merge(c, 1, Integer::sum);
        if (f > score || (f == score && c > mode)) {
          score = f;
          mode = c;
        }
      }
      if (mode <= 1) {
        continue;
      }
      if (score > bestScore || (score == bestScore && mode > bestFields)) {
        best = sep;
        bestScore = score;
        bestFields = mode;
      }
    }
    return best;
  }

  private static List<Integer> fieldCounts(String head, char sep, boolean truncated) {
    List<Integer> counts = new ArrayList<>();
    try (CSVReader r =
        new CSVReaderBuilder(new StringReader(head))
            .withCSVParser(new RFC4180ParserBuilder().withSeparator(sep).build())
            .build()) {
      String[] rec;
      while (counts.size() < SNIFF_RECORDS && (rec = r.readNext()) != null) {
        counts.add(rec.length);
      }
      // The last record of a cut-off head may be cut too.
      if (truncated && counts.size() < SNIFF_RECORDS && counts.size() > 1) {
        counts.remove(counts.size() - 1);
      }
    } catch (IOException | CsvException | RuntimeException e) {
      // A separator that breaks the quoting scores by the records read before the break.
    }
    return counts;
  }

  @Override
  public List<Merge> merges() {
    return List.of();
  }

  @Override
  public boolean hasNext() throws ReadException {
    while (pending == null && !done) {
      String[] fields;
      try {
        fields = csv.readNext();
      } catch (IOException | CsvException | RuntimeException e) {
        close();
        throw failure(file, e);
      }
      if (fields == null) {
        close();
        break;
      }
      record++;
      List<RawCell> cells = new ArrayList<>(fields.length);
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] != null && !fields[i].isEmpty()) {
          cells.add(RawCell.string(i, fields[i]));
        }
      }
      if (!cells.isEmpty()) {
        pending = new RawRow(record, false, cells);
      }
    }
    return pending != null;
  }

  @Override
  public RawRow next() throws ReadException {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow r = pending;
    pending = null;
    return r;
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    pending = null;
    closeQuietly(csv);
  }

  private static ReadException failure(Path file, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return ReadErrors.of(Rule.FILE_CSV_ENCODING, file, e, badLine(file));
      }
    }
    return ReadErrors.classify(file, e);
  }

  /**
   * The 1-based line of the first byte that is not UTF-8. The decoding reader fails a buffer ahead
   * of the record being parsed, so the line is found by decoding the file again.
   */
  static int badLine(Path file) {
    CharsetDecoder dec = strictUtf8();
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    int line = 1;
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult cr;
        do {
          cr = dec.decode(bytes, chars, end);
          chars.flip();
          while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
              line++;
            }
          }
          chars.clear();
        } while (cr.isOverflow());
        if (cr.isError()) {
          return line;
        }
        bytes.compact();
        if (end) {
          return line;
        }
      }
    } catch (IOException e) {
      return line;
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // Nothing more to read from it.
      }
    }
  }
}
