package dev.kpikit.config;

import java.util.List;

/**
 * The {@code forecast} section of {@code kpikit.yaml}: how far and with how many simulated paths
 * {@code kpikit forecast} looks ahead, the seed that makes it reproducible, and whether {@code
 * kpikit report} computes its Outlook (the forecast and its backtest) at all.
 *
 * <pre>{@code
 * forecast: { horizon: 12, paths: 10000, seed: 7 }
 * forecast: { enabled: false }   # a nightly report on large data: no Outlook, no forecast/ files
 * }</pre>
 *
 * @param horizon months to forecast, 1 to {@link #MAX_HORIZON}
 * @param paths simulated paths, 100 to {@link #MAX_PATHS}
 * @param seed the random seed; the same seed and data give byte-identical outputs
 * @param enabled whether {@code kpikit report} runs the forecast and backtest for its Outlook
 *     (default true); {@code kpikit forecast} and {@code kpikit backtest} run whatever it says,
 *     since they are asked explicitly
 * @since 0.2.0
 */
public record ForecastSettings(int horizon, int paths, long seed, boolean enabled) {
  /** The keys of the section. */
  public static final List<String> KEYS = List.of("horizon", "paths", "seed", "enabled");

  /** The longest horizon, in months. */
  public static final int MAX_HORIZON = 60;

  /** The most paths. */
  public static final int MAX_PATHS = 1_000_000;

  /** 12 months, 10,000 paths, seed 1. */
  public static final ForecastSettings DEFAULT = new ForecastSettings(12, 10_000, 1);

  /**
   * Settings with the report's Outlook on, as before 0.3.
   *
   * @param horizon months to forecast, 1 to {@link #MAX_HORIZON}
   * @param paths simulated paths, 100 to {@link #MAX_PATHS}
   * @param seed the random seed
   */
  public ForecastSettings(int horizon, int paths, long seed) {
    this(horizon, paths, seed, true);
  }

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
