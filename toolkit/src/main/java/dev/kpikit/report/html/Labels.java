package dev.kpikit.report.html;

import java.util.Locale;

/** Human labels for snake_case names ({@code gross_margin_pct} → {@code Gross margin %}). */
final class Labels {
  private Labels() {}

  /**
   * @param name a snake_case metric, balance or dataset name
   * @return the name as words with a capital first letter; known abbreviations in capitals
   */
  static String metric(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String words = " " + name.replace('_', ' ') + " ";
    words = words.replace(" pct ", " % ").replace(" rnd ", " R&D ");
    for (String abbr : new String[] {"cac", "ltv", "aov", "mrr", "nrr", "grr", "arpa", "dio", "ttm", "kpi"}) {
      words = words.replace(" " + abbr + " ", " " + abbr.toUpperCase(Locale.ROOT) + " ");
    }
    words = words.replace("LTV CAC", "LTV:CAC").trim();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
