package vn.thidua.read.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Finds the merged regions of a worksheet part without parsing it as XML.
 *
 * <p>{@code <mergeCells>} come after {@code <sheetData>}, yet a {@link SheetReader} must know them
 * before its first row. A byte scan for {@code mergeCell} start tags (any namespace prefix) costs
 * one inflate of the part and no XML events, even on a 300,000-row sheet.
 */
final class MergePrescan {
  private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern REF = Pattern.compile("(?:^|\\s)ref\\s*=\\s*(['\"])([^'\"]*)\\1");
  // A real mergeCell tag is a few dozen bytes; a longer run means something is off, not a tag.
  private static final int MAX_TAG = 1024;

  private static final int TEXT = 0;
  private static final int NAME_START = 1;
  private static final int IN_NAME = 2;
  private static final int ATTRS = 3;

  private MergePrescan() {}

  /** What the scan found: the merged regions, and the last row that holds a value. */
  record Result(List<Merge> merges, int lastValueRow) {}

  static List<Merge> scan(InputStream in) throws IOException {
    return scanAll(in).merges();
  }

  /**
   * Scans a worksheet part. Besides the merges it notes the 0-based index of the last row with a
   * cell value ({@code <v>} or an inline string), so a reader can stop after a table without
   * parsing a million formatted but empty rows (-1 when no row holds one).
   */
  static Result scanAll(InputStream in) throws IOException {
    List<Merge> merges = new ArrayList<>();
    byte[] buf = new byte[64 * 1024];
    byte[] tag = new byte[MAX_TAG];
    byte[] name = new byte[16];
    int state = TEXT;
    int nameLen = 0;
    int tagLen = 0;
    int tagKind = 0;
    int row = -1;
    int lastValueRow = -1;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        switch (state) {
          case TEXT -> {
            // The common case: skip to the next '<' with no other work.
            while (i < n && buf[i] != '<') {
              i++;
            }
            if (i < n) {
              state = NAME_START;
              nameLen = 0;
            }
          }
          case NAME_START, IN_NAME -> {
            state = IN_NAME;
            if (b == ':') {
              // Prefixed name (<x:mergeCell>): keep only the local part.
              nameLen = 0;
            } else if (isNameEnd(b)) {
              tagKind = kind(name, nameLen);
              if (tagKind == ROW || tagKind == MERGE) {
                if (b == '>' || b == '/') {
                  state = TEXT;
                } else {
                  state = ATTRS;
                  tagLen = 0;
                }
              } else {
                if (tagKind == VALUE) {
                  lastValueRow = row;
                }
                state = b == '<' ? NAME_START : TEXT;
                nameLen = 0;
              }
            } else if (nameLen < name.length) {
              name[nameLen++] = b;
            } else {
              state = TEXT;
            }
          }
          case ATTRS -> {
            if (b == '>') {
              if (tagKind == MERGE) {
                addMerge(new String(tag, 0, tagLen, StandardCharsets.ISO_8859_1), merges);
              } else {
                row = rowIndex(tag, tagLen, row);
              }
              state = TEXT;
            } else if (tagLen < MAX_TAG) {
              tag[tagLen++] = b;
            } else {
              state = TEXT;
            }
          }
          default -> throw new IllegalStateException();
        }
      }
    }
    return new Result(merges, lastValueRow);
  }

  private static final int OTHER = 0;
  private static final int ROW = 1;
  private static final int MERGE = 2;
  private static final int VALUE = 3;
  private static final byte[] ROW_NAME = "row".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] V_NAME = "v".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] IS_NAME = "is".getBytes(StandardCharsets.US_ASCII);

  private static int kind(byte[] name, int len) {
    if (same(name, len, NAME)) {
      return MERGE;
    }
    if (same(name, len, ROW_NAME)) {
      return ROW;
    }
    return same(name, len, V_NAME) || same(name, len, IN_NAME_IS) ? VALUE : OTHER;
  }

  private static final byte[] IN_NAME_IS = IS_NAME;

  private static boolean same(byte[] name, int len, byte[] want) {
    if (len != want.length) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (name[k] != want[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row's 0-based index from its r attribute, or the next one when r is absent. Read from the
   * bytes: a sheet may have a million rows, and a regular expression per row would cost more than
   * the whole inflate.
   */
  private static int rowIndex(byte[] attrs, int len, int previous) {
    for (int i = 0; i + 2 < len; i++) {
      boolean atStart =
          i == 0
              || attrs[i - 1] == ' '
              || attrs[i - 1] == '\t'
              || attrs[i - 1] == '\n'
              || attrs[i - 1] == '\r';
      if (atStart && attrs[i] == 'r') {
        int j = i + 1;
        while (j < len && attrs[j] == ' ') {
          j++;
        }
        if (j < len && attrs[j] == '=') {
          j++;
          while (j < len && attrs[j] == ' ') {
            j++;
          }
          if (j < len && (attrs[j] == '"' || attrs[j] == '\'')) {
            long n = 0;
            int digits = 0;
            for (j++; j < len && attrs[j] >= '0' && attrs[j] <= '9' && digits < 10; j++, digits++) {
              n = n * 10 + (attrs[j] - '0');
            }
            if (digits > 0 && n >= 1 && n <= Integer.MAX_VALUE) {
              return (int) n - 1;
            }
          }
        }
      }
    }
    return previous + 1;
  }

  private static boolean isNameEnd(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>' || b == '<';
  }

  private static void addMerge(String attrs, List<Merge> out) {
    Matcher m = REF.matcher(attrs);
    if (!m.find()) {
      return;
    }
    CellRangeAddress a;
    try {
      a = CellRangeAddress.valueOf(m.group(2).trim());
    } catch (RuntimeException e) {
      // One unreadable merge must not make the whole sheet unreadable.
      return;
    }
    if (a.getFirstRow() >= 0 && a.getFirstColumn() >= 0) {
      out.add(new Merge(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
    }
  }
}
