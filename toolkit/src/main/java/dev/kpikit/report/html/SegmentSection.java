package dev.kpikit.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kpikit.config.SegmentsConfig;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Attrition;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RepeatPurchase;
import dev.kpikit.metrics.RevenueMetrics;
import dev.kpikit.metrics.Survival;
import dev.kpikit.metrics.TenureChurn;
import dev.kpikit.metrics.WilsonInterval;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * The "Segments" section: the business's rates broken down by the columns {@link SegmentChoice}
 * picks from the data, each rate with its 95 % Wilson score interval ({@link WilsonInterval}):
 *
 * <ul>
 *   <li>a tenure {@code customers} export (IBM Telco): churn rate and Kaplan–Meier survival by
 *       each column (e.g. contract, payment method, internet service);
 *   <li>a snapshot {@code employees} export (IBM HR): attrition rate by each column (e.g.
 *       department, overtime);
 *   <li>{@code orders}: revenue and repeat purchase rate by each column (e.g. region, segment,
 *       category), a customer's repeat purchase counted in the value of its first order;
 *   <li>subscription spells: survival by each column (e.g. plan).
 * </ul>
 *
 * <p>The section is left out when no dataset has a column to break down by.
 */
final class SegmentSection {
  static final String ID = "section-segments";

  private SegmentSection() {}

  /**
   * @param run the run
   * @return the section, or null when there is nothing to break down
   */
  static Section build(RunView run) {
    SegmentsConfig config = run.run().config().segments();
    List<Block> blocks = new ArrayList<>();
    Map<Dataset, LoadResult> loads = run.run().loads();
    LoadResult customers = loads.get(Dataset.CUSTOMERS);
    if (customers != null && customers.shape().name().equals("tenure")) {
      tenure(run, customers.table(), config, blocks);
    } else if (customers != null && customers.shape().name().equals("spells")) {
      spells(run, customers.table(), config, blocks);
    }
    LoadResult employees = loads.get(Dataset.EMPLOYEES);
    if (employees != null && employees.shape().name().equals("snapshot")) {
      attrition(run, employees.table(), config, blocks);
    }
    LoadResult orders = loads.get(Dataset.ORDERS);
    if (orders != null && run.table("revenue_monthly").isPresent()) {
      orders(run, orders.table(), config, blocks);
    }
    return blocks.isEmpty() ? null : new Section(ID, "Segments", blocks);
  }

  private static void tenure(RunView run, Table t, SegmentsConfig config, List<Block> blocks) {
    MetricOptions o = run.options();
    Function<String, SegmentCounts> counts = memo(c -> SegmentCounts.of(c,
        TenureChurn.table(t, o.withBy(c)), "segment", "customers", "churned"));
    SegmentChoice choice = SegmentChoice.of(t,
        Set.of("customer_id", "tenure", "churned", "monthly_charges", "total_charges"), config,
        counts, "churn rate");
    if (choice.columns().isEmpty()) {
      return;
    }
    blocks.add(Note.of("Customers (" + ValueFormat.count(t.rowCount()) + " rows). " + choice.why()
        + INTERVALS));
    for (String c : choice.columns()) {
      SegmentCounts sc = fold(counts.apply(c), choice, c, config);
      blocks.add(rateChart(id("churn", c), "Churn rate by " + words(c), sc, "Churn",
          "customers", "churned", "churn_rate"));
      if (!choice.folded().contains(c)) {
        blocks.add(SubscriptionSection.survival(run, Survival.table(t, o.withBy(c)),
            id("survival", c), "Survival by " + words(c) + " (Kaplan–Meier)"));
      }
    }
  }

  private static void spells(RunView run, Table t, SegmentsConfig config, List<Block> blocks) {
    SegmentChoice choice = SegmentChoice.of(t,
        Set.of("customer_id", "start_date", "end_date", "mrr", "trial_end", "status"), config,
        null, "");
    List<String> shown = choice.columns().stream().filter(c -> !choice.folded().contains(c)).toList();
    if (shown.isEmpty()) {
      return;
    }
    blocks.add(Note.of("Subscriptions. " + choice.why()));
    for (String c : shown) {
      blocks.add(SubscriptionSection.survival(run, Survival.table(t, run.options().withBy(c)),
          id("survival", c), "Survival by " + words(c) + " (Kaplan–Meier)"));
    }
  }

