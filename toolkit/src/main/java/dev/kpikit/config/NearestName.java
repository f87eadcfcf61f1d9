package dev.kpikit.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name a misspelt one was most likely meant to be, by edit distance. */
final class NearestName {
  private NearestName() {}

  /**
   * @param name the name given
   * @param known the valid names
   * @return the known name with the fewest single-character insertions, deletions, substitutions
   *     and swaps of two neighbours (case ignored) from {@code name}, if that is at most a third of
   *     its length (at least 2): {@code marketing_spnd} gives {@code marketing_spend}, {@code foo}
   *     gives nothing. Ties go to the first in {@code known}'s order.
   */
  static Optional<String> of(String name, Collection<String> known) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wanted, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
