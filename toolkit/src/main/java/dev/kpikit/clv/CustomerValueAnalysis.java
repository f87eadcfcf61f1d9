package dev.kpikit.clv;

import tech.tablesaw.api.Table;

/**
 * Runs the whole customer-value analysis on an orders table: summary, count model, spend model,
 * predictions, holdout validation and tracking.
 *
 * <p>With a holdout, the count model is fitted on the calibration period for the validation and
 * tracking tables, and fitted again on all data up to the analysis date for the predictions (which
 * are about the customers as they are now).
 *
 * @since 0.1.0
 */
public final class CustomerValueAnalysis {
  private CustomerValueAnalysis() {}

  /**
   * @param orders the orders table ({@code customer_id}, {@code order_date}, {@code amount})
   * @param settings model, unit, holdout, as-of date, CLV options
   * @return the results
   * @throws ModelFitException when the orders have no customer ids, no repeat purchases, or a
   *     model does not converge
   */
  public static CustomerValueResult run(Table orders, CustomerValueSettings settings) {
    if (!orders.containsColumn(RfmSummary.CUSTOMER_ID)) {
      throw new ModelFitException(
          "customer value needs customer_id in orders (map it under datasets.orders.columns)");
    }
    RfmSummary fitted = RfmSummary.fromOrders(orders, settings.fitOptions());
    CountModel model = fit(settings.model(), fitted);
    RfmSummary current = fitted;
    CountModel currentModel = model;
    Table validation = null;
    if (fitted.hasHoldout()) {
      validation = HoldoutValidation.table(fitted, model);
      current = RfmSummary.fromOrders(orders, RfmOptions.upTo(settings.asOf(), settings.unit()));
      currentModel = fit(settings.model(), current);
    }
    GammaGamma spend = null;
    String spendNote = null;
    try {
      spend = GammaGamma.fit(current);
    } catch (ModelFitException e) {
      spendNote = e.getMessage();
    }
    CustomerValue predictions = CustomerValue.predict(current, currentModel, spend, settings.clv());
    return new CustomerValueResult(
        settings,
        fitted,
        model,
        current,
        currentModel,
        spend,
        spendNote,
        predictions,
        validation,
        Tracking.table(fitted, model));
  }

  /**
   * Fits a count model by name.
   *
   * @param model {@code bg-nbd} or {@code pareto-nbd}
   * @param summary the customers
   * @return the fitted model
   */
  public static CountModel fit(String model, RfmSummary summary) {
    return switch (model) {
      case "bg-nbd" -> BgNbd.fit(summary);
      case "pareto-nbd" -> ParetoNbd.fit(summary);
      default -> throw new IllegalArgumentException("unknown model '" + model + "'");
    };
  }
}
