package dev.kpikit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Finds a {@link LoadEngine} by name: {@code local} is built in; any other comes from a jar on the
 * class path that registers it under {@code META-INF/services/dev.kpikit.LoadEngine} (kpikit-spark
 * registers {@code spark}). The toolkit has no compile-time dependency on any engine.
 *
 * @since 0.1.0
 */
public final class LoadEngines {
  /** The built-in engine's name: read every file in this JVM. */
  public static final String LOCAL = "local";

  private LoadEngines() {}

  /**
   * @param name an engine name, case-insensitive ({@code local}, {@code spark})
   * @return the engine, or null for {@link #LOCAL} (a business reads locally by default)
   * @throws IllegalArgumentException with one line naming the engines found when there is no such engine on
   *     the class path
   */
  public static LoadEngine named(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals(LOCAL)) {
      return null;
    }
    List<String> found = new ArrayList<>();
    found.add(LOCAL);
    for (LoadEngine e : ServiceLoader.load(LoadEngine.class)) {
      if (e.name().equals(wanted)) {
        return e;
      }
      found.add(e.name());
    }
    throw new IllegalArgumentException(
        "engine '" + name + "' is not on the class path (found: " + String.join(", ", found) + ")"
            + (wanted.equals("spark")
                ? "; add kpikit-spark and Spark 4 (spark-sql_2.13) to the class path, or run the job"
                    + " with spark-submit (see README, Spark)"
                : ""));
  }
}
