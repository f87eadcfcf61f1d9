package dev.kpikit.job;

import dev.kpikit.Business;
import dev.kpikit.DriverFit;
import dev.kpikit.clv.CustomerValueResult;
import dev.kpikit.clv.ModelFitException;
import dev.kpikit.report.CustomerValueReport;
import dev.kpikit.schema.Dataset;

/**
 * The report's customer-value step: runs the analysis with the {@code customer_value} settings of
 * the config when the config does not turn it off ({@code enabled: false}), the folder has orders
 * with customer ids and its customers are not subscriptions (unless the config names a model), else
 * says why not. A model that does
 * not fit is a note in the report, not a failed run.
 */
final class CustomerValueStep {
  /** Why subscription data gets no buy-till-you-die model unless the config asks for one. */
  static final String SUBSCRIPTIONS =
      "the customers are subscriptions (with start and end dates and MRR), whose churn is observed: survival and MRR"
          + " movements describe them; buy-till-you-die models are for purchases without a contract"
          + " (set customer_value.model in kpikit.yaml to fit one anyway)";

  /** Why the report has no customer value when {@code kpikit.yaml} turns it off. */
  static final String TURNED_OFF =
      "turned off in kpikit.yaml (customer_value: { enabled: false }), so no customer model was"
          + " fitted; kpikit customers still fits them";

  private CustomerValueStep() {}

  static CustomerValueReport compute(Business business, JobLog log) {
    if (!business.config().customerValue().enabled()) {
      return CustomerValueReport.absent(TURNED_OFF);
    }
    if (!business.has(Dataset.ORDERS)) {
      return CustomerValueReport.absent("no orders file, so there are no purchases to model");
    }
    // the loaded table itself: business.orders() would copy every row to read one column name
    if (!business.load(Dataset.ORDERS).table().containsColumn("customer_id")) {
      return CustomerValueReport.absent(
          "orders have no customer_id column, so purchases cannot be tied to customers");
    }
    if (DriverFit.isSubscription(business) && business.config().customerValue().model() == null) {
      return CustomerValueReport.absent(SUBSCRIPTIONS);
    }
    log.progress("fitting customer models");
    long t = System.nanoTime();
    try {
      CustomerValueResult r = business.customerValue().run();
      log.info("fitted %s on %,d customers in %d ms", r.currentModel(), r.current().size(),
          (System.nanoTime() - t) / 1_000_000);
      return CustomerValueReport.of(r);
    } catch (ModelFitException e) {
      log.info("customer value: %s", e.getMessage());
      return CustomerValueReport.absent(e.getMessage());
    }
  }
}
