package dev.kpikit.forecast;

/**
 * A scenario that cannot be simulated: an unknown lever, a channel the data does not have, or a
 * malformed value. The message names the scenario and the lever key.
 *
 * @since 0.2.0
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String scenario;
  private final String key;

  /**
   * @param scenario the scenario's name
   * @param key the lever key (empty when the problem is the scenario itself)
   * @param problem what is wrong, for the user
   */
  public ScenarioException(String scenario, String key, String problem) {
    super("scenario '" + scenario + "'" + (key.isEmpty() ? "" : ", " + key) + ": " + problem);
    this.scenario = scenario;
    this.key = key;
  }

  /** @return the scenario's name */
  public String scenario() {
    return scenario;
  }

  /** @return the lever key, or empty */
  public String key() {
    return key;
  }
}
