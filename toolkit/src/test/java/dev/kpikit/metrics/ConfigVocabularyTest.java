package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The names kpikit.yaml's {@code bands} and {@code targets} may use are those the metrics produce:
 * a balance or KPI added to the metrics but not to {@link ConfigVocabulary} would be warned about.
 */
class ConfigVocabularyTest {
  @Test
  void bandNamesAreTheBalancesTableRows() {
    Table balances = Kpikit.open("../data-samples/northwind-coffee").balances().table();
    assertEquals(balances.stringColumn("balance").asList(), ConfigVocabulary.NAMES.sections().get("bands").names());
  }

  @Test
  void everyScorecardKpiIsATargetName() {
    List<String> names = ConfigVocabulary.NAMES.sections().get("targets").names();
    for (String sample : List.of("northwind-coffee", "cloudnote-saas", "harborview-bakeries")) {
      Business b = Kpikit.open("../data-samples/" + sample);
      Table scorecard = b.computeAll(b.options()).tables().get(Scorecard.TABLE);
      assertTrue(scorecard.rowCount() > 0, sample);
      for (String kpi : scorecard.stringColumn("kpi").asList()) {
        assertTrue(names.contains(kpi), sample + ": " + kpi);
      }
    }
  }
}
