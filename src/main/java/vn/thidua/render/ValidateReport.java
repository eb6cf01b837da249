package vn.thidua.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.model.Finding;
import vn.thidua.model.Severity;
import vn.thidua.model.WorkbookResult;

/** The output of validate: text for people, JSON for programs (spec/cli.md). */
public final class ValidateReport {
  private ValidateReport() {}

  /** Findings grouped by file, then sheet; info findings only when asked for. */
  public static String text(List<WorkbookResult> results, Messages m, boolean showInfo) {
    StringBuilder sb = new StringBuilder();
    long errors = 0;
    long warnings = 0;
    for (WorkbookResult r : results) {
      errors += r.errors();
      warnings += r.warnings();
      String unit =
          r.unit() == null
              ? m.get("cli.unit.none")
              : r.unit().name() + " (" + r.unit().code() + ")";
      sb.append(m.get("cli.file.summary", r.file(), unit, r.errors(), r.warnings())).append('\n');
      String sheet = "\u0000";
      int hidden = 0;
      for (Finding f : r.findings()) {
        if (f.severity() == Severity.INFO && !showInfo) {
          hidden++;
          continue;
        }
        if (!Objects.equals(sheet, f.sheet())) {
          sheet = f.sheet();
          sb.append("  ").append(sheet == null ? m.get("cli.sheet.none") : sheet).append('\n');
        }
        String where =
            f.cell() != null ? f.cell() : f.row() != null ? m.get("cli.row", f.row()) : "";
        sb.append(
            String.format(
                "    %-6s %-9s %s [%s]%n",
                where, m.severity(f.severity()), m.finding(f), f.rule()));
      }
      if (hidden > 0) {
        sb.append("  ").append(m.get("cli.info.hidden", hidden)).append('\n');
      }
    }
    if (results.size() > 1) {
      sb.append(m.get("cli.total", results.size(), errors, warnings)).append('\n');
    }
    return sb.toString();
  }

  /** Exactly the shape of spec/cli.md "validate --format json". */
  public static String json(List<WorkbookResult> results, Messages m) {
    List<Object> files = new ArrayList<>();
    long errors = 0;
    long warnings = 0;
    for (WorkbookResult r : results) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", r.file());
      file.put("unit", r.unit() == null ? null : r.unit().code());
      file.put("errors", r.errors());
      file.put("warnings", r.warnings());
      List<Object> findings = new ArrayList<>();
      for (Finding f : r.findings()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("severity", f.severity().id());
        o.put("rule", f.rule());
        o.put("sheet", f.sheet());
        o.put("cell", f.cell());
        o.put("row", f.row());
        o.put("column", f.column());
        o.put("value", f.value());
        o.put("message", m.finding(f));
        findings.add(o);
      }
      file.put("findings", findings);
      files.add(file);
      errors += r.errors();
      warnings += r.warnings();
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("files", files);
    root.put("errors", errors);
    root.put("warnings", warnings);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
