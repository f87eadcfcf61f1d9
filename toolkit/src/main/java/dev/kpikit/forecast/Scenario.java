package dev.kpikit.forecast;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A what-if: levers applied to the fitted drivers of a business before simulating. Every
 * scenario is simulated with the same random numbers as {@code base}, so its difference to base is
 * the effect of its levers, not noise.
 *
 * <p>Levers and their values:
 *
 * <ul>
 *   <li>{@code marketing_spend.CHANNEL: "+20%"} multiplies the planned spend of a channel ({@code
 *       marketing_spend: "+20%"} every channel); new customers follow through the channel's CAC.
 *   <li>{@code churn_rate: "-1pp"} shifts the monthly churn rate by percentage points (for an
 *       order business, the monthly decay of its retention curve).
 *   <li>{@code price: "+5%"} multiplies what every customer pays (no demand response: combine it
 *       with {@code churn_rate} or {@code new_customers} to express one).
 *   <li>{@code new_customers: "+10%"} multiplies the expected new customers of every channel.
 * </ul>
 *
 * @param name the scenario's name
 * @param spend spend multipliers by channel; the key {@code *} applies to every channel
 * @param churnShift the shift of the monthly churn rate, as a fraction (-0.01 for -1pp)
 * @param price the price multiplier
 * @param newCustomers the multiplier of expected new customers
 * @since 0.2.0
 */
public record Scenario(
    String name, Map<String, Double> spend, double churnShift, double price, double newCustomers) {
  /** The name of the scenario without levers, always simulated. */
  public static final String BASE = "base";

  /** The lever names a scenario may use. */
  public static final Set<String> LEVERS = Set.of("marketing_spend", "churn_rate", "price", "new_customers");

  private static final Pattern PERCENT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*%");
  private static final Pattern POINTS = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*pp");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  /** Copies the spend map. */
  public Scenario {
    spend = Map.copyOf(spend);
  }

  /** @return the scenario without levers */
  public static Scenario base() {
    return new Scenario(BASE, Map.of(), 0, 1, 1);
  }

  /**
   * @param channel a channel
   * @return the multiplier of that channel's planned spend
   */
  public double spendMultiplier(String channel) {
    return spend.getOrDefault(channel, spend.getOrDefault("*", 1.0));
  }

  /**
   * Builds a scenario from its levers.
   *
   * @param name the scenario's name (letters, digits, {@code _ . -})
   * @param levers lever key to value, keys dotted for channels ({@code marketing_spend.paid_search})
   * @return the scenario
   * @throws ScenarioException naming the scenario and the key, for an unknown lever, a malformed
   *     value or a bad name
   */
  public static Scenario of(String name, Map<String, String> levers) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ScenarioException(String.valueOf(name), "", "a scenario name is letters, digits, '_', '.' or '-'");
    }
    if (name.equals(BASE) && !levers.isEmpty()) {
      throw new ScenarioException(name, "", "'base' is the scenario without levers; give yours another name");
    }
    Map<String, Double> spend = new LinkedHashMap<>();
    double churn = 0;
    double price = 1;
    double newCustomers = 1;
    for (Map.Entry<String, String> e : levers.entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue().trim();
      int dot = key.indexOf('.');
      String lever = dot < 0 ? key : key.substring(0, dot);
      String sub = dot < 0 ? null : key.substring(dot + 1);
      if (!LEVERS.contains(lever)) {
        throw new ScenarioException(name, key, "unknown lever, expected one of " + new java.util.TreeSet<>(LEVERS));
      }
      if (sub != null && !lever.equals("marketing_spend")) {
        throw new ScenarioException(name, key, "only marketing_spend takes a channel (marketing_spend.CHANNEL)");
      }
      if (sub != null && sub.isEmpty()) {
        throw new ScenarioException(name, key, "missing channel after 'marketing_spend.'");
      }
      switch (lever) {
        case "churn_rate" -> churn = points(name, key, value);
        case "price" -> price = multiplier(name, key, value);
        case "new_customers" -> newCustomers = multiplier(name, key, value);
        default -> spend.put(sub == null ? "*" : sub, multiplier(name, key, value));
      }
    }
    return new Scenario(name, spend, churn, price, newCustomers);
  }

  private static double multiplier(String scenario, String key, String value) {
    Matcher m = PERCENT.matcher(value);
    if (!m.matches()) {
      throw new ScenarioException(scenario, key, "'" + value + "' is not a change in percent such as +20% or -5%");
    }
    double factor = 1 + Double.parseDouble(m.group(1)) / 100;
    if (factor < 0) {
      throw new ScenarioException(scenario, key, "'" + value + "' would make it negative");
    }
    return factor;
  }

  private static double points(String scenario, String key, String value) {
    Matcher m = POINTS.matcher(value);
    if (!m.matches()) {
      throw new ScenarioException(
          scenario, key, "'" + value + "' is not a change in percentage points such as -1pp or +0.5pp");
    }
    double shift = Double.parseDouble(m.group(1)) / 100;
    if (Math.abs(shift) > 1) {
      throw new ScenarioException(scenario, key, "'" + value + "' is more than 100 percentage points");
    }
    return shift;
  }

  /**
   * Parses the command line form {@code NAME=LEVER:VALUE[,LEVER:VALUE...]}, e.g. {@code
   * more_paid=marketing_spend.paid_search:+20%}.
   *
   * @param text the option's value
   * @return the scenario
   * @throws ScenarioException when the text is not of that form or a lever is invalid
   */
  public static Scenario parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new ScenarioException(text, "", "expected NAME=LEVER:VALUE[,LEVER:VALUE...], e.g. more_paid=marketing_spend.paid_search:+20%");
    }
    String name = text.substring(0, eq).trim();
    Map<String, String> levers = new LinkedHashMap<>();
    for (String part : text.substring(eq + 1).split(",")) {
      int colon = part.indexOf(':');
      if (colon <= 0) {
        throw new ScenarioException(name, part.trim(), "expected LEVER:VALUE, e.g. price:+5%");
      }
      String key = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (levers.put(key, part.substring(colon + 1).trim()) != null) {
        throw new ScenarioException(name, key, "given twice");
      }
    }
    return of(name, levers);
  }
}
