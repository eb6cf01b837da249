package vn.thidua.summary;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.check.RowObserver;
import vn.thidua.check.RowVerdict;
import vn.thidua.model.Config;
import vn.thidua.model.TableRow;
import vn.thidua.model.TableSpec;

/** Tallies one workbook's rows per table as the check passes them on. */
public final class FileTally implements RowObserver {
  private final String file;
  private final Map<String, TableTally> tables = new LinkedHashMap<>();

  public FileTally(Config config, String file) {
    this.file = file;
    for (TableSpec t : config.tables()) {
      if (t.summary() != null) {
        tables.put(t.key(), new TableTally(t));
      }
    }
  }

  @Override
  public void checked(TableRow row, RowVerdict verdict) {
    TableTally t = tables.get(row.table());
    if (t != null) {
      t.add(row, verdict, file);
    }
  }

  TableTally table(String key) {
    return tables.get(key);
  }

  /** Data rows read, of every table. */
  public long rows() {
    return tables.values().stream().mapToLong(t -> t.rows).sum();
  }
}
