package vn.thidua.read;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;

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
  private final MessageDigest digest;
  private final DataOutputStream out;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
    out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
  }

  /**
   * The rows of one sheet, each hashed as it is taken: rows the consumer never takes (below a
   * table's end) are not part of the data read.
   */
  Iterator<RawRow> sheet(String name, Iterator<RawRow> rows) {
    write(
        () -> {
          out.writeByte('S');
          string(name);
        });
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public RawRow next() {
        RawRow row = rows.next();
        row.cells().forEach(c -> cell(row.index(), c));
        return row;
      }
    };
  }

  private void cell(int row, RawCell c) {
    write(
        () -> {
          out.writeByte('C');
          out.writeInt(row);
          out.writeInt(c.col());
          switch (c.kind()) {
            case STRING -> {
              out.writeByte('s');
              string(c.text());
            }
            case NUMBER -> {
              out.writeByte(c.date() ? 'd' : 'n');
              string(number(c.number()));
            }
            case BOOLEAN -> {
              out.writeByte('b');
              string(c.text());
            }
            case ERROR -> {
              out.writeByte('e');
              string(c.text());
            }
          }
        });
  }

  /** The shortest decimal that reads back as the number: 600, 0.6, 12.5, never 6E+2. */
  private static String number(double d) {
    return Double.isFinite(d)
        ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
        : Double.toString(d);
  }

  private void string(String s) throws IOException {
    byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** The lowercase hex digest of everything hashed so far; ends the fingerprint. */
  String hex() {
    write(out::flush);
    return HexFormat.of().formatHex(digest.digest());
  }

  private void write(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      // The stream under the digest discards everything and cannot fail.
      throw new UncheckedIOException(e);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }
}
