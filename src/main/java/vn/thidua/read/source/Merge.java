package vn.thidua.read.source;

/** A merged cell region, 0-based and inclusive. */
public record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {

  public boolean contains(int row, int col) {
    return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
  }
}
