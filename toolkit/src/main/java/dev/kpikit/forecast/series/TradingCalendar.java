package dev.kpikit.forecast.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When a business trades, learned from the history before a cutoff only.
 *
 * <ul>
 *   <li>A <em>closed phase</em> is a position in the season (a weekday, for daily data with season
 *       7) whose every observation before the cutoff is exactly 0, with at least {@link
 *       #MIN_CYCLES} of them: a shop that never trades on Saturdays. It is forecast as exactly 0.
 *   <li>A <em>closure</em> is a day of an open phase with exactly 0 (no order at all). Closures are
 *       not observations of the level: the smoothing carries its state across them.
 *   <li>A run of at least {@link #SHUTDOWN_DAYS} consecutive closures (counting open-phase days
 *       only) is a <em>shutdown</em>, e.g. the Christmas break; when the series' dates are known,
 *       a shutdown is assumed to recur on the same calendar days every later year, and those days
 *       are forecast as exactly 0.
 *   <li>Shorter runs are <em>holidays</em> (bank holidays): their share of the open-phase days
 *       outside shutdowns is the daily closure probability, drawn independently for each forecast
 *       day of an open phase.
 * </ul>
 */
final class TradingCalendar {
  /** Fewer complete cycles than this and no phase is called closed. */
  static final int MIN_CYCLES = 3;
  /** Consecutive open-phase closures from which a run is a shutdown rather than holidays. */
  static final int SHUTDOWN_DAYS = 5;

  private final int season;
  private final boolean[] closedPhase;
  private final boolean[] closure;
  private final double holidayRate;
  private final List<LocalDate[]> shutdowns;
  private final LocalDate first;

  private TradingCalendar(
      int season,
      boolean[] closedPhase,
      boolean[] closure,
      double holidayRate,
      List<LocalDate[]> shutdowns,
      LocalDate first) {
    this.season = season;
    this.closedPhase = closedPhase;
    this.closure = closure;
    this.holidayRate = holidayRate;
    this.shutdowns = shutdowns;
    this.first = first;
  }

  /**
   * @param y the series
   * @param cutoff how many observations may be used
   * @param season the season length
   * @param first the date of y[0], or null when the series has no dates (then no shutdown recurs)
   * @return the calendar learned from y[0 .. cutoff-1]
   */
  static TradingCalendar learn(double[] y, int cutoff, int season, LocalDate first) {
    boolean[] closedPhase = new boolean[season];
    if (cutoff / season >= MIN_CYCLES) {
      Arrays.fill(closedPhase, true);
      for (int t = 0; t < cutoff; t++) {
        if (y[t] != 0) {
          closedPhase[t % season] = false;
        }
      }
    }
    boolean[] closure = new boolean[cutoff];
    int openDays = 0;
    for (int t = 0; t < cutoff; t++) {
      if (!closedPhase[t % season]) {
        openDays++;
        closure[t] = y[t] == 0;
      }
    }
    int holidays = 0;
    int shutdownDays = 0;
    List<LocalDate[]> shutdowns = new ArrayList<>();
    int t = 0;
    while (t < cutoff) {
      if (!closure[t]) {
        t++;
        continue;
      }
      int runDays = 0;
      int end = t;
      for (int u = t; u < cutoff && (closure[u] || closedPhase[u % season]); u++) {
        if (closure[u]) {
          runDays++;
          end = u;
        }
      }
      if (runDays >= SHUTDOWN_DAYS) {
        shutdownDays += runDays;
        if (first != null) {
          shutdowns.add(new LocalDate[] {first.plusDays(t), first.plusDays(end)});
        }
      } else {
        holidays += runDays;
      }
      t = end + 1;
    }
    int normalDays = openDays - shutdownDays;
    double rate = normalDays > 0 ? (double) holidays / normalDays : 0;
    return new TradingCalendar(season, closedPhase, closure, rate, List.copyOf(shutdowns), first);
  }

  /**
   * @param t a day index
   * @return true when the day's phase never trades
   */
  boolean isClosedPhase(int t) {
    return closedPhase[t % season];
  }

  /**
   * @param t a day index before the cutoff
   * @return true when the day is an observation to learn from: an open phase and not a closure
   */
  boolean isTrading(int t) {
    return !closedPhase[t % season] && !closure[t];
  }

  /**
   * @param t a day index after the cutoff
   * @return true when the day falls in a phase that never trades, or on the calendar days of a
   *     past shutdown one or more years earlier
   */
  boolean isSurelyClosed(int t) {
    if (closedPhase[t % season]) {
      return true;
    }
    if (first == null) {
      return false;
    }
    LocalDate d = first.plusDays(t);
    for (LocalDate[] s : shutdowns) {
      for (LocalDate back = d.minusYears(1); !back.isBefore(s[0]); back = back.minusYears(1)) {
        if (!back.isAfter(s[1])) {
          return true;
        }
      }
    }
    return false;
  }

  /** @return the probability that a day of an open phase outside shutdowns is a holiday closure */
  double holidayRate() {
    return holidayRate;
  }

  /** @return the phases (0 = the phase of the series' first day) that never trade */
  int[] closedPhases() {
    int n = 0;
    for (boolean c : closedPhase) {
      n += c ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int j = 0; j < season; j++) {
      if (closedPhase[j]) {
        out[k++] = j;
      }
    }
    return out;
  }

  /** @return the shutdowns found, as first and last closed date each (empty without dates) */
  List<LocalDate[]> shutdowns() {
    return shutdowns;
  }
}
