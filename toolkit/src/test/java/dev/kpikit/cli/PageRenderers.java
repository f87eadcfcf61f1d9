package dev.kpikit.cli;

import dev.kpikit.io.AtomicFiles;
import dev.kpikit.job.ReportRenderer;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * Page renderers for testing {@code kpikit report}: small real pages, and pages that are slow,
 * block or fail. A page is {@code index.html} naming the as-of date and the tables, plus {@code
 * assets/part-NN.txt} files and one content-addressed file, {@code assets/shared-<first 8 hex
 * digits of its SHA-256>.txt}, which the report folder shares between runs as it does plotly.js
 * (one per as-of date, so runs of different dates use different shared files); {@link #asOfShown}
 * reads a published page back and checks that it is complete and consistent.
 */
final class PageRenderers {
  /** The number of asset files of every test page. */
  static final int PARTS = 8;

  private PageRenderers() {}

  /** A page written at once. */
  static ReportRenderer page() {
    return slow(0);
  }

  /** A page whose asset files are written {@code millisPerPart} apart, index.html last. */
  static ReportRenderer slow(long millisPerPart) {
    return (run, dir) -> {
      String asOf = run.options().asOf().toString();
      for (int i = 0; i < PARTS; i++) {
        pause(millisPerPart);
        Path part = dir.resolve(String.format(Locale.ROOT, "assets/part-%02d.txt", i));
        Files.createDirectories(part.getParent());
        Files.writeString(part, "part " + i + " of the report as of " + asOf + "\n");
        if (i == PARTS / 2) {
          String shared = sharedText(asOf);
          AtomicFiles.writeString(dir.resolve("assets").resolve(sharedName(shared)), shared);
        }
      }
      AtomicFiles.writeString(dir.resolve("index.html"), html(run));
    };
  }

  /** A page that waits for {@code release} after counting down {@code entered}. */
  static ReportRenderer blocking(CountDownLatch entered, CountDownLatch release) {
    return (run, dir) -> {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("test renderer interrupted");
      }
      page().render(run, dir);
    };
  }

  /** A page that fails half-way, as a full disk would. */
  static ReportRenderer failing() {
    return (run, dir) -> {
      Files.writeString(dir.resolve("index.html"), "<!doctype html><html><body>");
      throw new IOException("No space left on device");
    };
  }

  private static String sharedText(String asOf) {
    return "shared part of the report as of " + asOf + "\n";
  }

  /** {@code shared-<first 8 hex digits of the text's SHA-256>.txt}. */
  private static String sharedName(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "shared-" + java.util.HexFormat.of().formatHex(digest).substring(0, 8) + ".txt";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String html(MetricRun run) {
    StringBuilder sb = new StringBuilder("<!doctype html>\n<html><body>\n");
    sb.append("<h1>Report as of ").append(run.options().asOf()).append("</h1>\n<ul>\n");
    run.tables().keySet().forEach(t -> sb.append("<li>").append(t).append("</li>\n"));
    return sb.append("</ul>\n</body></html>\n").toString();
  }

  /**
   * Reads the page published in {@code dir} and fails unless it is complete: index.html whole,
   * every asset part present and of the same run, metrics.json of the same as-of date.
   *
   * @return the as-of date the published report shows
   */
  static String asOfShown(Path dir) throws IOException {
    String index = Files.readString(dir.resolve("index.html"));
    if (!index.endsWith("</html>\n")) {
      throw new AssertionError("index.html is cut: " + index);
    }
    int at = index.indexOf("as of ") + "as of ".length();
    String asOf = index.substring(at, index.indexOf('<', at));
    for (int i = 0; i < PARTS; i++) {
      String part = Files.readString(dir.resolve(String.format(Locale.ROOT, "assets/part-%02d.txt", i)));
      if (!part.equals("part " + i + " of the report as of " + asOf + "\n")) {
        throw new AssertionError("asset part " + i + " is not of the report as of " + asOf + ": " + part);
      }
    }
    String shared = sharedText(asOf);
    if (!Files.readString(dir.resolve("assets").resolve(sharedName(shared))).equals(shared)) {
      throw new AssertionError("the shared file is not of the report as of " + asOf);
    }
    String metrics = Files.readString(dir.resolve("metrics.json"));
    if (!metrics.contains("\"as_of\" : \"" + asOf + "\"")) {
      throw new AssertionError("metrics.json is not of the report as of " + asOf);
    }
    return asOf;
  }

  /** A command factory whose {@code report} command uses {@code renderer}. */
  static CommandLine.IFactory reportWith(ReportRenderer renderer) {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == ReportCommand.class
            ? cls.cast(new ReportCommand(renderer, Clock.systemUTC()))
            : CommandLine.defaultFactory().create(cls);
      }
    };
  }

  private static void pause(long millis) throws InterruptedIOException {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("test renderer interrupted");
      }
    }
  }
}
