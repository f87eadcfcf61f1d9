package dev.kpikit.config;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code customer_value} section of {@code kpikit.yaml}: how {@code kpikit customers} and the
 * report's Customer value section model customers. Every field may be null (unset: the command's
 * option or its default applies).
 *
 * <pre>{@code
 * customer_value:
 *   model: bg-nbd          # or pareto-nbd
 *   unit: week             # or day
 *   horizon: 52            # in units
 *   discount_rate: 0.10    # per year
 *   margin: 0.30           # share of spend that is profit
 *   holdout_start: 2025-07-01
 *   enabled: false         # kpikit report skips the fit (kpikit customers still runs it)
 * }</pre>
 *
 * @param model {@code bg-nbd} or {@code pareto-nbd}
 * @param unit {@code day} or {@code week}
 * @param horizon the projection horizon in units, {@code > 0}
 * @param discountRate the yearly discount rate, {@code >= 0}
 * @param margin the share of spend that is profit, in {@code (0, 1]}
 * @param holdoutStart the first day of a holdout period, or null for none
 * @param enabled whether {@code kpikit report} fits the models for its Customer value section
 *     (default true); {@code kpikit customers} fits them whatever it says, since it is asked
 *     explicitly
 * @since 0.1.0
 */
public record CustomerValueConfig(
    String model,
    String unit,
    Double horizon,
    Double discountRate,
    Double margin,
    LocalDate holdoutStart,
    boolean enabled) {

  /** The section's keys. */
  public static final List<String> KEYS =
      List.of("model", "unit", "horizon", "discount_rate", "margin", "holdout_start", "enabled");

  /** The models the section may name. */
  public static final List<String> MODELS = List.of("bg-nbd", "pareto-nbd");

  /** The units the section may name. */
  public static final List<String> UNITS = List.of("day", "week");

  /** Nothing configured. */
  public static final CustomerValueConfig EMPTY =
      new CustomerValueConfig(null, null, null, null, null, null);

  /**
   * A section with the report's fit on, as before 0.3.
   *
   * @param model {@code bg-nbd}, {@code pareto-nbd} or null
   * @param unit {@code day}, {@code week} or null
   * @param horizon the projection horizon in units, or null
   * @param discountRate the yearly discount rate, or null
   * @param margin the share of spend that is profit, or null
   * @param holdoutStart the first day of a holdout period, or null for none
   */
  public CustomerValueConfig(
      String model, String unit, Double horizon, Double discountRate, Double margin, LocalDate holdoutStart) {
    this(model, unit, horizon, discountRate, margin, holdoutStart, true);
  }
}
