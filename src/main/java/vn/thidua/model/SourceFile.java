package vn.thidua.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A file a province run found, and what it did with it: an entry of {@code tong-hop.json}'s "files"
 * and of the reports' list of sources (spec/cli.md "The province inbox").
 *
 * @param file its name relative to the argument it was found under ("tan-yen.xlsx",
 *     "khoi-co-quan/")
 * @param unit the unit code it reports for, or null
 * @param reportDate its plausible report date, or null
 * @param sha256 hex digest of its bytes (of every CSV file, in name order, for a folder); null when
 *     it was not read
 * @param outcome what was done with it
 * @param reason why, in words of the messages bundle; null for a file used
 * @param errors its errors
 * @param warnings its warnings
 */
public record SourceFile(
    String file,
    String unit,
    LocalDate reportDate,
    String sha256,
    Outcome outcome,
    Phrase reason,
    long errors,
    long warnings) {

  /** What was done with a file. */
  public enum Outcome {
    /** Its figures are its unit's. */
    USED,
    /** A version of its unit other than the one used: its rows are rejected. */
    SUPERSEDED,
    /** Not a unit's report (a lock file, one of thidua's own, a blank template...). */
    SKIPPED,
    /** It could not be read. */
    UNREADABLE,
    /** Its unit cannot be told: its rows are rejected. */
    NO_UNIT;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A file left out without being read. */
  public static SourceFile skipped(String file, Phrase reason) {
    return new SourceFile(file, null, null, null, Outcome.SKIPPED, reason, 0, 0);
  }

  /** Whether its rows entered the figures. */
  public boolean used() {
    return outcome == Outcome.USED;
  }

  /** Whether it could be read. */
  public boolean readable() {
    return outcome != Outcome.UNREADABLE;
  }
}
