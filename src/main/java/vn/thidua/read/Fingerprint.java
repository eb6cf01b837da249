package vn.thidua.read;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.Rows;

/**
 * The fingerprint of a workbook's data: SHA-256 over every cell the reader takes from the cover and
 * the tables, as the file stores it, with its sheet and place. It leaves out what a marked copy
 * adds (fills, comments, a sheet of results) and what does not change a value (formats, fonts,
 * formulas behind their results), so a workbook and its unchanged copy share it; and it hashes a
 * canonical form (a string's text, a number's shortest decimal), so a CSV folder and its .xlsx copy
 * of text cells share it too.
 *
 * <p>The bytes hashed, in reading order: per sheet, 'S' and its name; per cell, 'C', the 0-based
 * row and column as 4-byte big-endian integers, a kind byte ('s' string, 'n' number, 'd' number
 * formatted as a date, 'b' boolean, 'e' error) and the value (the text; the number as {@link
 * BigDecimal#toPlainString()} without trailing zeros; TRUE or FALSE; the error code). A name or a
 * value is its UTF-8 bytes after their count as a 4-byte integer, so no two inputs run together.
 */
final class Fingerprint {
  // Integral doubles up to 2^53 print as longs, which is what the BigDecimal form gives them too,
  // without its cost on every number of a 300,000-row sheet.
  private static final double EXACT_LONG = 0x1p53;

  private final MessageDigest digest;
  // One row's bytes, handed to the digest at once rather than a few bytes per call.
  private ByteBuffer row = ByteBuffer.allocate(1024);

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  /**
   * The rows of one sheet, each hashed as it is taken: rows the consumer never takes (below a
   * table's end) are not part of the data read.
   */
  Rows sheet(String name, Rows rows) {
    row.clear();
    put((byte) 'S');
    put(name);
    flush();
    return new Rows() {
      @Override
      public boolean hasNext() throws ReadException {
        return rows.hasNext();
      }

      @Override
      public RawRow next() throws ReadException {
        RawRow r = rows.next();
        hash(r);
        return r;
      }
    };
  }

  private void hash(RawRow r) {
    row.clear();
    for (RawCell c : r.cells()) {
      put((byte) 'C');
      ensure(8);
      row.putInt(r.index());
      row.putInt(c.col());
      switch (c.kind()) {
        case STRING -> {
          put((byte) 's');
          put(c.text());
        }
        case NUMBER -> {
          put((byte) (c.date() ? 'd' : 'n'));
          put(number(c.number()));
        }
        case BOOLEAN -> {
          put((byte) 'b');
          put(c.text());
        }
        case ERROR -> {
          put((byte) 'e');
          put(c.text());
        }
      }
    }
    flush();
  }

  /** The shortest decimal that reads back as the number: 600, 0.6, 12.5, never 6E+2 or 600.0. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < EXACT_LONG) {
      return Long.toString((long) d);
    }
    return Double.isFinite(d)
        ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
        : Double.toString(d);
  }

  private void put(byte b) {
    ensure(1);
    row.put(b);
  }

  private void put(String s) {
    byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    ensure(4 + b.length);
    row.putInt(b.length);
    row.put(b);
  }

  private void ensure(int n) {
    if (row.remaining() < n) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(row.capacity() * 2, row.position() + n));
      row.flip();
      bigger.put(row);
      row = bigger;
    }
  }

  private void flush() {
    digest.update(row.array(), 0, row.position());
    row.clear();
  }

  /** The lowercase hex digest of everything hashed so far; ends the fingerprint. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
