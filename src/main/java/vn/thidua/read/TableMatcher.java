package vn.thidua.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.model.ColumnSpec;
import vn.thidua.model.GroupSpec;
import vn.thidua.model.Reading;
import vn.thidua.model.TableSpec;
import vn.thidua.read.HeaderMatch.HeaderCell;
import vn.thidua.read.text.Text;

/**
 * Recognises one table: by its sheet name, or by a header row that names its columns. Header texts
 * are compared folded (case, spacing, line breaks and diacritics ignored). In a two-row header, a
 * sub-header is matched together with the group cell over it ("Kinh phí (triệu đồng)" over "Hội" is
 * fund_union).
 */
final class TableMatcher {
  private final TableSpec spec;
  private final Set<String> sheetNames = new HashSet<>();
  private final Map<String, String> single = new HashMap<>();
  private final Map<String, String> grouped = new HashMap<>();
  private final Set<String> groupHeaders = new HashSet<>();
  private final Set<String> indexHeaders = new HashSet<>();
  private final int requiredCount;

  TableMatcher(TableSpec spec, Reading reading) {
    this.spec = spec;
    sheetNames.add(Text.fold(spec.name()));
    spec.aliases().forEach(a -> sheetNames.add(Text.fold(a)));
    reading.indexHeaders().forEach(h -> indexHeaders.add(Text.fold(h)));
    for (ColumnSpec c : spec.columns()) {
      single.putIfAbsent(Text.fold(c.header()), c.key());
      c.aliases().forEach(a -> single.putIfAbsent(Text.fold(a), c.key()));
      GroupSpec g = c.group() == null ? null : spec.groups().get(c.group());
      if (g == null) {
        continue;
      }
      List<String> groupForms = new ArrayList<>(g.aliases());
      groupForms.add(0, g.header());
      List<String> subForms = new ArrayList<>();
      subForms.add(c.sub() == null ? c.header() : c.sub());
      subForms.addAll(c.subAliases());
      subForms.addAll(c.aliases());
      for (String gf : groupForms) {
        groupHeaders.add(Text.fold(gf));
        for (String sf : subForms) {
          grouped.putIfAbsent(Text.fold(gf + " " + sf), c.key());
        }
      }
    }
    requiredCount = spec.requiredColumns().size();
  }

  TableSpec spec() {
    return spec;
  }

  boolean matchesSheetName(String sheetName) {
    return sheetNames.contains(Text.fold(sheetName));
  }

  /**
   * The best header row within the first rows. A sheet known by its name needs only two matching
   * columns (missing required columns are then reported); a sheet found by its header alone must
   * name at least two thirds of the required columns, so that tables are not confused.
   */
  HeaderMatch find(Grid grid, int maxRows, boolean byName) {
    for (Map.Entry<Integer, ?> e : grid.rows().entrySet()) {
      int h = e.getKey();
      if (h >= maxRows) {
        break;
      }
      HeaderMatch one = match(grid, h, -1);
      HeaderMatch two = grid.row(h + 1) == null ? null : match(grid, h, h + 1);
      HeaderMatch best = two != null && two.columns().size() > one.columns().size() ? two : one;
      if (acceptable(best, byName)) {
        return best;
      }
    }
    return null;
  }

  private boolean acceptable(HeaderMatch m, boolean byName) {
    if (m.columns().size() < 2) {
      return false;
    }
    if (byName) {
      return true;
    }
    return m.requiredFound() * 3 >= requiredCount * 2;
  }

  private HeaderMatch match(Grid grid, int h, int b) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<HeaderCell> extras = new ArrayList<>();
    List<HeaderCell> duplicates = new ArrayList<>();
    int indexCol = -1;
    int last = Math.max(grid.lastCol(h), b < 0 ? -1 : grid.lastCol(b));
    String groupLeft = null;
    String groupLeftKey = null;
    // In a two-row header the top row must say something: a group, or a header merged down.
    // Otherwise it is a title line above a header, however it is merged.
    boolean topSpeaks = b < 0;
    for (int j = 0; j <= last; j++) {
      String top = grid.text(h, j);
      String bottom = b < 0 ? null : grid.text(b, j);
      // Only a text's head is folded (Text.foldKey), once per text shared by many cells; a
      // group's key with a sub-header's is the key of the two texts joined, without joining them.
      String topKey = grid.key(top);
      if (top != null && groupHeaders.contains(topKey)) {
        groupLeft = top;
        groupLeftKey = topKey;
        topSpeaks = true;
      } else if (top != null) {
        groupLeft = null;
        groupLeftKey = null;
      }
      String key;
      String shownKey;
      HeaderCell cell;
      if (bottom != null && !bottom.equals(top)) {
        // An unmerged group cell names only its first column: later sub-headers inherit it.
        String group = top != null ? top : groupLeft;
        String groupKey = top != null ? topKey : groupLeftKey;
        String bottomKey = grid.key(bottom);
        shownKey = group == null ? bottomKey : Text.joinKeys(groupKey, bottomKey);
        key = group == null ? null : grouped.get(shownKey);
        if (key == null) {
          key = single.get(bottomKey);
        }
        cell = new HeaderCell(b, j, group, bottom, key);
      } else if (top != null) {
        key = single.get(topKey);
        shownKey = topKey;
        cell = new HeaderCell(h, j, null, top, key);
        topSpeaks = true;
      } else {
        continue;
      }
      if (key == null && (indexHeaders.contains(topKey) || indexHeaders.contains(shownKey))) {
        if (indexCol < 0) {
          indexCol = j;
        }
        continue;
      }
      if (key == null) {
        extras.add(cell);
      } else if (columns.containsKey(key)) {
        duplicates.add(cell);
      } else {
        columns.put(key, j);
      }
    }
    if (!topSpeaks) {
      return new HeaderMatch(h, 2, Map.of(), -1, List.of(), List.of(), 0);
    }
    int required = 0;
    for (ColumnSpec c : spec.requiredColumns()) {
      if (columns.containsKey(c.key())) {
        required++;
      }
    }
    return new HeaderMatch(h, b < 0 ? 1 : 2, columns, indexCol, extras, duplicates, required);
  }
}
