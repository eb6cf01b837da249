package vn.thidua.read.source;

/**
 * A sheet of a workbook (or one CSV file of a CSV folder).
 *
 * @param index 0-based position in the workbook (CSV folder: in file-name order)
 * @param name the sheet name as in the file (CSV: the file name without ".csv"), NFC
 * @param hidden hidden or very hidden
 */
public record SheetInfo(int index, String name, boolean hidden) {}
