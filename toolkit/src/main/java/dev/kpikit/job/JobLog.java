package dev.kpikit.job;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The log of a job: one plain line per step, {@code 2025-06-30T02:00:00.123Z INFO  message},
 * with the time in ISO-8601 UTC to the millisecond, for cron mails and log files. Lines name
 * files, counts and durations, never data values.
 *
 * <p>On a terminal the log can also show a {@link ProgressBar} below the lines; the bar is erased
 * before each line and drawn again after it, so lines are never broken by it.
 *
 * @since 0.1.0
 */
public final class JobLog {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final PrintWriter out;
  private final Clock clock;
  private final boolean terminal;
  private ProgressBar bar;

  /**
   * @param out where lines go (the command's stderr)
   * @param clock the time source of the line stamps
   * @param terminal true when {@code out} is an interactive terminal: progress bars are drawn
   *     only then (never under cron, in pipes or in tests)
   */
  public JobLog(PrintWriter out, Clock clock, boolean terminal) {
    this.out = out;
    this.clock = clock;
    this.terminal = terminal;
  }

  /**
   * Logs a step.
   *
   * @param format a {@link String#format} pattern, formatted in {@link Locale#ROOT}
   * @param args its arguments
   */
  public void info(String format, Object... args) {
    line("INFO ", String.format(Locale.ROOT, format, args));
  }

  /**
   * Logs something the user should look at that does not fail the job.
   *
   * @param format a {@link String#format} pattern, formatted in {@link Locale#ROOT}
   * @param args its arguments
   */
  public void warn(String format, Object... args) {
    line("WARN ", String.format(Locale.ROOT, format, args));
  }

  /**
   * Starts a progress bar of {@code steps} steps, or does nothing when not on a terminal.
   *
   * @param steps the number of {@link #progress} calls expected
   */
  public synchronized void startProgress(int steps) {
    if (terminal && bar == null) {
      bar = ProgressBar.start(out, steps);
    }
  }

  /**
   * Advances the progress bar, if any, to the next step.
   *
   * @param label what the step does, e.g. {@code loading orders}
   */
  public synchronized void progress(String label) {
    if (bar != null) {
      bar.step(label);
    }
  }

  /** Erases and stops the progress bar, if any. */
  public synchronized void endProgress() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  private synchronized void line(String level, String message) {
    synchronized (out) { // the bar redraws from its own thread under the same monitor
      if (bar != null) {
        bar.erase();
      }
      out.println(TIME.format(clock.instant()) + " " + level + " " + message);
      if (bar != null) {
        bar.draw();
      }
      out.flush();
    }
  }
}
