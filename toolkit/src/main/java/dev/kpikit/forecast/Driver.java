package dev.kpikit.forecast;

/**
 * One fitted assumption of the driver simulation, as written to {@code assumptions.json} and shown
 * in the report's assumptions table.
 *
 * @param name a stable dotted name, e.g. {@code churn_rate} or {@code acquisition.paid_search}
 * @param value the posterior mean (or the planned value for inputs such as spend)
 * @param uncertainty the posterior standard deviation of the value (0 for a plan or a fixed value)
 * @param unit what the value counts, e.g. {@code per month}, {@code new customers per 1,000 spent}
 * @param basis how it was estimated, in one sentence
 * @since 0.2.0
 */
public record Driver(String name, double value, double uncertainty, String unit, String basis) {}
