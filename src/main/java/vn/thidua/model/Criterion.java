package vn.thidua.model;

/**
 * A nomination criterion.
 *
 * @param code "TC1"
 * @param column the column key that marks it ("tc1")
 * @param text what it means
 */
public record Criterion(String code, String column, String text) {}
