package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Two written CSV files the same: same lines and fields, numeric fields within {@link SameRun#RELATIVE}. */
final class SameCsv {
  private SameCsv() {}

  /**
   * @param name the file, for messages
   * @param want the local engine's lines
   * @param got the Spark engine's lines
   */
  static void assertSame(String name, List<String> want, List<String> got) {
    assertEquals(want.size(), got.size(), name + ": lines");
    for (int i = 0; i < want.size(); i++) {
      String[] w = want.get(i).split(",", -1);
      String[] g = got.get(i).split(",", -1);
      assertEquals(w.length, g.length, name + " line " + i);
      for (int j = 0; j < w.length; j++) {
        Double wd = number(w[j]);
        Double gd = number(g[j]);
        if (wd != null && gd != null) {
          SameRun.assertClose(wd, gd, name + " line " + i + " field " + j);
        } else {
          assertEquals(w[j], g[j], name + " line " + i + " field " + j);
        }
      }
    }
  }

  private static Double number(String s) {
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
