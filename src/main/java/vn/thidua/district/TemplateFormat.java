package vn.thidua.district;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The file formats a template is written in: .xlsx, or .xls for districts on Excel 2003. */
public enum TemplateFormat {
  XLSX("xlsx"),
  XLS("xls");

  private final String extension;

  TemplateFormat(String extension) {
    this.extension = extension;
  }

  /** "xlsx" or "xls", without the dot. */
  public String extension() {
    return extension;
  }

  Workbook create() {
    return this == XLS ? new HSSFWorkbook() : new XSSFWorkbook();
  }
}
