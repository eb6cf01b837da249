package vn.thidua.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.CellValue;
import vn.thidua.model.Config;
import vn.thidua.model.Cover;
import vn.thidua.model.Rule;
import vn.thidua.model.TableLayout;
import vn.thidua.model.TableSpec;
import vn.thidua.model.Unit;
import vn.thidua.model.UnitResolution;
import vn.thidua.model.WorkbookListener;
import vn.thidua.read.source.RawCell;
import vn.thidua.read.source.RawRow;
import vn.thidua.read.source.ReadErrors;
import vn.thidua.read.source.ReadException;
import vn.thidua.read.source.SheetInfo;
import vn.thidua.read.source.SheetReader;
import vn.thidua.read.source.WorkbookProperties;
import vn.thidua.read.source.WorkbookSource;
import vn.thidua.read.source.WorkbookSources;

/**
 * Reads a district workbook as districts really fill it in and streams it to a listener: finds the
 * cover and the tables (by sheet name, or by header row), tells the unit, and hands over the rows
 * one at a time. A first pass looks only at the first rows of every sheet; the second streams the
 * sheets that matter.
 */
public final class WorkbookReader {
  private final Config config;
  private final List<TableMatcher> matchers = new ArrayList<>();
  private final CellReader cells;
  private final CoverReader cover;
  private final RowKinds kinds;
  private final UnitMatcher units;

  public WorkbookReader(Config config) {
    this.config = config;
    config.tables().forEach(t -> matchers.add(new TableMatcher(t, config.reading())));
    this.cells = new CellReader(config);
    this.cover = new CoverReader(config.cover(), cells);
    this.kinds = new RowKinds(config.reading());
    this.units = new UnitMatcher(config);
  }

  /**
   * Reads one workbook.
   *
   * @param path the .xlsx, .xls or CSV folder
   * @param file the name findings carry (as the user gave it)
   * @throws ReadException when the file cannot be read at all, or holds none of the tables
   */
  public void read(Path path, String file, ReadOptions options, WorkbookListener out)
      throws ReadException {
    List<SheetPlan> plans = new ArrayList<>();
    // The sheet being read, so that a failure can say where the file is damaged.
    String sheetRead = null;
    try (WorkbookSource source = WorkbookSources.open(path, options.password())) {
      WorkbookProperties properties = properties(source);
      out.properties(properties.mark(), properties.saved());
      Fingerprint fingerprint = new Fingerprint();
      for (SheetInfo sheet : source.sheets()) {
        sheetRead = sheet.name();
        plans.add(plan(source, sheet));
      }
      sheetRead = null;
      List<SheetPlan> tables = chooseTables(plans, file, out);
      if (tables.isEmpty()) {
        throw new ReadException(
            Rule.FILE_NOT_REPORT.id(),
            file,
            String.join(", ", config.tables().stream().map(TableSpec::name).toList()));
      }
      SheetPlan coverPlan =
          plans.stream().filter(p -> p.kind() == SheetPlan.Kind.COVER).findFirst().orElse(null);
      for (SheetPlan p : plans) {
        if (p.kind() == SheetPlan.Kind.IGNORED
            || (p.kind() == SheetPlan.Kind.COVER && p != coverPlan)) {
          out.finding(
              Locations.sheet(
                  file,
                  p.sheet().name(),
                  p.sheet().index(),
                  null,
                  Rule.SHEET_IGNORED,
                  p.sheet().name()));
        }
      }
      sheetRead = coverPlan == null ? null : coverPlan.sheet().name();
      Cover c = readCover(coverPlan, file, fingerprint, out);
      out.cover(c);
      sheetRead = null;
      out.unit(resolveUnit(c, tables, path, file, options, out));
      for (SheetPlan p : tables) {
        sheetRead = p.sheet().name();
        readTable(p, file, fingerprint, out);
      }
      sheetRead = null;
      missingTables(plans, tables, file, out);
      out.fingerprint(fingerprint.hex());
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever a library throws on a damaged file (or thidua on a case it did not foresee)
      // becomes a finding about this file; the other files of a run go on.
      throw ReadErrors.failure(file, sheetRead, e);
    } finally {
      plans.forEach(SheetPlan::close);
    }
  }

