package vn.thidua.read.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the rows of one worksheet part with StAX, one row in memory at a time. */
final class XlsxSheetReader implements SheetReader {
  /** Set by the source from its prescan of the part. */
  int lastValueRow = Integer.MAX_VALUE;

  // Serial of 1904-01-01 in the 1900 date system: 1904 workbooks count from there.
  private static final double DAYS_1900_TO_1904 = 1462;
  private static final int MAX_COL = 16383;

  private final Path path;
  private final InputStream in;
  private final XMLStreamReader xml;
  private final List<Merge> merges;
  private final SharedStrings strings;
  private final XlsxCellFormats styles;
  private final boolean date1904;
  private final Consumer<XlsxSheetReader> onClose;

  // Reused for every row and cell: beyond the attribute strings StAX hands out, the loop
  // allocates only the RawCells, their text and one list copy per row.
  private final ArrayList<RawCell> cells = new ArrayList<>();
  private final StringBuilder value = new StringBuilder(32);
  private final StringBuilder formula = new StringBuilder(32);
  private final StringBuilder inline = new StringBuilder(32);

  private RawRow pending;
  private boolean inSheetData;
  private boolean done;
  private boolean closed;
  private int lastRow = -1;
  private int lastCol;

  XlsxSheetReader(
      Path path,
      InputStream in,
      XMLStreamReader xml,
      List<Merge> merges,
      SharedStrings strings,
      XlsxCellFormats styles,
      boolean date1904,
      Consumer<XlsxSheetReader> onClose) {
    this.path = path;
    this.in = in;
    this.xml = xml;
    this.merges = merges;
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.onClose = onClose;
  }

  /** A sheet with nothing in it (its part is missing from the package). */
  static XlsxSheetReader empty() {
    XlsxSheetReader r =
        new XlsxSheetReader(null, null, null, List.of(), null, null, false, x -> {});
    r.done = true;
    r.closed = true;
    return r;
  }

  @Override
  public int lastValueRow() {
    return lastValueRow;
  }

  @Override
  public List<Merge> merges() {
    return merges;
  }

  @Override
  public boolean hasNext() throws ReadException {
    if (pending == null && !done) {
      try {
        pending = readRow();
      } catch (XMLStreamException | RuntimeException e) {
        close();
        throw ReadErrors.classify(path, e);
      }
      if (pending == null) {
        close();
      }
    }
    return pending != null;
  }

  @Override
  public RawRow next() throws ReadException {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow row = pending;
    pending = null;
    if (row.index() >= lastValueRow) {
      // The prescan saw no value below this row: what follows is formatting, not data, and a
      // million formatted rows need not be parsed.
      close();
    }
    return row;
  }

