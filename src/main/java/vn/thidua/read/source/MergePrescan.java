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

  static List<Merge> scan(InputStream in) throws IOException {
    List<Merge> merges = new ArrayList<>();
    byte[] buf = new byte[64 * 1024];
    byte[] tag = new byte[MAX_TAG];
    int state = TEXT;
    int nameLen = 0;
    boolean nameOk = false;
    int tagLen = 0;
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
            }
          }
          case NAME_START, IN_NAME -> {
            if (state == NAME_START) {
              nameLen = 0;
              nameOk = true;
              state = IN_NAME;
            }
            if (b == ':') {
              // Prefixed name (<x:mergeCell>): compare only the local part.
              nameLen = 0;
              nameOk = true;
            } else if (isNameEnd(b)) {
              if (nameOk && nameLen == NAME.length && b != '>' && b != '/') {
                state = ATTRS;
                tagLen = 0;
              } else {
                state = b == '<' ? NAME_START : TEXT;
              }
            } else if (nameOk && nameLen < NAME.length && NAME[nameLen] == b) {
              nameLen++;
            } else {
              nameOk = false;
            }
          }
          case ATTRS -> {
            if (b == '>') {
              addMerge(new String(tag, 0, tagLen, StandardCharsets.ISO_8859_1), merges);
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
    return merges;
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