  /** The workbook's properties; whatever goes wrong there leaves them unknown, never the file. */
  private static WorkbookProperties properties(WorkbookSource source) {
    try {
      return source.properties();
    } catch (RuntimeException e) {
      return WorkbookProperties.NONE;
    }
  }

  private SheetPlan plan(WorkbookSource source, SheetInfo sheet) throws ReadException {
    int maxRows = config.reading().headerRowsMax();
    List<RawRow> prefix = new ArrayList<>();
    SheetReader reader = source.open(sheet);
    List<vn.thidua.read.source.Merge> merges = reader.merges();
    boolean kept = false;
    try {
      while (reader.hasNext()) {
        RawRow row = reader.next();
        // The row past the limit is kept too: the reader has moved beyond it.
        prefix.add(row);
        if (row.index() >= maxRows + 3) {
          break;
        }
      }
      SheetPlan plan = classify(sheet, prefix, merges, reader);
      kept = plan.reader() != null;
      return plan;
    } finally {
      if (!kept) {
        reader.close();
      }
    }
  }

  /** Decides what a sheet is from its first rows; only a cover or a table keeps its reader. */
  private SheetPlan classify(
      SheetInfo sheet,
      List<RawRow> prefix,
      List<vn.thidua.read.source.Merge> merges,
      SheetReader reader) {
    int maxRows = config.reading().headerRowsMax();
    SheetText text = new SheetText();
    List<String> samples = new ArrayList<>();
    prefix.forEach(
        row ->
            row.cells()
                .forEach(
                    c -> {
                      if (c.kind() == RawCell.Kind.STRING) {
                        samples.add(c.text());
                      }
                    }));
    text.learn(samples);
    List<RawRow> decoded = new ArrayList<>();
    for (RawRow row : prefix) {
      List<RawCell> cs = new ArrayList<>();
      row.cells().forEach(c -> cs.add(text.decode(c)));
      decoded.add(new RawRow(row.index(), row.hidden(), cs));
    }
    Grid grid = new Grid(decoded, merges, text);

    if (cover.matchesSheetName(sheet.name())) {
      return new SheetPlan(
          sheet, SheetPlan.Kind.COVER, null, null, text, merges, List.of(), prefix, reader);
    }
    TableMatcher named = null;
    for (TableMatcher m : matchers) {
      if (m.matchesSheetName(sheet.name())) {
        named = m;
        HeaderMatch h = m.find(grid, maxRows, true);
        if (h != null) {
          return new SheetPlan(
              sheet,
              SheetPlan.Kind.TABLE,
              m,
              h,
              text,
              merges,
              titleLines(grid, h, text),
              prefix,
              reader);
        }
      }
    }
    if (named == null && cover.labels(decoded, text) >= 2) {
      return new SheetPlan(
          sheet, SheetPlan.Kind.COVER, null, null, text, merges, List.of(), prefix, reader);
    }
    TableMatcher best = null;
    HeaderMatch bestHeader = null;
    for (TableMatcher m : matchers) {
      HeaderMatch h = m.find(grid, maxRows, false);
      if (h != null && (bestHeader == null || better(h, m, bestHeader, best))) {
        best = m;
        bestHeader = h;
      }
    }
    if (best != null) {
      return new SheetPlan(
          sheet,
          SheetPlan.Kind.TABLE,
          best,
          bestHeader,
          text,
          merges,
          titleLines(grid, bestHeader, text),
          prefix,
          reader);
    }
    if (named != null) {
      return new SheetPlan(
          sheet, SheetPlan.Kind.NO_HEADER, named, null, text, merges, List.of(), prefix, null);
    }
    return new SheetPlan(
        sheet, SheetPlan.Kind.IGNORED, null, null, text, merges, List.of(), prefix, null);
  }

  /** The match naming a larger share of its table's required columns, then more columns. */
  private static boolean better(HeaderMatch h, TableMatcher m, HeaderMatch other, TableMatcher om) {
    double share = (double) h.requiredFound() / Math.max(1, m.spec().requiredColumns().size());
    double otherShare =
        (double) other.requiredFound() / Math.max(1, om.spec().requiredColumns().size());
    return share != otherShare ? share > otherShare : h.columns().size() > other.columns().size();
  }

