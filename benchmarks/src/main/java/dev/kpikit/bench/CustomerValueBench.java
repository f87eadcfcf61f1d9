package dev.kpikit.bench;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.clv.ClvOptions;
import dev.kpikit.clv.CountModel;
import dev.kpikit.clv.CustomerValue;
import dev.kpikit.clv.CustomerValueAnalysis;
import dev.kpikit.clv.GammaGamma;
import dev.kpikit.clv.PeriodUnit;
import dev.kpikit.clv.RfmOptions;
import dev.kpikit.clv.RfmSummary;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Times the customer-value steps on a data folder (e.g. {@code kpikit sample --rows 5400000}, about
 * a million customers): RFM summary, count-model fit, Gamma-Gamma fit and predictions, each round
 * after one warm-up round. Loading the orders is timed apart; it is not part of the target.
 *
 * <pre>
 * java -cp toolkit/target/kpikit.jar:toolkit/target/lib/*:benchmarks/target/classes \
 *     dev.kpikit.bench.CustomerValueBench DATA_DIR [bg-nbd|pareto-nbd] [ROUNDS]
 * </pre>
 */
public final class CustomerValueBench {
  private CustomerValueBench() {}

  /**
   * @param args data folder, model (default bg-nbd), rounds (default 3)
   */
  public static void main(String[] args) {
    String model = args.length > 1 ? args[1] : "bg-nbd";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long t0 = System.nanoTime();
    Business b = Kpikit.open(args[0]);
    Table orders = b.orders();
    System.out.printf(Locale.ROOT, "load: %,d order rows in %.2f s, as of %s, %d cores%n",
        orders.rowCount(), seconds(t0), b.asOf(), Runtime.getRuntime().availableProcessors());
    for (int round = 0; round <= rounds; round++) {
      long s0 = System.nanoTime();
      RfmSummary summary = RfmSummary.fromOrders(orders, RfmOptions.upTo(b.asOf(), PeriodUnit.WEEK));
      double summaryS = seconds(s0);
      long cpu0 = cpuNanos();
      long f0 = System.nanoTime();
      CountModel m = CustomerValueAnalysis.fit(model, summary);
      double fitS = seconds(f0);
      long cpu1 = cpuNanos();
      long g0 = System.nanoTime();
      GammaGamma g = GammaGamma.fit(summary);
      double spendS = seconds(g0);
      long cpu2 = cpuNanos();
      long p0 = System.nanoTime();
      CustomerValue v = CustomerValue.predict(summary, m, g, ClvOptions.DEFAULT);
      double predictS = seconds(p0);
      double cpuS = (cpuNanos() - cpu0) / 1e9;
      System.out.printf(Locale.ROOT, "  CPU: %s fit %.2f s, gamma-gamma %.2f s, predictions %.2f s%n",
          model, (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, (cpuNanos() - cpu2) / 1e9);
      System.out.printf(Locale.ROOT,
          "%s %d: %,d customers: summary %.2f s, %s fit %.2f s (%d evaluations), gamma-gamma %.2f s,"
              + " predictions %.2f s; fit + predictions %.2f s (%.2f s of CPU)%n",
          round == 0 ? "warm-up" : "round", round, summary.size(), summaryS, model, fitS,
          m.fit().evaluations(), spendS, predictS, fitS + spendS + predictS, cpuS);
      if (round == rounds) {
        System.out.println("  " + m + "\n  " + g + "\n  mean clv " + mean(v.clv()));
      }
    }
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** CPU time of the whole process (all threads), to read timings on a loaded machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long from) {
    return (System.nanoTime() - from) / 1e9;
  }
}
