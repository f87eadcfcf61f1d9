package dev.kpikit.metrics;

import dev.kpikit.config.ConfigNames;
import dev.kpikit.config.ConfigNames.Vocabulary;
import java.util.Map;

/**
 * The names {@code kpikit.yaml} may use for what the metrics define: KPI names under {@code
 * targets} ({@link KpiSeries#names()}) and balance names under {@code bands} ({@link
 * Balances#NAMES}). A new named section whose names the metrics define gets its vocabulary here.
 *
 * @since 0.1.0
 */
public final class ConfigVocabulary {
  /** The vocabularies of {@code targets} and {@code bands}. */
  public static final ConfigNames NAMES = new ConfigNames(Map.of(
      "targets", new Vocabulary("KPI", KpiSeries.names()),
      "bands", new Vocabulary("balance", Balances.NAMES)));

  private ConfigVocabulary() {}
}
