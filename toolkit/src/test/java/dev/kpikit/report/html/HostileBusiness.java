package dev.kpikit.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kpikit.io.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cloudnote sample business rewritten with {@link HostilePayloads} in every text column that
 * reaches the report (channel, region, product, plan, department), in the name of its folder and of
 * its orders file, in the currency, in a target's name, and in the ids of rows that are rejected.
 */
final class HostileBusiness {
  static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas");

  /** The columns whose values become payloads: every dimension the report shows. */
  static final Set<String> TEXT_COLUMNS = Set.of("channel", "region", "sku", "plan", "department");

  /** The currency of the config: display text in KPI tiles and axis titles. */
  static final String CURRENCY = "<img src=x onerror=\"document.title='XSS'\" id=xss>";

  /** Rows appended to orders with a payload id and an amount that does not parse. */
  static final int REJECTED_PAYLOAD_ROWS = HostilePayloads.FORMULAS.size();

  private final Map<String, Map<String, String>> payloadOf = new HashMap<>();
  private int next;

  private HostileBusiness() {}

  /**
   * Writes the business into a new folder of {@code parent}.
   *
   * @return the data folder
   */
  static Path write(Path parent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve(HostilePayloads.FILE_NAMES.get(0)));
    new HostileBusiness().writeTo(dir);
    return dir;
  }

  private void writeTo(Path dir) throws IOException {
    String ordersFile = HostilePayloads.FILE_NAMES.get(1) + ".csv";
    for (String dataset :
        List.of("orders", "customers", "marketing_spend", "employees", "financials")) {
      String target = dataset.equals("orders") ? ordersFile : dataset + ".csv";
      List<String> lines = Files.readAllLines(CLOUDNOTE.resolve(dataset + ".csv"));
      try (Writer w = Files.newBufferedWriter(dir.resolve(target), StandardCharsets.UTF_8);
          CsvWriter csv = new CsvWriter(w)) {
        String[] header = lines.get(0).split(",", -1);
        csv.row(header);
        for (String line : lines.subList(1, lines.size())) {
          String[] fields = line.split(",", -1);
          for (int c = 0;
              c < Math.min(fields.length, header.length);
              c++) { // ragged rows stay ragged
            if (TEXT_COLUMNS.contains(header[c])) {
              fields[c] = payload(header[c], fields[c]);
            }
          }
          csv.row(fields);
        }
        if (dataset.equals("orders")) {
          for (String formula : HostilePayloads.FORMULAS) { // order_id,order_date,...,amount,...
            String[] fields = lines.get(1).split(",", -1);
            fields[0] = formula;
            fields[7] = formula;
            csv.row(fields);
          }
        }
      }
    }
    writeConfig(dir, ordersFile);
  }

  /** Each distinct value of a column becomes the next payload, the same in every file. */
  private String payload(String column, String value) {
    if (value.isEmpty()) {
      return value;
    }
    List<String> all = HostilePayloads.all();
    return payloadOf
        .computeIfAbsent(column, c -> new HashMap<>())
        .computeIfAbsent(value, v -> all.get(next++ % all.size()));
  }

  private static void writeConfig(Path dir, String ordersFile) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode config = yaml.createObjectNode();
    config.put("timezone", "Europe/Berlin");
    config.put("currency", CURRENCY);
    config.put("as_of", "2025-12-31");
    ObjectNode datasets = config.putObject("datasets");
    datasets.putObject("orders").put("path", ordersFile);
    datasets
        .putObject("customers")
        .put("path", "customers.csv")
        .put("end_is_last_active_day", false);
    for (String d : List.of("marketing_spend", "employees", "financials")) {
      datasets.putObject(d).put("path", d + ".csv");
    }
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("logo_churn_rate", Map.of("max", 0.03));
    targets.put("ltv_cac", Map.of("min", 3));
    targets.put(
        HostilePayloads.FORMULAS.get(0) + HostilePayloads.MARKUP.get(0),
        Map.of("max", 1)); // no such KPI
    config.set("targets", yaml.valueToTree(targets));
    // Subscriptions get no customer-value model unless one is named: name it, so the section's
    // tables and charts carry the hostile customer ids too.
    config.putObject("customer_value").put("model", "bg-nbd");
    yaml.writeValue(dir.resolve("kpikit.yaml").toFile(), config);
  }
}
