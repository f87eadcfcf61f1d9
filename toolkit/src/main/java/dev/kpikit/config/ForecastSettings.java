package dev.kpikit.config;

import java.util.List;

/**
 * The {@code forecast} section of {@code kpikit.yaml}: how far and with how many simulated paths
 * {@code kpikit forecast} looks ahead, and the seed that makes it reproducible.
 *
 * <pre>{@code
 * forecast: { horizon: 12, paths: 10000, seed: 7 }
 * }</pre>
 *
 * @param horizon months to forecast, 1 to {@link #MAX_HORIZON}
 * @param paths simulated paths, 100 to {@link #MAX_PATHS}
 * @param seed the random seed; the same seed and data give byte-identical outputs
 * @since 0.2.0
 */
public record ForecastSettings(int horizon, int paths, long seed) {
  /** The keys of the section. */
  public static final List<String> KEYS = List.of("horizon", "paths", "seed");

  /** The longest horizon, in months. */
  public static final int MAX_HORIZON = 60;

  /** The most paths. */
  public static final int MAX_PATHS = 1_000_000;

  /** 12 months, 10,000 paths, seed 1. */
  public static final ForecastSettings DEFAULT = new ForecastSettings(12, 10_000, 1);

  /** Checks the ranges. */
  public ForecastSettings {
    if (horizon < 1 || horizon > MAX_HORIZON) {
      throw new IllegalArgumentException("horizon must be 1 to " + MAX_HORIZON + " months, got " + horizon);
    }
    if (paths < 100 || paths > MAX_PATHS) {
      throw new IllegalArgumentException("paths must be 100 to " + MAX_PATHS + ", got " + paths);
    }
  }
}
