package vn.thidua.model;

/** The types a cell is read as. */
public enum ValueType {
  /** Free text, NFC. */
  TEXT,
  /** A whole number. */
  INTEGER,
  /** A decimal number (million VND). */
  NUMBER,
  /** A length in metres; "0,6 km" is 600. */
  LENGTH,
  /** A whole number where a yes mark ("x") counts as one. */
  COUNT,
  /** Yes/no; blank is no. */
  YESNO,
  /** A date, day first. */
  DATE,
  /** One of a named list of choices. */
  CHOICE;

  public boolean numeric() {
    return this == INTEGER || this == NUMBER || this == LENGTH || this == COUNT;
  }
}
