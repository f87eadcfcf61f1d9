package dev.kpikit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kpikit.forecast.Driver;
import dev.kpikit.forecast.Outlook;
import dev.kpikit.forecast.Scenario;
import dev.kpikit.io.AtomicFiles;
import dev.kpikit.io.TableCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an {@link Outlook} to an output folder: {@code forecast/forecast.csv}, {@code
 * forecast/scenarios.csv} and {@code forecast/assumptions.json}, each atomically. The same data,
 * seed, paths and horizon give byte-identical files.
 *
 * @since 0.2.0
 */
public final class ForecastOutput {
  /** The files written, relative to the output folder. */
  public static final List<String> FILES =
      List.of("forecast/forecast.csv", "forecast/scenarios.csv", "forecast/assumptions.json");

  private static final ObjectMapper JSON = MetricsOutput.JSON;

  private ForecastOutput() {}

  /**
   * @param outlook the simulated outlook
   * @param out the output folder (created if needed)
   * @return the files written, relative to {@code out}
   * @throws IOException when the folder cannot be written
   */
  public static List<String> write(Outlook outlook, Path out) throws IOException {
    AtomicFiles.write(out.resolve(FILES.get(0)), w -> TableCsv.write(outlook.forecastTable(), w));
    AtomicFiles.write(out.resolve(FILES.get(1)), w -> TableCsv.write(outlook.scenarioTable(), w));
    AtomicFiles.writeString(out.resolve(FILES.get(2)), JSON.writeValueAsString(assumptions(outlook)) + "\n");
    return FILES;
  }

  /**
   * @param outlook the simulated outlook
   * @return the content of {@code assumptions.json}: settings, every driver, every scenario's levers
   */
  public static ObjectNode assumptions(Outlook outlook) {
    ObjectNode root = JSON.createObjectNode();
    root.put("business", outlook.model().hasMrr() ? "subscriptions" : "orders");
    root.put("first_month", outlook.periods().get(0));
    root.put("horizon_months", outlook.horizon());
    root.put("paths", outlook.paths());
    root.put("seed", outlook.seed());
    ArrayNode drivers = root.putArray("drivers");
    for (Driver d : outlook.model().drivers()) {
      ObjectNode n = drivers.addObject();
      n.put("name", d.name());
      number(n, "value", d.value());
      number(n, "uncertainty", d.uncertainty());
      n.put("unit", d.unit());
      n.put("basis", d.basis());
    }
    ObjectNode scenarios = root.putObject("scenarios");
    for (String name : outlook.scenarioNames()) {
      Scenario s = outlook.paths(name).scenario();
      ObjectNode n = scenarios.putObject(name);
      s.spend().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> n.put("marketing_spend" + (e.getKey().equals("*") ? "" : "." + e.getKey()), e.getValue()));
      if (s.churnShift() != 0) {
        n.put("churn_rate_shift", s.churnShift());
      }
      if (s.price() != 1) {
        n.put("price", s.price());
      }
      if (s.newCustomers() != 1) {
        n.put("new_customers", s.newCustomers());
      }
    }
    return root;
  }

  private static void number(ObjectNode n, String field, double v) {
    if (Double.isFinite(v)) {
      n.put(field, v);
    } else {
      n.putNull(field);
    }
  }
}
