package vn.thidua.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** An inclusive date range. */
public record Window(LocalDate from, LocalDate to) {

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /** A month-only date is inside when its month overlaps the window. */
  public boolean contains(YearMonth m) {
    return !m.atEndOfMonth().isBefore(from) && !m.atDay(1).isAfter(to);
  }
}
