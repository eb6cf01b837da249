package vn.thidua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.read.source.WorkbookProperties;
import vn.thidua.read.source.WorkbookSource;
import vn.thidua.read.source.WorkbookSources;

/**
 * A workbook's document properties read back through POI's usermodel, independently of thidua's
 * reader, and through the reader's source for comparison.
 */
public final class DocProperties {
  private DocProperties() {}

  /** Every string custom property as "name=value", in file order: a name twice shows twice. */
  public static List<String> custom(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Workbook wb = open(file)) {
      if (wb instanceof XSSFWorkbook x) {
        for (var p :
            x.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
          out.add(p.getName() + "=" + p.getLpwstr());
        }
      } else {
        HSSFWorkbook h = (HSSFWorkbook) wb;
        CustomProperties custom =
            h.getDocumentSummaryInformation() == null
                ? null
                : h.getDocumentSummaryInformation().getCustomProperties();
        if (custom != null) {
          custom.properties().forEach(p -> out.add(p.getName() + "=" + p.getValue()));
        }
      }
    }
    return out;
  }

  /** The core "modified" of an .xlsx, the last-save time of an .xls; null when none. */
  public static Instant modified(Path file) throws IOException {
    try (Workbook wb = open(file)) {
      Date d;
      if (wb instanceof XSSFWorkbook x) {
        d = x.getProperties().getCoreProperties().getModified();
      } else {
        SummaryInformation si = ((HSSFWorkbook) wb).getSummaryInformation();
        d = si == null ? null : si.getLastSaveDateTime();
      }
      return d == null ? null : d.toInstant();
    }
  }

  /** What thidua's reader finds in the file's properties. */
  public static WorkbookProperties read(Path file) throws Exception {
    try (WorkbookSource source = WorkbookSources.open(file, null)) {
      return source.properties();
    }
  }

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }
}
