package dev.kpikit.cli;

import dev.kpikit.config.ConfigIssue;
import dev.kpikit.load.DataException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The config's unknown keys and names: each a warning, or with {@code --strict} an error (exit 3,
 * the code of a bad config) before anything is read or written.
 */
final class ConfigWarnings {
  /** The option's description, the same on every command that reads a config. */
  static final String STRICT_HELP =
      "Unknown keys, datasets, KPIs and balances in kpikit.yaml are errors (exit 3) instead of warnings.";

  private ConfigWarnings() {}

  /**
   * @param issues the config's issues
   * @param strict true to refuse a config with issues
   * @param warn shows one warning line (each issue names file, line, column and the nearest name)
   * @throws DataException with {@code strict} when there are issues
   */
  static void check(List<ConfigIssue> issues, boolean strict, Consumer<String> warn) {
    if (strict && !issues.isEmpty()) {
      throw new DataException(ConfigIssue.summary(issues));
    }
    issues.forEach(i -> warn.accept(i.toString()));
  }
}
