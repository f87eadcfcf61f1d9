package dev.kpikit.config;

import java.util.List;

/**
 * A mistake in {@code kpikit.yaml} that does not stop a run: an unknown key, dataset, KPI (under
 * {@code targets}) or balance (under {@code bands}), whose value kpikit ignores. Shown as a warning,
 * or an error with {@code --strict}.
 *
 * @param file the config file, as given
 * @param line the 1-based line of the key
 * @param column the 1-based column of the key
 * @param message what is wrong and, where a known name is close, which one was probably meant,
 *     e.g. {@code unknown dataset `marketing_spnd` in datasets; did you mean `marketing_spend`?}
 * @since 0.1.0
 */
public record ConfigIssue(String file, int line, int column, String message) {

  /**
   * @param issues one or more issues
   * @return the first issue, and how many more there are, as one line
   */
  public static String summary(List<ConfigIssue> issues) {
    int more = issues.size() - 1;
    return issues.get(0) + (more == 0 ? "" : " (and " + more + " more config problem" + (more == 1 ? "" : "s") + ")");
  }

  /** @return {@code file:line:column: message}, the form compilers and editors understand */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
