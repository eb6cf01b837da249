package vn.thidua.read.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.thidua.model.Rule;

/** A folder of .csv files, one sheet per file in file-name order. */
final class CsvFolderSource implements WorkbookSource {
  private final Path dir;
  private final List<SheetInfo> sheets;
  private final List<Path> files;

  private CsvFolderSource(Path dir, List<SheetInfo> sheets, List<Path> files) {
    this.dir = dir;
    this.sheets = sheets;
    this.files = files;
  }

  static CsvFolderSource open(Path dir) throws ReadException {
    List<Path> csv = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        if (isSheetFile(p)) {
          csv.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw ReadErrors.classify(dir, e);
    }
    if (csv.isEmpty()) {
      throw ReadErrors.of(Rule.FILE_FOLDER_NOCSV, dir, null);
    }
    // File systems store names composed (Linux, Windows) or decomposed (macOS): sort and name
    // by the NFC form so the order and the names do not depend on where the folder was made.
    csv.sort(Comparator.comparing(CsvFolderSource::nfcName));
    List<SheetInfo> sheets = new ArrayList<>();
    for (Path p : csv) {
      String name = nfcName(p);
      sheets.add(new SheetInfo(sheets.size(), name.substring(0, name.length() - 4), false));
    }
    return new CsvFolderSource(dir, List.copyOf(sheets), List.copyOf(csv));
  }

  private static boolean isSheetFile(Path p) throws IOException {
    String name = p.getFileName().toString();
    // Office lock files ("~$Biểu 1.csv") and hidden files (".Biểu 1.csv", editor backups) are
    // not sheets, even when they end in .csv.
    if (name.startsWith(".") || name.startsWith("~$") || name.length() <= 4) {
      return false;
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return false;
    }
    return Files.isRegularFile(p) && !Files.isHidden(p);
  }

  private static String nfcName(Path p) {
    return Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFC);
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public List<SheetInfo> sheets() {
    return sheets;
  }

  @Override
  public SheetReader open(SheetInfo sheet) throws ReadException {
    int i = sheet.index();
    if (i < 0 || i >= sheets.size() || !sheets.get(i).equals(sheet)) {
      throw new IllegalArgumentException("not a sheet of " + dir + ": " + sheet);
    }
    return CsvSheetReader.open(files.get(i));
  }

  /**
   * No mark (a CSV file has no properties); saved is the newest file's modification time, to the
   * second like a workbook's "modified" property, so that the .xlsx copy thidua makes of the
   * folder, which keeps this time, reads as saved at the same moment.
   */
  @Override
  public WorkbookProperties properties() {
    Instant newest = null;
    for (Path f : files) {
      try {
        Instant t = Files.getLastModifiedTime(f).toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (newest == null || t.isAfter(newest)) {
          newest = t;
        }
      } catch (IOException | RuntimeException e) {
        // A file gone or unreadable since the folder was listed: its rows will say so.
      }
    }
    return new WorkbookProperties(null, newest);
  }

  @Override
  public void close() {
    // Each sheet reader owns its file; the folder holds nothing open.
  }
}
