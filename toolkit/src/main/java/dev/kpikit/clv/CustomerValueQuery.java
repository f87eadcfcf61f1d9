package dev.kpikit.clv;

import java.time.LocalDate;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * The Java API of customer value, in the style of the metrics: options by chained calls, the last
 * call returns the result.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/northwind-coffee");
 * Table predictions = b.customerValue().model("pareto-nbd").horizon(26).predictions();
 * Table validation = b.customerValue().holdoutStart(LocalDate.parse("2025-07-01")).validation();
 * }</pre>
 *
 * <p>Defaults come from the {@code customer_value} section of {@code kpikit.yaml}. Each terminal
 * call runs the analysis; keep the {@link #run()} result to read several tables of one run.
 *
 * @since 0.1.0
 */
public final class CustomerValueQuery {
  private final Supplier<Table> orders;
  private final CustomerValueSettings settings;

  /**
   * @param orders supplies the orders table when the query runs
   * @param settings the defaults
   */
  public CustomerValueQuery(Supplier<Table> orders, CustomerValueSettings settings) {
    this.orders = orders;
    this.settings = settings;
  }

  /**
   * @param model {@code bg-nbd} or {@code pareto-nbd}
   * @return a query with that model
   */
  public CustomerValueQuery model(String model) {
    return new CustomerValueQuery(orders, settings.withModel(model));
  }

  /**
   * @param unit days or weeks
   * @return a query in that unit
   */
  public CustomerValueQuery unit(PeriodUnit unit) {
    return new CustomerValueQuery(orders, settings.withUnit(unit));
  }

  /**
   * @param start the first day of a holdout period (to the analysis date), or null for none
   * @return a query with that holdout
   */
  public CustomerValueQuery holdoutStart(LocalDate start) {
    return new CustomerValueQuery(orders, settings.withHoldoutStart(start));
  }

  /**
   * @param units the projection horizon in units
   * @return a query with that horizon
   */
  public CustomerValueQuery horizon(double units) {
    return new CustomerValueQuery(orders, settings.withClv(settings.clv().withHorizon(units)));
  }

  /**
   * @param yearlyRate the yearly discount rate, e.g. 0.10
   * @return a query with that rate
   */
  public CustomerValueQuery discountRate(double yearlyRate) {
    ClvOptions c = settings.clv();
    return new CustomerValueQuery(
        orders, settings.withClv(new ClvOptions(c.horizon(), yearlyRate, c.margin())));
  }

  /**
   * @param share the share of spend that is profit, in (0, 1]
   * @return a query with that margin
   */
  public CustomerValueQuery margin(double share) {
    ClvOptions c = settings.clv();
    return new CustomerValueQuery(
        orders, settings.withClv(new ClvOptions(c.horizon(), c.discountRate(), share)));
  }

  /** @return the settings the query runs with */
  public CustomerValueSettings settings() {
    return settings;
  }

  /**
   * @return the whole analysis
   * @throws ModelFitException when a model cannot be fitted
   */
  public CustomerValueResult run() {
    return CustomerValueAnalysis.run(orders.get(), settings);
  }

  /** @return the RFM summary up to the analysis date (see {@link RfmSummary#table()}) */
  public Table summary() {
    return RfmSummary.fromOrders(orders.get(), RfmOptions.upTo(settings.asOf(), settings.unit()))
        .table();
  }

  /** @return the predictions table (see {@link CustomerValue#table()}) */
  public Table predictions() {
    return run().predictions().table();
  }

  /**
   * @return the holdout validation table (see {@link HoldoutValidation})
   * @throws IllegalStateException without a holdout start
   */
  public Table validation() {
    if (settings.holdoutStart() == null) {
      throw new IllegalStateException("validation needs a holdout: call holdoutStart(date) first");
    }
    return run().validation();
  }

  /** @return the tracking table (see {@link Tracking}) */
  public Table tracking() {
    return run().tracking();
  }
}