  /** The texts above the header, cleaned: a unit line padded with spaces still names its unit. */
  private static List<String> titleLines(Grid grid, HeaderMatch h, SheetText text) {
    List<String> lines = new ArrayList<>();
    grid.rows()
        .forEach(
            (index, row) -> {
              if (index < h.headerRow()) {
                row.cells()
                    .forEach(
                        c -> {
                          if (c.kind() == RawCell.Kind.STRING) {
                            lines.add(text.clean(c.text()));
                          }
                        });
              }
            });
    return lines;
  }

  /** One sheet per table: a sheet known by name wins over one found by its header, then order. */
  private static List<SheetPlan> chooseTables(
      List<SheetPlan> plans, String file, WorkbookListener out) {
    Map<String, SheetPlan> chosen = new HashMap<>();
    for (SheetPlan p : plans) {
      if (p.kind() != SheetPlan.Kind.TABLE) {
        continue;
      }
      String key = p.table().spec().key();
      SheetPlan other = chosen.get(key);
      boolean byName = p.table().matchesSheetName(p.sheet().name());
      if (other == null || (byName && !other.table().matchesSheetName(other.sheet().name()))) {
        chosen.put(key, p);
      }
    }
    List<SheetPlan> tables = new ArrayList<>();
    for (SheetPlan p : plans) {
      if (p.kind() != SheetPlan.Kind.TABLE) {
        continue;
      }
      SheetPlan kept = chosen.get(p.table().spec().key());
      if (kept == p) {
        tables.add(p);
      } else {
        out.finding(
            Locations.sheet(
                file,
                p.sheet().name(),
                p.sheet().index(),
                null,
                Rule.TABLE_DUPLICATE,
                p.table().spec().name(),
                kept.sheet().name()));
      }
    }
    return tables;
  }

  private Cover readCover(
      SheetPlan plan, String file, Fingerprint fingerprint, WorkbookListener out)
      throws ReadException {
    if (plan == null) {
      out.finding(Locations.file(file, Rule.COVER_MISSING, config.cover().name()));
      return Cover.absent();
    }
    Cover c;
    c =
        cover.read(
            plan.sheet().name(),
            plan.sheet().index(),
            fingerprint.sheet(plan.sheet().name(), plan.rows()),
            plan.text());
    plan.close();
    tcvn3Warning(plan, file, out);
    return c;
  }

  private UnitResolution resolveUnit(
      Cover c,
      List<SheetPlan> tables,
      Path path,
      String file,
      ReadOptions options,
      WorkbookListener out) {
    if (options.unitCode() != null) {
      return new UnitResolution(config.unit(options.unitCode()).orElse(null), "option");
    }
    CellValue coverCell = c.fields().get("unit");
    Unit fromCover = coverCell == null ? null : units.find(coverCell.written());
    Unit fromTitle = null;
    for (SheetPlan p : tables) {
      for (String line : p.titleLines()) {
        fromTitle = units.find(line);
        if (fromTitle != null) {
          break;
        }
      }
      if (fromTitle != null) {
        break;
      }
    }
    if (fromCover != null) {
      if (fromTitle != null && fromTitle != fromCover) {
        out.finding(
            coverUnitFinding(
                file, c, coverCell, Rule.UNIT_CONFLICT, fromCover.name(), fromTitle.name()));
      }
      return new UnitResolution(fromCover, "cover");
    }
    if (coverCell != null && coverCell.written() != null) {
      out.finding(
          coverUnitFinding(file, c, coverCell, Rule.UNIT_COVER_UNKNOWN, coverCell.written()));
    }
    if (fromTitle != null) {
      return new UnitResolution(fromTitle, "title");
    }
    Path name = path.getFileName();
    String base = name == null ? "" : name.toString().replaceFirst("\\.[^.]+$", "");
    Unit fromFile = units.find(base);
    if (fromFile != null) {
      return new UnitResolution(fromFile, "file");
    }
    out.finding(Locations.file(file, Rule.UNIT_UNKNOWN, file));
    return new UnitResolution(null, "none");
  }

  private static vn.thidua.model.Finding coverUnitFinding(
      String file, Cover c, CellValue cell, Rule rule, Object... args) {
    return Locations.cell(
        file,
        c.sheet(),
        c.sheetIndex(),
        cell.row() - 1,
        cell.col(),
        "unit",
        cell.written(),
        rule,
        args);
  }

