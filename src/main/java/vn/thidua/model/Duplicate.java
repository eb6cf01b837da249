package vn.thidua.model;

/**
 * One entry of a collective or person nominated more than once, within a unit or across units.
 *
 * @param table the table key ("nominations")
 * @param unit unit code
 * @param sheet sheet name
 * @param row 1-based row
 * @param name the name as written
 * @param kind the nomination kind code ("individual")
 */
public record Duplicate(
    String table, String unit, String sheet, int row, String name, String kind) {}
