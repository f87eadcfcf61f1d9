package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.clv.CustomerValueQuery;
import dev.kpikit.clv.CustomerValueResult;
import dev.kpikit.clv.PeriodUnit;
import dev.kpikit.clv.RfmSummary;
import dev.kpikit.load.LoadResult;
import dev.kpikit.report.CustomerValueOutput;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpikit customers}: per-customer predictions and lifetime value from the orders. */
@Command(
    name = "customers",
    mixinStandardHelpOptions = true,
    description = {
      "Fit a buy-till-you-die model (BG/NBD or Pareto/NBD, with Gamma-Gamma spend) to the orders"
          + " and write customers/predictions.csv (P(alive), expected purchases, expected spend,"
          + " CLV per customer), customers/model.json, customers/tracking.csv and, with"
          + " --holdout-start, customers/validation.csv to --out.",
      "Defaults come from the customer_value section of kpikit.yaml; options win."
    })
final class CustomersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATA_DIR", description = "The data folder (orders.csv, ...).")
  Path dataDir;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Last day of data used (yyyy-MM-dd); default as_of in kpikit.yaml, else the last date in the data.")
  LocalDate asOf;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default DATA_DIR/kpikit.yaml).")
  Path config;

  @Option(names = "--model", paramLabel = "M", description = "bg-nbd (default) or pareto-nbd.")
  String model;

  @Option(names = "--unit", paramLabel = "U", description = "Time unit: week (default) or day.")
  String unit;

  @Option(names = "--holdout-start", paramLabel = "DATE", description = "Fit on the orders before DATE and validate on DATE..as-of.")
  LocalDate holdoutStart;

  @Option(names = "--horizon", paramLabel = "N", description = "Prediction horizon in units (default 52 weeks or 365 days).")
  Double horizon;

  @Option(names = "--discount-rate", paramLabel = "R", description = "Yearly discount rate of CLV, e.g. 0.10 (default).")
  Double discountRate;

  @Option(names = "--margin", paramLabel = "S", description = "Share of spend that is profit, in (0, 1] (default 1: revenue).")
  Double margin;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Business business =
        RunOptions.openFolder(dataDir, config, asOf, false, RunOptions.warnings(spec.commandLine().getErr()));
    if (!business.has(Dataset.ORDERS)) {
      throw new dev.kpikit.load.DataException(dataDir + ": no orders file; customer value needs orders");
    }
    CustomerValueQuery query =
        configured(business.customerValue(), business.config().customerValue().horizon() != null);
    CustomerValueResult result = query.run();
    List<String> written;
    try {
      written = CustomerValueOutput.write(result, out);
    } catch (IOException e) {
      throw new OutputException("cannot write " + out + ": " + e.getMessage(), e);
    }
    LoadResult orders = business.load(Dataset.ORDERS);
    stdout.printf(Locale.ROOT, "as of %s: %,d orders rows read, %,d loaded, %,d rejected%n",
        result.settings().asOf(), orders.rowsRead(), orders.rowsLoaded(), orders.rowsRejected());
    RfmSummary s = result.current();
    stdout.printf(Locale.ROOT, "  %,d customers, %s%n", s.size(), result.currentModel());
    if (result.spend() != null) {
      stdout.printf(Locale.ROOT, "  %s%n", result.spend());
    } else {
      stdout.printf(Locale.ROOT, "  no spend model: %s%n", result.spendNote());
    }
    written.forEach(f -> stdout.printf(Locale.ROOT, "  wrote  %s%n", f));
    stdout.printf(Locale.ROOT, "outputs in %s%n", out);
    stdout.flush();
    return ExitCodes.OK;
  }

  private CustomerValueQuery configured(CustomerValueQuery q, boolean horizonConfigured) {
    try {
      if (model != null) {
        q = q.model(model.trim().toLowerCase(Locale.ROOT));
      }
      if (unit != null) {
        PeriodUnit u = PeriodUnit.parse(unit);
        q = q.unit(u);
        if (horizon == null && !horizonConfigured) {
          q = q.horizon(u == PeriodUnit.DAY ? 365 : 52); // the default year, in the unit
        }
      }
      if (holdoutStart != null) {
        q = q.holdoutStart(holdoutStart);
      }
      if (horizon != null) {
        q = q.horizon(horizon);
      }
      if (discountRate != null) {
        q = q.discountRate(discountRate);
      }
      if (margin != null) {
        q = q.margin(margin);
      }
      return q;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