  private void readTable(SheetPlan p, String file, Fingerprint fingerprint, WorkbookListener out)
      throws ReadException {
    TableSpec spec = p.table().spec();
    HeaderMatch h = p.header();
    List<String> missing = new ArrayList<>();
    spec.columns()
        .forEach(
            col -> {
              if (!h.columns().containsKey(col.key())) {
                missing.add(col.key());
              }
            });
    TableLayout layout =
        new TableLayout(
            spec,
            p.sheet().name(),
            p.sheet().index(),
            h.headerRow() + 1,
            h.headerRows(),
            h.columns(),
            missing,
            p.table().matchesSheetName(p.sheet().name()));
    if (!h.extras().isEmpty()) {
      // One finding per sheet, however wide: a sheet may use all 16,384 columns.
      HeaderMatch.HeaderCell first = h.extras().get(0);
      List<String> names = new ArrayList<>();
      for (HeaderMatch.HeaderCell x : h.extras().subList(0, Math.min(10, h.extras().size()))) {
        names.add("\"" + x.text() + "\"");
      }
      out.finding(
          Locations.cell(
              file,
              layout.sheet(),
              layout.sheetIndex(),
              first.row(),
              first.col(),
              null,
              first.text(),
              Rule.COLUMN_EXTRA,
              String.join(", ", names) + (h.extras().size() > 10 ? ", …" : ""),
              spec.name(),
              h.extras().size()));
    }
    for (HeaderMatch.HeaderCell x : h.duplicates()) {
      out.finding(
          Locations.cell(
              file,
              layout.sheet(),
              layout.sheetIndex(),
              x.row(),
              x.col(),
              x.key(),
              x.text(),
              Rule.COLUMN_DUPLICATE,
              x.text(),
              spec.name()));
    }
    for (var col : spec.requiredColumns()) {
      if (missing.contains(col.key())) {
        out.finding(
            Locations.sheet(
                file,
                layout.sheet(),
                layout.sheetIndex(),
                col.key(),
                Rule.COLUMN_MISSING,
                col.header(),
                spec.name()));
      }
    }
    out.tableStart(layout);
    try (Prefetch rows = new Prefetch(p.rows(), p.sheet().name())) {
      new TableStreamer(
              file,
              layout,
              h,
              p.text(),
              p.merges(),
              kinds,
              cells,
              config.reading().blankRowsEnd(),
              p.lastValueRow(),
              out)
          // Hashed as the streamer takes them, not as the parsing thread reads ahead: the rows
          // below the table's end are not data, and how far that thread got varies.
          .run(fingerprint.sheet(p.sheet().name(), rows));
    }
    p.close();
    out.tableEnd(layout);
    tcvn3Warning(p, file, out);
  }

  private static void tcvn3Warning(SheetPlan p, String file, WorkbookListener out) {
    if (p.text().converted()) {
      out.finding(
          Locations.sheet(file, p.sheet().name(), p.sheet().index(), null, Rule.SHEET_TCVN3));
    }
  }

  /** Config order, so "Biểu 2 not found" comes before "Biểu 4 not found". */
  private void missingTables(
      List<SheetPlan> plans, List<SheetPlan> tables, String file, WorkbookListener out) {
    Set<String> found = new HashSet<>();
    tables.forEach(t -> found.add(t.table().spec().key()));
    Map<String, SheetPlan> headerless = new LinkedHashMap<>();
    plans.stream()
        .filter(p -> p.kind() == SheetPlan.Kind.NO_HEADER)
        .forEach(p -> headerless.putIfAbsent(p.table().spec().key(), p));
    for (TableSpec spec : config.tables()) {
      if (found.contains(spec.key())) {
        continue;
      }
      SheetPlan p = headerless.get(spec.key());
      if (p != null) {
        out.finding(
            Locations.sheet(
                file,
                p.sheet().name(),
                p.sheet().index(),
                null,
                Rule.TABLE_HEADER_MISSING,
                spec.name(),
                config.reading().headerRowsMax()));
      } else {
        out.finding(Locations.file(file, Rule.TABLE_MISSING, spec.name()));
      }
    }
  }
}
