package vn.thidua.model;

import java.time.LocalDate;

/**
 * A workbook the summary was made from.
 *
 * @param file its name relative to the input ("tan-yen.xlsx", "khoi-co-quan/")
 * @param unit the unit code it claims, or null
 * @param reportDate its report date, or null
 * @param sha256 hex digest of its bytes (of every CSV file, in name order, for a folder)
 * @param used whether its rows entered the figures
 * @param readable whether it could be read
 * @param errors its errors
 * @param warnings its warnings
 */
public record SourceFile(
    String file,
    String unit,
    LocalDate reportDate,
    String sha256,
    boolean used,
    boolean readable,
    long errors,
    long warnings) {}
