package vn.thidua.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.testing.Districts;

/**
 * Builds the bench inputs from code (no large binaries are committed): 100 district workbooks, a
 * 300,000-row member register and a table followed by formatted empty rows down to row 1,048,576.
 * Usage: BenchInputs OUT_DIR.
 */
public final class BenchInputs {
  private BenchInputs() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    districts(Files.createDirectories(out.resolve("districts")), 100);
    register(out.resolve("register-300k.xlsx"), 300_000);
    formattedRows(out.resolve("formatted-1m.xlsx"));
    System.out.println("bench inputs in " + out);
  }

  /** Copies of the sample workbooks (all formats, quirks and findings), cycled to n files. */
  static void districts(Path dir, int n) throws IOException {
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples/2020"))) {
      samples = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (int i = 0; i < n; i++) {
      Path from = samples.get(i % samples.size());
      Files.copy(
          from,
          dir.resolve(String.format("%03d-%s", i + 1, from.getFileName())),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** One register row per member, 12 columns, streamed so the generator needs little memory. */
  static void register(Path file, int rows) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      SXSSFSheet cover = wb.createSheet("Thông tin");
      cover.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo");
      cover.getRow(0).createCell(1).setCellValue("Hội LHPN huyện Tân Yên");
      cover.createRow(1).createCell(0).setCellValue("Ngày báo cáo");
      cover.getRow(1).createCell(1).setCellValue("10/12/2021");
      SXSSFSheet s = wb.createSheet("Sổ đăng ký");
      String[] header = {
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Chi hội",
        "Cơ sở Hội",
        "Đăng ký",
        "Hành động đăng ký",
        "Ngày đăng ký",
        "Đã thực hiện",
        "Ngày thực hiện",
        "Giá trị (triệu đồng)",
        "Số điện thoại",
        "Ghi chú"
      };
      s.createRow(0).createCell(0).setCellValue("SỔ ĐĂNG KÝ HÀNH ĐỘNG THIẾT THỰC");
      Row h = s.createRow(2);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      String[] names = {"Nguyễn Thị", "Trần Thị", "Lê Thị", "Phạm Thị", "Hoàng Thị", "Vũ Thị"};
      String[] given = {"Lan", "Hương", "Mai", "Hạnh", "Thu Trang", "Minh Hằng", "Ngọc Ánh"};
      LocalDate start = LocalDate.of(2021, 2, 1);
      for (int i = 0; i < rows; i++) {
        Row r = s.createRow(3 + i);
        r.createCell(0).setCellValue(i + 1);
        r.createCell(1)
            .setCellValue(
                names[i % names.length] + " " + given[(i / 7) % given.length] + " " + (i % 97));
        r.createCell(2).setCellValue(1950 + i % 55);
        r.createCell(3).setCellValue("Chi hội thôn " + (i % 300));
        r.createCell(4).setCellValue("Hội LHPN xã " + (i % 24));
        r.createCell(5).setCellValue("x");
        r.createCell(6).setCellValue(i % 3 == 0 ? "Trồng cây xanh" : "Giữ đường sạch đẹp");
        var d = r.createCell(7);
        d.setCellValue(start.plusDays(i % 200));
        d.setCellStyle(date);
        r.createCell(8).setCellValue(i % 10 == 0 ? "" : "x");
        var done = r.createCell(9);
        done.setCellValue(start.plusDays(30 + i % 200));
        done.setCellStyle(date);
        r.createCell(10).setCellValue((i % 5) * 0.5);
        r.createCell(11).setCellValue("09" + (10_000_000 + i));
        r.createCell(12).setCellValue(i % 50 == 0 ? "Hội viên mới" : "");
      }
      write(wb, file);
      wb.dispose();
    }
  }

  /**
   * A clean district workbook whose Biểu 1 is followed by bordered empty rows to the sheet's end.
   */
  static void formattedRows(Path file) throws Exception {
    // The same workbook without the rows: the baseline of this case.
    Path clean = file.resolveSibling("formatted-clean.xlsx");
    Districts.clean("Hội LHPN huyện Tân Yên", 9).write(clean);
    try (XSSFWorkbook template = new XSSFWorkbook(clean.toFile());
        SXSSFWorkbook wb = new SXSSFWorkbook(template, 1000)) {
      CellStyle border = wb.createCellStyle();
      border.setBorderBottom(BorderStyle.THIN);
      SXSSFSheet roads = wb.getSheet("Biểu 1");
      for (int r = template.getSheet("Biểu 1").getLastRowNum() + 1; r < 1_048_576; r++) {
        roads.createRow(r).setRowStyle(border);
      }
      write(wb, file);
      wb.dispose();
    }
  }

  private static void write(SXSSFWorkbook wb, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      wb.write(o);
    }
  }
}
