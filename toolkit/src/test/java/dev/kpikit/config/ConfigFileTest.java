package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kpikit.load.DataException;
import dev.kpikit.metrics.ConfigVocabulary;
import dev.kpikit.schema.Dataset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown keys and names in kpikit.yaml: each an issue with its line, column and nearest name. */
class ConfigFileTest {

  private static ConfigFile parse(String yaml) {
    return ConfigFile.parse("k.yaml", yaml, ConfigVocabulary.NAMES);
  }

  /** The 1-based line and column where {@code key} starts in {@code yaml}, found by text search. */
  private static int[] where(String yaml, String key) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int col = lines.get(i).indexOf(key);
      if (col >= 0) {
        return new int[] {i + 1, col + 1};
      }
    }
    throw new AssertionError(key + " not in the document");
  }

  @Test
  void unknownTopLevelKeyIsAnIssueAndTheRestIsRead() {
    ConfigFile f = parse("timezon: Europe/Berlin\ncurrency: EUR\n");
    assertEquals(1, f.issues().size());
    assertEquals("unknown key `timezon`; did you mean `timezone`?", f.issues().get(0).message());
    assertEquals("EUR", f.config().currency());
    assertEquals(KpikitConfig.DEFAULT.timezone(), f.config().timezone(), "the misspelt key is ignored");
  }

  @Test
  void unknownDatasetKeyIsAnIssueNamingItsSection() {
    ConfigFile f = parse("datasets:\n  orders:\n    path: o.csv\n    date_fromat: d/M/yyyy\n");
    assertEquals(
        "unknown key `date_fromat` in datasets.orders; did you mean `date_format`?",
        f.issues().get(0).message());
    assertEquals("o.csv", f.config().dataset(Dataset.ORDERS).path());
    assertEquals(null, f.config().dataset(Dataset.ORDERS).dateFormat());
  }

  @Test
  void unknownDatasetNameIsAnIssueAndItsSectionIgnored() {
    ConfigFile f = parse("datasets:\n  marketing_spnd: { path: spend.csv }\n");
    assertEquals(
        "unknown dataset `marketing_spnd` in datasets; did you mean `marketing_spend`?",
        f.issues().get(0).message());
    assertEquals(null, f.config().dataset(Dataset.MARKETING_SPEND).path());
  }

  @Test
  void unknownTargetNameIsAnIssue() {
    ConfigFile f = parse("targets:\n  ltv_cac: { min: 3 }\n  ltv_cca: { min: 3 }\n");
    assertEquals(List.of("unknown KPI `ltv_cca` in targets; did you mean `ltv_cac`?"),
        f.issues().stream().map(ConfigIssue::message).toList());
  }

  @Test
  void unknownKeyInsideATargetIsAnIssue() {
    ConfigFile f = parse("targets:\n  ltv_cac: { mn: 3, max: 9 }\n");
    assertEquals("unknown key `mn` in targets.ltv_cac; did you mean `min`?", f.issues().get(0).message());
  }

  @Test
  void unknownBandNameIsAnIssue() {
    ConfigFile f = parse("bands:\n  growth_vs_chrun: [-0.5, 0.2]\n");
    assertEquals("unknown balance `growth_vs_chrun` in bands; did you mean `growth_vs_churn`?",
        f.issues().get(0).message());
  }

  @Test
  void aNameFarFromEveryKnownOneListsTheKnownOnes() {
    ConfigFile f = parse("colour: blue\n");
    assertEquals("unknown key `colour`; expected one of timezone, currency, as_of, datasets, targets, bands, fx_rates,"
            + " policies, forecast, scenarios, customer_value, segments, unit, unit_allocation",
        f.issues().get(0).message());
  }

  @Test
  void theIssueNamesTheLineAndColumnOfTheKey() {
    String yaml = """
        # Acme
        timezone: UTC
        datasets:
          orders: { path: o.csv, delimter: ";" }
        targets:
          gross_margin_pct: { min: 0.5 }
          repeat_purchse_rate: { min: 0.4 }
        """;
    ConfigFile f = parse(yaml);
    assertEquals(2, f.issues().size());
    int[] delimiter = where(yaml, "delimter");
    int[] repeat = where(yaml, "repeat_purchse_rate");
    assertEquals(List.of(delimiter[0], delimiter[1]), List.of(f.issues().get(0).line(), f.issues().get(0).column()));
    assertEquals(List.of(repeat[0], repeat[1]), List.of(f.issues().get(1).line(), f.issues().get(1).column()));
    assertEquals("k.yaml:" + repeat[0] + ":" + repeat[1]
        + ": unknown KPI `repeat_purchse_rate` in targets; did you mean `repeat_purchase_rate`?",
        f.issues().get(1).toString());
  }

  @Test
  void theDesignExampleHasNoIssues() {
    assertEquals(List.of(), parse(KpikitConfigTest.DESIGN_EXAMPLE).issues());
  }

  @Test
  void withoutVocabulariesTargetAndBandNamesAreNotChecked() {
    ConfigFile f = ConfigFile.parse("k.yaml", "targets: { anything: { min: 1 } }\n", ConfigNames.NONE);
    assertEquals(List.of(), f.issues());
  }

  @Test
  void strictRefusesTheFirstIssueAndCountsTheRest() {
    ConfigFile f = parse("timezon: UTC\ncurrenci: EUR\nbands: { growth_vs_chrun: [0, 0.1] }\n");
    DataException e = assertThrows(DataException.class, f::strict);
    assertEquals("k.yaml:1:1: unknown key `timezon`; did you mean `timezone`? (and 2 more config problems)",
        e.getMessage());
  }

  /** A stand-in for a section another feature adds to the model, e.g. {@code forecast:}. */
  record Forecast(Integer horizonMonths, List<Scenario> scenarios) {}

  record Scenario(String name, Double churnFactor) {}

  record ModelWithNewSection(String currency, Forecast forecast, Map<String, Scenario> named) {}

  @Test
  void aSectionAddedToTheModelIsKnownWithNothingToRegister() throws Exception {
    String yaml = """
        currency: EUR
        forecast:
          horizon_months: 12
          horizon_monts: 3
          scenarios:
            - { name: base, churn_factor: 1.0 }
            - { name: bad, churn_factr: 1.5 }
        named:
          anything: { name: x }
        """;
    List<ConfigIssue> issues = ConfigSchema.check("k.yaml",
        new ObjectMapper(new YAMLFactory()).readTree(yaml), ModelWithNewSection.class,
        KeyLocations.read(yaml), ConfigNames.NONE);
    assertEquals(List.of(
        "unknown key `horizon_monts` in forecast; did you mean `horizon_months`?",
        "unknown key `churn_factr` in forecast.scenarios; did you mean `churn_factor`?"),
        issues.stream().map(ConfigIssue::message).toList());
  }

  @Test
  void everyComponentOfTheModelIsAKeyInSnakeCase() {
    assertEquals(List.of("timezone", "currency", "as_of", "datasets", "targets", "bands", "fx_rates", "policies",
            "forecast", "scenarios", "customer_value", "segments", "unit", "unit_allocation"),
        List.copyOf(ConfigSchema.keys(KpikitConfig.class).keySet()));
    assertTrue(ConfigSchema.keys(DatasetConfig.class).containsKey("end_is_last_active_day"));
    assertFalse(ConfigSchema.keys(DatasetConfig.class).containsKey("endIsLastActiveDay"));
  }

  @Test
  void aMisspeltPolicyIsAnIssueNamingTheNearestOne() {
    ConfigFile f = parse("policies:\n  past_due_grace_dys: 7\n");
    assertEquals("unknown key `past_due_grace_dys` in policies; did you mean `past_due_grace_days`?",
        f.issues().get(0).message());
  }
}
