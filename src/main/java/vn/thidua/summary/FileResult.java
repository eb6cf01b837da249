package vn.thidua.summary;

import vn.thidua.model.WorkbookResult;

/**
 * One workbook as consolidation sees it.
 *
 * @param name its name relative to the input ("tan-yen.xlsx", "khoi-co-quan/")
 * @param result validating it
 * @param claimedUnit the unit code it reports for (for an unreadable file: the unit its name
 *     suggests), or null
 * @param sha256 hex digest of its content
 * @param tally its rows, counted
 * @param fileTime the file's modification time (a CSV folder's newest file), or null
 */
public record FileResult(
    String name,
    WorkbookResult result,
    String claimedUnit,
    String sha256,
    FileTally tally,
    java.time.Instant fileTime) {}
