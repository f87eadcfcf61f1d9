package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kpikit.Kpikit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The funnel limits of every unit of the samples (split by region; harborview-bakeries by store), checked against two
 * computations that share nothing with {@link FunnelLimits}: a plain loop that adds binomial
 * probabilities (always), and R's {@code qbinom} (when {@code Rscript} is on the PATH; required on
 * CI). Also the limits of a grid of sizes and rates.
 */
class FunnelLimits_OracleTest {
  /** One funnel row: the unit's denominator and the business's rate, and kpikit's four limits. */
  record Row(String label, int n, double p, double[] limits) {}

  private static List<Row> sampleRows() {
    List<Row> rows = new ArrayList<>();
    for (String sample : List.of("northwind-coffee:region", "cloudnote-saas:region", "harborview-bakeries:store")) {
      Table t = Kpikit.open("../data-samples/" + sample.split(":")[0]).by(sample.split(":")[1]).table();
      for (int i = 0; i < t.rowCount(); i++) {
        if (t.column("limit_95_low").isMissing(i)) {
          continue;
        }
        rows.add(new Row(sample + " " + t.getString(i, "unit") + " " + t.getString(i, "kpi"),
            (int) t.longColumn("denominator").getLong(i), t.doubleColumn("business_value").getDouble(i),
            new double[] {t.doubleColumn("limit_95_low").getDouble(i), t.doubleColumn("limit_95_high").getDouble(i),
                t.doubleColumn("limit_99_8_low").getDouble(i), t.doubleColumn("limit_99_8_high").getDouble(i)}));
      }
    }
    return rows;
  }

  private static final double[] QUANTILES = {0.025, 0.975, 0.001, 0.999};

  @Test
  void everySampleUnitsLimits_equalTheLoopOverBinomialProbabilities() {
    List<Row> rows = sampleRows();
    assertTrue(rows.size() >= 15, "funnel rows: " + rows.size());
    for (Row r : rows) {
      for (int q = 0; q < 4; q++) {
        assertEquals(naiveQuantile(QUANTILES[q], r.n(), r.p()) / (double) r.n(), r.limits()[q], 0, r.label() + " q=" + QUANTILES[q]);
      }
    }
  }

  @Test
  void gridOfSizesAndRates_equalsTheLoop() {
    for (int n : new int[] {1, 2, 7, 30, 100, 999, 5000, 40_000}) {
      for (double p : new double[] {0.001, 0.02, 0.1, 0.37, 0.5, 0.9}) {
        for (double q : QUANTILES) {
          assertEquals(naiveQuantile(q, n, p), FunnelLimits.quantile(q, n, p), "n=" + n + " p=" + p + " q=" + q);
        }
      }
    }
  }

  @Test
  void liveR_qbinomAgreesForEverySampleUnit() throws IOException, InterruptedException {
    Path rscript = Survival_RTest.onPath("Rscript");
    if (rscript == null && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but Rscript is not on PATH");
    }
    assumeTrue(rscript != null, "Rscript not on PATH: live R comparison not run (the loop oracle ran)");
    List<Row> rows = sampleRows();
    Path dir = Files.createTempDirectory("kpikit-funnel");
    Path in = dir.resolve("in.csv");
    Path out = dir.resolve("out.csv");
    List<String> lines = new ArrayList<>(List.of("n,p"));
    rows.forEach(r -> lines.add(r.n() + "," + String.format(Locale.ROOT, "%.17g", r.p())));
    Files.write(in, lines);
    Path script = dir.resolve("funnel.R");
    Files.writeString(script, String.join("\n",
        "a <- commandArgs(trailingOnly = TRUE)",
        "d <- read.csv(a[1])",
        "q <- c(0.025, 0.975, 0.001, 0.999)",
        "m <- sapply(q, function(x) qbinom(x, d$n, d$p) / d$n)",
        "write.table(format(m, digits = 17), a[2], sep = ',', row.names = FALSE, col.names = FALSE, quote = FALSE)",
        ""));
    Process pr = new ProcessBuilder(rscript.toString(), script.toString(), in.toString(), out.toString())
        .redirectErrorStream(true).start();
    String log = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(pr.waitFor(60, TimeUnit.SECONDS) && pr.exitValue() == 0, log);
    List<String> r = Files.readAllLines(out);
    assertEquals(rows.size(), r.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = r.get(i).split(",");
      for (int q = 0; q < 4; q++) {
        assertEquals(Double.parseDouble(cells[q].trim()), rows.get(i).limits()[q], 1e-15, rows.get(i).label() + " q=" + QUANTILES[q]);
      }
    }
    System.out.println("funnel limits: " + rows.size() + " unit rows agree with R qbinom");
  }

  /** Smallest k with P(X <= k) >= q, adding probabilities from k = 0 (each from the previous). */
  static int naiveQuantile(double q, int n, double p) {
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return n;
    }
    // log P(X = k) from log P(X = 0) = n log(1 - p) and the ratio P(k+1)/P(k) = (n-k)/(k+1) p/(1-p)
    double[] logs = new double[n + 1];
    logs[0] = n * Math.log1p(-p);
    double max = logs[0];
    for (int k = 0; k < n; k++) {
      logs[k + 1] = logs[k] + Math.log((double) (n - k) / (k + 1)) + Math.log(p / (1 - p));
      max = Math.max(max, logs[k + 1]);
    }
    double total = 0;
    for (double l : logs) {
      total += Math.exp(l - max);
    }
    double cumulative = 0;
    for (int k = 0; k <= n; k++) {
      cumulative += Math.exp(logs[k] - max) / total;
      if (cumulative >= q * (1 - 64 * Math.ulp(1.0))) {
        return k;
      }
    }
    return n;
  }

}
