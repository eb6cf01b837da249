package vn.thidua.render;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.model.Summary;
import vn.thidua.model.UnitSummary;

/** tong-hop.csv: one line per unit with every figure, then the totals (written by opencsv). */
public final class SummaryCsv {
  private SummaryCsv() {}

  public static void write(Summary s, Messages m, OutputStream out) throws IOException {
    List<Figures.Section> sections = Figures.of(s, m);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // Excel opens UTF-8 CSV correctly only with a byte-order mark.
    w.write('\uFEFF');
    CSVWriter csv = new CSVWriter(w);
    List<String> header = new ArrayList<>(List.of("code", "name", "status", "file", "report_date"));
    sections.forEach(sec -> sec.columns().forEach(c -> header.add(c.key())));
    header.add("errors");
    header.add("warnings");
    csv.writeNext(header.toArray(String[]::new), false);
    for (int i = 0; i < s.units().size(); i++) {
      UnitSummary u = s.units().get(i);
      List<String> row = new ArrayList<>();
      row.add(u.unit().code());
      row.add(safe(u.unit().name()));
      row.add(u.status().id());
      row.add(safe(u.file()));
      row.add(u.reportDate() == null ? "" : u.reportDate().toString());
      for (Figures.Section sec : sections) {
        sec.units().get(i).values().forEach(v -> row.add(plain(v)));
      }
      row.add(String.valueOf(u.errors()));
      row.add(String.valueOf(u.warnings()));
      csv.writeNext(row.toArray(String[]::new), false);
    }
    List<String> total = new ArrayList<>(List.of("", safe(m.get("report.total")), "", "", ""));
    sections.forEach(sec -> sec.totals().values().forEach(v -> total.add(plain(v))));
    total.add(String.valueOf(s.errors()));
    total.add(String.valueOf(s.warnings()));
    csv.writeNext(total.toArray(String[]::new), false);
    csv.flush();
  }

  /** Machine-readable figures: 125.5, true, empty for none. */
  private static String plain(Object v) {
    if (v == null) {
      return "";
    }
    return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
  }

  /**
   * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
   * neutralised with a leading apostrophe.
   */
  static String safe(String s) {
    if (s == null) {
      return "";
    }
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
