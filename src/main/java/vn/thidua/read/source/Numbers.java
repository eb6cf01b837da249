package vn.thidua.read.source;

/** Number parsing straight from a text buffer, so the xlsx row loop makes no String per value. */
final class Numbers {
  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Numbers() {}

  /**
   * A decimal number in XML Schema form ("12", "-0.5", "1.2E-3"). Short numbers, which are nearly
   * all of them, take Clinger's fast path: a mantissa of at most 2^53 and a power of ten of at most
   * 10^22 are exact doubles, so one multiplication or division rounds correctly. The rest go
   * through {@link Double#parseDouble}.
   *
   * @throws NumberFormatException when the text is not a number
   */
  static double parseDouble(CharSequence s) {
    int i = 0;
    int n = s.length();
    while (i < n && s.charAt(i) <= ' ') {
      i++;
    }
    while (n > i && s.charAt(n - 1) <= ' ') {
      n--;
    }
    if (i == n) {
      throw new NumberFormatException("empty number");
    }
    boolean neg = false;
    char c = s.charAt(i);
    if (c == '-' || c == '+') {
      neg = c == '-';
      i++;
    }
    long mantissa = 0;
    int exp = 0;
    boolean digits = false;
    boolean dot = false;
    for (; i < n; i++) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
        mantissa = mantissa * 10 + (c - '0');
        if (mantissa > MAX_EXACT) {
          return slow(s);
        }
        if (dot) {
          exp--;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (!digits) {
      return slow(s);
    }
    if (i < n) {
      if (c != 'e' && c != 'E' || ++i == n) {
        return slow(s);
      }
      boolean expNeg = false;
      c = s.charAt(i);
      if (c == '-' || c == '+') {
        expNeg = c == '-';
        i++;
      }
      int e = 0;
      int start = i;
      for (; i < n && e < 1000; i++) {
        c = s.charAt(i);
        if (c < '0' || c > '9') {
          return slow(s);
        }
        e = e * 10 + (c - '0');
      }
      if (i != n || i == start) {
        return slow(s);
      }
      exp += expNeg ? -e : e;
    }
    double v;
    if (exp == 0) {
      v = mantissa;
    } else if (exp > 0 && exp < POW10.length) {
      v = mantissa * POW10[exp];
    } else if (exp < 0 && -exp < POW10.length) {
      v = mantissa / POW10[-exp];
    } else {
      return slow(s);
    }
    return neg ? -v : v;
  }

  private static double slow(CharSequence s) {
    return Double.parseDouble(s.toString().trim());
  }

  /**
   * A non-negative int such as a shared-string index.
   *
   * @throws NumberFormatException when the text is not one
   */
  static int parseIndex(CharSequence s) {
    int i = 0;
    int n = s.length();
    while (i < n && s.charAt(i) <= ' ') {
      i++;
    }
    while (n > i && s.charAt(n - 1) <= ' ') {
      n--;
    }
    if (i == n) {
      throw new NumberFormatException("empty index");
    }
    long v = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9' || (v = v * 10 + (c - '0')) > Integer.MAX_VALUE) {
        throw new NumberFormatException("bad index: " + s);
      }
    }
    return (int) v;
  }
}