  private static void attrition(RunView run, Table t, SegmentsConfig config, List<Block> blocks) {
    MetricOptions o = run.options();
    Function<String, SegmentCounts> counts = memo(c -> SegmentCounts.of(c,
        Attrition.table(t, o.withBy(c)), "segment", "employees", "leavers"));
    SegmentChoice choice = SegmentChoice.of(t, Set.of("employee_id", "attrition", "years_at_company"),
        config, counts, "attrition rate");
    if (choice.columns().isEmpty()) {
      return;
    }
    blocks.add(Note.of("Employees (" + ValueFormat.count(t.rowCount()) + " rows). " + choice.why()
        + INTERVALS));
    for (String c : choice.columns()) {
      blocks.add(rateChart(id("attrition", c), "Attrition rate by " + words(c),
          fold(counts.apply(c), choice, c, config), "Attrition", "employees", "left",
          "attrition_rate"));
    }
  }

  private static void orders(RunView run, Table t, SegmentsConfig config, List<Block> blocks) {
    MetricOptions o = run.options();
    Function<String, SegmentCounts> counts = memo(c -> SegmentCounts.of(c,
        RepeatPurchase.table(t, o.withBy(c)), c, "customers", "repeat_customers"));
    SegmentChoice choice = SegmentChoice.of(t,
        Set.of("order_id", "order_date", "customer_id", "amount", "cost", "quantity", "product",
            "status", "currency"), config, counts, "repeat purchase rate");
    if (choice.columns().isEmpty()) {
      return;
    }
    blocks.add(Note.of("Orders. " + choice.why() + " Revenue counts each order line in its own"
        + " value; a customer's repeat purchase counts in the value of its first order." + INTERVALS));
    for (String c : choice.columns()) {
      SegmentCounts sc = counts.apply(c);
      sc = fold(sc.withAmounts(revenueBy(t, o, c, sc.labels())), choice, c, config);
      blocks.add(revenueChart(run, id("revenue", c), "Revenue and repeat purchase by " + words(c), sc));
    }
  }

  private static final String INTERVALS = " Error bars are 95 % Wilson score intervals (as R's"
      + " prop.test without continuity correction): a narrow bar is a rate measured on many rows;"
      + " bars whose intervals do not overlap differ beyond chance.";

  /** Revenue to as-of per value of the column, aligned with {@code labels}. */
  private static double[] revenueBy(Table orders, MetricOptions o, String column, List<String> labels) {
    Table revenue = RevenueMetrics.table(orders, o.withBy(column));
    Map<String, Double> sums = new HashMap<>();
    for (int r = 0; r < revenue.rowCount(); r++) {
      double v = revenue.numberColumn("revenue").getDouble(r);
      if (Double.isFinite(v)) {
        sums.merge(revenue.stringColumn(column).get(r), v, Double::sum);
      }
    }
    return labels.stream().mapToDouble(l -> sums.getOrDefault(l, 0.0)).toArray();
  }

  private static SegmentCounts fold(SegmentCounts c, SegmentChoice choice, String column, SegmentsConfig config) {
    return choice.folded().contains(column) ? c.top(config.topOrDefault()) : c;
  }

