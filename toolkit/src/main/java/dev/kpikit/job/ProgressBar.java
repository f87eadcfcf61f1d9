package dev.kpikit.job;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress bar for a terminal, {@code [#######.............] 2/6 loading orders 0:14},
 * redrawn in place with a carriage return. The elapsed time ticks every {@link #TICK} so a long
 * step (loading tens of millions of rows) visibly progresses. Only {@link JobLog} creates bars,
 * and only when attached to a terminal.
 *
 * <p>Drawing synchronizes on the output writer, the monitor {@link JobLog} holds while it prints
 * a line.
 */
final class ProgressBar implements AutoCloseable {
  /** How often the elapsed time is redrawn. */
  static final Duration TICK = Duration.ofMillis(500);

  private static final int WIDTH = 24;

  private final PrintWriter out;
  private final int steps;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private int started;
  private String label = "";
  private int drawnLength;
  private boolean closed;

  private ProgressBar(PrintWriter out, int steps) {
    this.out = out;
    this.steps = Math.max(1, steps);
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "kpikit-progress");
              t.setDaemon(true);
              return t;
            });
  }

  static ProgressBar start(PrintWriter out, int steps) {
    ProgressBar bar = new ProgressBar(out, steps);
    bar.ticker.scheduleAtFixedRate(bar::draw, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    return bar;
  }

  /** Starts the next step: the previous one, if any, is complete. */
  void step(String nextLabel) {
    synchronized (out) {
      started++;
      label = nextLabel;
      draw();
    }
  }

  /** Draws the bar over the current line. */
  void draw() {
    synchronized (out) {
      if (closed) {
        return; // a tick that was already waiting when the bar closed
      }
      String text = line(Math.min(steps, Math.max(0, started - 1)), steps, label, Duration.ofNanos(System.nanoTime() - startNanos));
      out.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
      out.flush();
      drawnLength = text.length();
    }
  }

  /** Blanks the bar's line and returns the cursor to its start. */
  void erase() {
    synchronized (out) {
      if (drawnLength > 0) {
        out.print("\r" + " ".repeat(drawnLength) + "\r");
        out.flush();
        drawnLength = 0;
      }
    }
  }

  /** Stops the ticking and erases the bar. */
  @Override
  public void close() {
    ticker.shutdownNow();
    synchronized (out) {
      erase();
      closed = true;
    }
  }

  /**
   * The text of a bar.
   *
   * @param done steps complete
   * @param steps all steps (at least 1)
   * @param label the running step
   * @param elapsed time since the bar started
   * @return e.g. {@code [######------------------] 1/4 loading orders 1:05}
   */
  static String line(int done, int steps, String label, Duration elapsed) {
    int filled = (int) ((long) WIDTH * done / steps);
    long seconds = elapsed.toSeconds();
    return "["
        + "#".repeat(filled)
        + "-".repeat(WIDTH - filled)
        + "] "
        + done
        + "/"
        + steps
        + " "
        + label
        + String.format(Locale.ROOT, " %d:%02d", seconds / 60, seconds % 60);
  }
}
