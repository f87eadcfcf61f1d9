package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.ConfigIssue;
import dev.kpikit.report.MetricRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config's ignored keys and names are among the warnings a reader sees before any number. */
class HtmlReport_ConfigWarningsTest {
  private static final Path DIR = Path.of("/data/acme-roasters");
  private static final Instant NOW = Instant.parse("2025-04-01T06:00:00Z");

  private static MetricRun withIssues(List<ConfigIssue> issues) {
    MetricRun r = ReportFixtures.run(DIR, Map.of(), Map.of(), List.of(), List.of(), ReportFixtures.config());
    return new MetricRun(r.dataDir(), r.config(), r.options(), r.loads(), r.tables(), r.skipped(), r.kpis(),
        r.timingsMillis(), issues);
  }

  @Test
  void anIgnoredTargetIsWarnedWithItsLineRelativeToTheDataFolder() {
    String html = HtmlReport.page(withIssues(List.of(new ConfigIssue("/data/acme-roasters/kpikit.yaml", 9, 3,
        "unknown KPI `ltv_cca` in targets; did you mean `ltv_cac`?"))), NOW).render();
    assertTrue(html.contains("<p>⚠ kpikit.yaml:9:3: unknown KPI `ltv_cca` in targets; did you mean"
        + " `ltv_cac`? It was ignored.</p>"), html);
  }

  @Test
  void aKeyIsEscaped() {
    String html = HtmlReport.page(withIssues(List.of(new ConfigIssue("/data/acme-roasters/kpikit.yaml", 1, 1,
        "unknown key `<img src=x onerror=alert(1)>`"))), NOW).render();
    assertTrue(html.contains("unknown key `&lt;img src=x onerror=alert(1)&gt;`"), html);
    assertFalse(html.contains("<img src=x"));
  }

  @Test
  void aCleanConfigAddsNoWarning() {
    assertFalse(HtmlReport.page(withIssues(List.of()), NOW).render().contains("id=\"warnings\""));
  }
}