  /** Bars of a rate per value with Wilson error bars and the overall rate as a dashed line. */
  private static Chart rateChart(String id, String title, SegmentCounts c, String rate,
      String noun, String verb, String metric) {
    double[] rates = c.rates();
    Figure f = Figure.of(320);
    Trace bars = Trace.bar(rate + " rate").x(c.labels()).y(rates).color(Palette.BLUE)
        .customData(toDouble(c.events()), toDouble(c.totals()), lower(c), upper(c))
        .hover("%{x}<br>" + rate + " %{y:.1%} (95 %: %{customdata[2]:.1%}–%{customdata[3]:.1%})"
            + "<br>%{customdata[0]:,} of %{customdata[1]:,} " + noun + " " + verb);
    errorBars(bars, c, rates);
    f.add(bars).categoryAxis(words(c.column())).yAxis(rate + " rate", ".0%");
    f.layout("yaxis").put("rangemode", "tozero");
    long n = 0;
    long e = 0;
    for (int i = 0; i < c.size(); i++) {
      n += c.totals()[i];
      e += c.events()[i];
    }
    if (n > 0) {
      f.referenceLine((double) e / n, "y", "all " + noun + ": " + ValueFormat.percent((double) e / n));
    }
    return new Chart(id, title, f.json(), HowToRead.of("Each bar is the share of the " + noun
        + " with that " + words(c.column()) + " who " + verb + "; the whiskers are its 95 % interval;"
        + " the dashed line is the rate of all " + noun + ".", metric));
  }

  /** Revenue bars per value (left axis) and the repeat purchase rate with its interval (right). */
  private static Chart revenueChart(RunView run, String id, String title, SegmentCounts c) {
    double[] rates = c.rates();
    Figure f = Figure.of(340)
        .add(Trace.bar("Revenue").x(c.labels()).y(c.amounts()).color(Palette.SKY)
            .customData(toDouble(c.totals()))
            .hover("%{x}<br>Revenue %{y:,.0f}<br>%{customdata[0]:,} customers first bought here"));
    Trace repeat = Trace.line("Repeat purchase rate").x(c.labels()).y(rates).color(Palette.ORANGE)
        .set("mode", "markers").set("yaxis", "y2")
        .customData(toDouble(c.events()), toDouble(c.totals()), lower(c), upper(c))
        .hover("%{x}<br>Repeat purchase %{y:.1%} (95 %: %{customdata[2]:.1%}–%{customdata[3]:.1%})"
            + "<br>%{customdata[0]:,} of %{customdata[1]:,} customers bought again");
    repeat.object("marker").put("size", 10);
    errorBars(repeat, c, rates);
    f.add(repeat).categoryAxis(words(c.column())).yAxis(run.money("Revenue"), ",.0f")
        .y2Axis("Repeat purchase rate", ".0%");
    f.layout("yaxis2").put("rangemode", "tozero");
    return new Chart(id, title, f.json(), HowToRead.of("Bars: revenue of the order lines with"
        + " each value (left axis); dots: the share of the customers whose first order had that"
        + " value who ordered again, with its 95 % interval (right axis).",
        "revenue", "repeat_purchase_rate"));
  }

  private static void errorBars(Trace t, SegmentCounts c, double[] rates) {
    WilsonInterval[] ci = c.intervals();
    ObjectNode error = t.object("error_y");
    error.put("type", "data").put("symmetric", false).put("color", "#1f2933").put("thickness", 1.2);
    ArrayNode plus = error.putArray("array");
    ArrayNode minus = error.putArray("arrayminus");
    for (int i = 0; i < ci.length; i++) {
      Trace.add(plus, ci[i].upper() - rates[i]);
      Trace.add(minus, rates[i] - ci[i].lower());
    }
  }

  private static double[] lower(SegmentCounts c) {
    return java.util.Arrays.stream(c.intervals()).mapToDouble(WilsonInterval::lower).toArray();
  }

  private static double[] upper(SegmentCounts c) {
    return java.util.Arrays.stream(c.intervals()).mapToDouble(WilsonInterval::upper).toArray();
  }

  private static double[] toDouble(long[] values) {
    return java.util.Arrays.stream(values).asDoubleStream().toArray();
  }

  /** Ranking computes each column's counts once; the charts reuse them. */
  private static Function<String, SegmentCounts> memo(Function<String, SegmentCounts> f) {
    Map<String, SegmentCounts> seen = new HashMap<>();
    return c -> seen.computeIfAbsent(c, f);
  }

  /** @return e.g. {@code payment method} for {@code payment_method} */
  static String words(String column) {
    return column.replace('_', ' ');
  }

  /** @return a chart id safe in HTML: {@code chart-segment-churn-payment-method} */
  static String id(String kind, String column) {
    String slug = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "chart-segment-" + kind + (slug.isEmpty() ? "" : "-" + slug);
  }
}
