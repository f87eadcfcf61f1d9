package dev.kpikit;

import dev.kpikit.config.ForecastSettings;
import dev.kpikit.forecast.DriverModel;
import dev.kpikit.forecast.Outlook;
import dev.kpikit.forecast.Scenario;
import dev.kpikit.forecast.ScenarioException;
import dev.kpikit.load.DataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * The outlook of a {@link Business}, ready to be simulated: refine it with {@link #horizon}, {@link
 * #paths}, {@link #seed} and {@link #scenario}, then call {@link #table()}, {@link #scenarios()},
 * {@link #assumptions()} or {@link #run()}. Defaults come from the {@code forecast} and {@code
 * scenarios} sections of {@code kpikit.yaml}. Immutable: each refinement returns a new query.
 *
 * <pre>{@code
 * Table fan = business.forecast().horizon(24).scenario("more_paid=marketing_spend.paid_search:+20%").table();
 * }</pre>
 *
 * <p>The forecast is monthly: drivers are fitted on the complete months up to the business's
 * as-of date and the first forecast month is the one after.
 *
 * @since 0.2.0
 */
public final class ForecastQuery {
  private final Business business;
  private final ForecastSettings settings;
  private final List<Scenario> extra;
  private final boolean configScenarios;

  /**
   * @param business the business
   * @return the query with the settings and scenarios of the business's config
   */
  public static ForecastQuery of(Business business) {
    return new ForecastQuery(business, business.config().forecast(), List.of(), true);
  }

  private ForecastQuery(Business business, ForecastSettings settings, List<Scenario> extra, boolean configScenarios) {
    this.business = Objects.requireNonNull(business, "business");
    this.settings = settings;
    this.extra = List.copyOf(extra);
    this.configScenarios = configScenarios;
  }

  /** @return the horizon, paths and seed this query will use */
  public ForecastSettings settings() {
    return settings;
  }

  /**
   * @param months months ahead, 1 to {@link ForecastSettings#MAX_HORIZON}
   * @return this query with another horizon
   */
  public ForecastQuery horizon(int months) {
    return new ForecastQuery(business, new ForecastSettings(months, settings.paths(), settings.seed(), settings.enabled()), extra, configScenarios);
  }

  /**
   * @param count simulated paths, 100 to {@link ForecastSettings#MAX_PATHS}
   * @return this query with another number of paths
   */
  public ForecastQuery paths(int count) {
    return new ForecastQuery(business, new ForecastSettings(settings.horizon(), count, settings.seed(), settings.enabled()), extra, configScenarios);
  }

  /**
   * @param seed the random seed
   * @return this query with another seed
   */
  public ForecastQuery seed(long seed) {
    return new ForecastQuery(business, new ForecastSettings(settings.horizon(), settings.paths(), seed, settings.enabled()), extra, configScenarios);
  }

  /**
   * @param scenario a scenario to simulate besides those of the config
   * @return this query with the scenario added
   */
  public ForecastQuery scenario(Scenario scenario) {
    List<Scenario> more = new ArrayList<>(extra);
    more.add(Objects.requireNonNull(scenario, "scenario"));
    return new ForecastQuery(business, settings, more, configScenarios);
  }

  /**
   * @param text a scenario in the command line form {@code NAME=LEVER:VALUE[,LEVER:VALUE...]}
   * @return this query with the scenario added
   * @throws ScenarioException when the text is malformed
   */
  public ForecastQuery scenario(String text) {
    return scenario(Scenario.parse(text));
  }

  /** @return this query without the config's scenarios (only {@code base} and those added) */
  public ForecastQuery withoutConfigScenarios() {
    return new ForecastQuery(business, settings, extra, false);
  }

  /**
   * @return the scenarios of the config, in file order
   * @throws ScenarioException naming the scenario and key of an unknown lever or malformed value
   */
  public List<Scenario> configScenarios() {
    List<Scenario> out = new ArrayList<>();
    if (configScenarios) {
      for (Map.Entry<String, Map<String, String>> e : business.config().scenarios().entrySet()) {
        out.add(Scenario.of(e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  /**
   * @return the fitted drivers (no simulation)
   * @throws DataException when the data cannot carry a forecast (no orders or subscriptions, too
   *     short a history, or a metric the drivers need cannot be computed from it)
   */
  public DriverModel drivers() {
    try {
      return DriverFit.fit(business);
    } catch (ScenarioException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DataException(business.folder().dir() + ": cannot fit the forecast's drivers: " + e.getMessage(), e);
    }
  }

  /**
   * Fits the drivers and simulates every scenario.
   *
   * @return the outlook
   * @throws ScenarioException when a scenario is invalid for this business
   * @throws dev.kpikit.load.DataException when the data cannot carry a forecast
   */
  public Outlook run() {
    List<Scenario> all = new ArrayList<>(configScenarios());
    all.addAll(extra);
    return Outlook.simulate(drivers(), settings.horizon(), settings.paths(), settings.seed(), all);
  }

  /** @return {@link Outlook#forecastTable()} of a fresh run */
  public Table table() {
    return run().forecastTable();
  }

  /** @return {@link Outlook#scenarioTable()} of a fresh run */
  public Table scenarios() {
    return run().scenarioTable();
  }

  /** @return {@link Outlook#assumptionsTable()} of the fitted drivers */
  public Table assumptions() {
    return Outlook.assumptionsTable(drivers());
  }
}
