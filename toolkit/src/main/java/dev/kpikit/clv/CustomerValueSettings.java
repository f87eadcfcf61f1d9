package dev.kpikit.clv;

import dev.kpikit.config.CustomerValueConfig;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a customer-value run needs besides the orders: the model, the unit, an optional
 * holdout start, the analysis date and the CLV options.
 *
 * @param model {@code bg-nbd} or {@code pareto-nbd}
 * @param unit days or weeks
 * @param holdoutStart the first day of the holdout period, or null for none
 * @param asOf the last day of data used
 * @param clv horizon (in units), discount rate, margin
 * @since 0.1.0
 */
public record CustomerValueSettings(
    String model, PeriodUnit unit, LocalDate holdoutStart, LocalDate asOf, ClvOptions clv) {

  /** Checks the model name and that a holdout starts on or before {@code asOf}. */
  public CustomerValueSettings {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(clv, "clv");
    if (!CustomerValueConfig.MODELS.contains(model)) {
      throw new IllegalArgumentException(
          "unknown model '" + model + "', expected one of " + CustomerValueConfig.MODELS);
    }
    if (holdoutStart != null && holdoutStart.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "the holdout start " + holdoutStart + " is after the analysis date " + asOf);
    }
  }

  /**
   * The settings a config section gives, defaults elsewhere: BG/NBD, weeks, a one-year horizon
   * (52 weeks or 365 days), 10 % a year, margin 1 (revenue value), no holdout.
   *
   * @param config the {@code customer_value} section
   * @param asOf the analysis date
   * @return the settings
   */
  public static CustomerValueSettings of(CustomerValueConfig config, LocalDate asOf) {
    PeriodUnit unit = config.unit() == null ? PeriodUnit.WEEK : PeriodUnit.parse(config.unit());
    double horizon = config.horizon() != null ? config.horizon() : unit == PeriodUnit.WEEK ? 52 : 365;
    return new CustomerValueSettings(
        config.model() == null ? "bg-nbd" : config.model(),
        unit,
        config.holdoutStart(),
        asOf,
        new ClvOptions(
            horizon,
            config.discountRate() == null ? ClvOptions.DEFAULT.discountRate() : config.discountRate(),
            config.margin() == null ? ClvOptions.DEFAULT.margin() : config.margin()));
  }

  /** @return the options of the summary the model is fitted on (calibration, with a holdout) */
  public RfmOptions fitOptions() {
    return holdoutStart == null
        ? RfmOptions.upTo(asOf, unit)
        : RfmOptions.withHoldout(holdoutStart, asOf, unit);
  }

  /**
   * @param newModel {@code bg-nbd} or {@code pareto-nbd}
   * @return these settings with another model
   */
  public CustomerValueSettings withModel(String newModel) {
    return new CustomerValueSettings(newModel, unit, holdoutStart, asOf, clv);
  }

  /**
   * @param newUnit days or weeks (the horizon keeps its number)
   * @return these settings with another unit
   */
  public CustomerValueSettings withUnit(PeriodUnit newUnit) {
    return new CustomerValueSettings(model, newUnit, holdoutStart, asOf, clv);
  }

  /**
   * @param start the first day of the holdout, or null for none
   * @return these settings with another holdout
   */
  public CustomerValueSettings withHoldoutStart(LocalDate start) {
    return new CustomerValueSettings(model, unit, start, asOf, clv);
  }

  /**
   * @param options horizon, discount rate, margin
   * @return these settings with other CLV options
   */
  public CustomerValueSettings withClv(ClvOptions options) {
    return new CustomerValueSettings(model, unit, holdoutStart, asOf, options);
  }
}