  @Override
  public void close() {
    done = true;
    pending = null;
    if (closed) {
      return;
    }
    closed = true;
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Nothing left to read from it.
    }
    try {
      in.close();
    } catch (IOException e) {
      // The stream is abandoned either way.
    }
    onClose.accept(this);
  }

  /** The next row holding at least one cell, or null at the end of the sheet data. */
  private RawRow readRow() throws XMLStreamException {
    while (xml.hasNext()) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (inSheetData && "row".equals(name)) {
          RawRow row = parseRow();
          if (row != null) {
            return row;
          }
        } else if ("sheetData".equals(name)) {
          inSheetData = true;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
        // Everything after the rows (merges, page setup) is of no use here.
        return null;
      }
    }
    return null;
  }

  private RawRow parseRow() throws XMLStreamException {
    int r = -1;
    boolean hidden = false;
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String name = xml.getAttributeLocalName(i);
      if ("r".equals(name)) {
        r = parseIndexOr(xml.getAttributeValue(i), -1);
      } else if ("hidden".equals(name)) {
        hidden = XmlInput.isTrue(xml.getAttributeValue(i));
      }
    }
    // Rows without r follow the previous one (allowed by the schema, written by some tools).
    int index = r > 0 ? r - 1 : lastRow + 1;
    lastRow = index;
    lastCol = -1;
    cells.clear();
    boolean sorted = true;
    while (true) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if ("c".equals(xml.getLocalName())) {
          RawCell cell = parseCell();
          if (cell != null) {
            if (!cells.isEmpty() && cells.get(cells.size() - 1).col() >= cell.col()) {
              sorted = false;
            }
            cells.add(cell);
          }
        } else {
          XmlInput.skip(xml);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        break;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("sheet ends inside a row");
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    if (!sorted) {
      sortKeepingLast();
    }
    return new RawRow(index, hidden, cells);
  }

  private RawCell parseCell() throws XMLStreamException {
    String ref = null;
    String type = null;
    int style = 0;
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String name = xml.getAttributeLocalName(i);
      if ("r".equals(name)) {
        ref = xml.getAttributeValue(i);
      } else if ("t".equals(name)) {
        type = xml.getAttributeValue(i);
      } else if ("s".equals(name)) {
        style = parseIndexOr(xml.getAttributeValue(i), 0);
      }
    }
    int col = ref == null ? -1 : column(ref);
    if (col < 0) {
      // No usable reference: cells without r follow the previous one.
      col = lastCol + 1;
    }
    lastCol = col;

    value.setLength(0);
    formula.setLength(0);
    inline.setLength(0);
    boolean hasValue = false;
    boolean hasInline = false;
    while (true) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("v".equals(name)) {
          XmlInput.appendText(xml, value);
          hasValue = true;
        } else if ("f".equals(name)) {
          XmlInput.appendText(xml, formula);
        } else if ("is".equals(name)) {
          XmlInput.appendRichText(xml, inline);
          hasInline = true;
        } else {
          XmlInput.skip(xml);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        break;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("sheet ends inside a cell");
      }
    }
    return cell(col, type, style, hasValue, hasInline);
  }

  private RawCell cell(int col, String type, int style, boolean hasValue, boolean hasInline)
      throws XMLStreamException {
    // A shared formula's followers carry no text: their formula stays null.
    String f = formula.length() == 0 ? null : formula.toString();
    String font = styles.legacyFont(style);
    if (type == null || "n".equals(type)) {
      if (!hasValue || isBlank(value)) {
        return null;
      }
      double d;
      try {
        d = Numbers.parseDouble(value);
      } catch (NumberFormatException e) {
        // Not a number after all: keep what the file says, the value reader will quote it.
        return new RawCell(col, RawCell.Kind.STRING, value.toString(), 0, false, f, font);
      }
      boolean date = styles.isDate(style);
      if (date && date1904) {
        d += DAYS_1900_TO_1904;
      }
      return new RawCell(col, RawCell.Kind.NUMBER, null, d, date, f, font);
    }
    switch (type) {
      case "s" -> {
        // <v/> with no index is an empty cell, as POI reads it (LibreOffice wrote such files).
        if (!hasValue || isBlank(value)) {
          return null;
        }
        int idx;
        try {
          idx = Numbers.parseIndex(value);
        } catch (NumberFormatException e) {
          throw new XMLStreamException(
              "bad shared string index '" + value + "'", xml.getLocation());
        }
        String text = strings.get(idx);
        if (text == null) {
          throw new XMLStreamException(
              "shared string " + idx + " is not in the table of " + strings.size(),
              xml.getLocation());
        }
        return text.isEmpty() ? null : stringCell(col, text, f, font);
      }
      case "inlineStr" -> {
        StringBuilder src = hasInline ? inline : hasValue ? value : null;
        return src == null || src.length() == 0
            ? null
            : stringCell(col, XmlInput.unescape(src), f, font);
      }
      case "b" -> {
        if (!hasValue || isBlank(value)) {
          return null;
        }
        boolean b = isTrueValue(value);
        return new RawCell(
            col, RawCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0, false, f, font);
      }
      case "e" -> {
        if (!hasValue || isBlank(value)) {
          return null;
        }
        return new RawCell(col, RawCell.Kind.ERROR, value.toString().strip(), 0, false, f, font);
      }
      default -> {
        // "str" (a formula's text result), "d" (an ISO 8601 date, kept as the text it is) and
        // anything unknown: the value as stored.
        return !hasValue || value.length() == 0
            ? null
            : stringCell(col, XmlInput.unescape(value), f, font);
      }
    }
  }

  private static RawCell stringCell(int col, String text, String formula, String font) {
    return new RawCell(col, RawCell.Kind.STRING, text, 0, false, formula, font);
  }

  /**
   * The 0-based column of a cell reference such as "AB12" or "$C$3", or -1. Parsed here rather than
   * by POI's CellReference, which builds objects and strings for every cell of the sheet.
   */
  static int column(String ref) {
    int col = 0;
    int i = 0;
    int n = ref.length();
    if (i < n && ref.charAt(i) == '$') {
      i++;
    }
    int start = i;
    for (; i < n; i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      if (col > MAX_COL + 1) {
        return -1;
      }
    }
    return i == start ? -1 : col - 1;
  }

  private void sortKeepingLast() {
    // Out-of-order cells only come from hand-made files; a cell written twice keeps the later one.
    List<RawCell> copy = new ArrayList<>(cells);
    copy.sort(Comparator.comparingInt(RawCell::col));
    cells.clear();
    for (RawCell c : copy) {
      if (!cells.isEmpty() && cells.get(cells.size() - 1).col() == c.col()) {
        cells.set(cells.size() - 1, c);
      } else {
        cells.add(c);
      }
    }
  }

  private static int parseIndexOr(String s, int fallback) {
    try {
      return Numbers.parseIndex(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean isTrueValue(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '1' || c == 't' || c == 'T') {
        return true;
      }
      if (c > ' ') {
        return false;
      }
    }
    return false;
  }
}
