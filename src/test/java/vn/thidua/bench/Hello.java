package vn.thidua.bench;

/** A bare JVM start: the baseline every start-up is measured against. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("xin chào");
  }
}
