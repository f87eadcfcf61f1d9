package dev.kpikit.report;

import dev.kpikit.clv.CountModel;
import dev.kpikit.clv.CustomerValueResult;
import dev.kpikit.clv.GammaGamma;
import dev.kpikit.clv.ModelFit;
import dev.kpikit.clv.RfmSummary;
import dev.kpikit.io.AtomicFiles;
import dev.kpikit.io.TableCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a customer-value run under {@code OUT/customers/}: {@code predictions.csv}, {@code
 * model.json}, {@code tracking.csv} and, with a holdout, {@code validation.csv}. Each file is
 * written to a temporary name and renamed.
 *
 * @since 0.1.0
 */
public final class CustomerValueOutput {
  /** The folder below the output folder. */
  public static final String FOLDER = "customers";

  private CustomerValueOutput() {}

  /**
   * @param result the run
   * @param out the output folder ({@code customers/} is created below it)
   * @return the files written, relative to {@code out}
   * @throws IOException when a file cannot be written
   */
  public static List<String> write(CustomerValueResult result, Path out) throws IOException {
    Path dir = out.resolve(FOLDER);
    List<String> written = new java.util.ArrayList<>();
    AtomicFiles.write(dir.resolve("predictions.csv"), w -> TableCsv.write(result.predictions().table(), w));
    written.add(FOLDER + "/predictions.csv");
    AtomicFiles.writeString(dir.resolve("model.json"), MetricsOutput.JSON.writeValueAsString(modelJson(result)) + "\n");
    written.add(FOLDER + "/model.json");
    AtomicFiles.write(dir.resolve("tracking.csv"), w -> TableCsv.write(result.tracking(), w));
    written.add(FOLDER + "/tracking.csv");
    if (result.validation() != null) {
      AtomicFiles.write(dir.resolve("validation.csv"), w -> TableCsv.write(result.validation(), w));
      written.add(FOLDER + "/validation.csv");
    }
    return written;
  }

  /**
   * The content of {@code model.json}: the settings, the data span, and for the count model (as
   * fitted for the validation, and as fitted for the predictions when they differ) and the spend
   * model: parameters, standard errors, log-likelihood, AIC, customers, starts.
   *
   * @param result the run
   * @return an ordered map ready for JSON
   */
  public static Map<String, Object> modelJson(CustomerValueResult result) {
    Map<String, Object> m = new LinkedHashMap<>();
    var s = result.settings();
    m.put("model", s.model());
    m.put("unit", s.unit().label());
    m.put("horizon", s.clv().horizon());
    m.put("discount_rate", s.clv().discountRate());
    m.put("margin", s.clv().margin());
    m.put("as_of", s.asOf().toString());
    m.put("holdout_start", s.holdoutStart() == null ? null : s.holdoutStart().toString());
    m.put("data_span", span(result.current()));
    m.put("count_model", fitJson(result.currentModel()));
    if (result.fitted() != result.current()) {
      Map<String, Object> cal = new LinkedHashMap<>();
      cal.put("data_span", span(result.fitted()));
      cal.put("count_model", fitJson(result.model()));
      m.put("calibration", cal);
    }
    GammaGamma g = result.spend();
    m.put("spend_model", g == null ? null : fitJson(g.fit()));
    m.put("spend_model_note", result.spendNote());
    return m;
  }

  private static Map<String, Object> span(RfmSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("first_purchase", s.size() == 0 ? null : s.firstPurchase().toString());
    m.put("calibration_end", s.options().calibrationEnd().toString());
    m.put("holdout_end", s.options().holdoutEnd() == null ? null : s.options().holdoutEnd().toString());
    m.put("customers", s.size());
    long repeat = 0;
    for (int x : s.frequency()) {
      repeat += x;
    }
    m.put("repeat_purchases", repeat);
    return m;
  }

  private static Map<String, Object> fitJson(CountModel model) {
    return fitJson(model.fit());
  }

  private static Map<String, Object> fitJson(ModelFit f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.model());
    Map<String, Object> params = new LinkedHashMap<>();
    Map<String, Object> errors = new LinkedHashMap<>();
    for (int i = 0; i < f.params().length; i++) {
      params.put(f.names().get(i), f.params()[i]);
      double se = f.standardErrors()[i];
      errors.put(f.names().get(i), Double.isFinite(se) ? se : null);
    }
    m.put("parameters", params);
    m.put("standard_errors", errors);
    m.put("log_likelihood", f.logLikelihood());
    m.put("aic", f.aic());
    m.put("customers", f.customers());
    m.put("starts", f.starts().length);
    m.put("starts_at_optimum", f.startsAtOptimum());
    return m;
  }
}
