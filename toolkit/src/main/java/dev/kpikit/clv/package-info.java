/**
 * Customer-level predictions for non-contractual businesses: the "buy till you die" models.
 *
 * <ul>
 *   <li>{@link dev.kpikit.clv.RfmSummary}: per-customer frequency, recency, age and mean spend from
 *       the orders (a purchase is a customer's day with a non-refund order), with an optional
 *       holdout;
 *   <li>{@link dev.kpikit.clv.BgNbd}, {@link dev.kpikit.clv.ParetoNbd}: purchase and dropout
 *       models fitted by maximum likelihood ({@link dev.kpikit.clv.ModelFit}); P(alive) and
 *       expected purchases;
 *   <li>{@link dev.kpikit.clv.GammaGamma}: spend per purchase;
 *   <li>{@link dev.kpikit.clv.CustomerValue}: per-customer predictions and discounted CLV;
 *       {@link dev.kpikit.clv.HoldoutValidation} and {@link dev.kpikit.clv.Tracking}: how well a
 *       model describes the purchases;
 *   <li>{@link dev.kpikit.clv.CustomerValueAnalysis} runs it all; {@link
 *       dev.kpikit.clv.CustomerValueQuery} is the Java API ({@code Business.customerValue()}).
 * </ul>
 *
 * <pre>{@code
 * RfmSummary s = RfmSummary.fromOrders(orders, RfmOptions.upTo(asOf, PeriodUnit.WEEK));
 * BgNbd model = BgNbd.fit(s);
 * GammaGamma spend = GammaGamma.fit(s);
 * Table predictions = CustomerValue.predict(s, model, spend, ClvOptions.DEFAULT).table();
 * }</pre>
 *
 * <p>Depends on the loaded tables and the config; the report and the command line depend on it,
 * never the reverse.
 *
 * @since 0.1.0
 */
package dev.kpikit.clv;
