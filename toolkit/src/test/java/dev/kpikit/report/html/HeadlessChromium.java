package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs headless Chromium on a local page and returns the DOM after scripts ran, with the browser's
 * console lines. Without Chromium the calling test fails under CI ({@code CI=true}; CI installs the
 * Debian package {@code chromium}) and is skipped, with the reason printed, elsewhere.
 */
final class HeadlessChromium {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  /** The page after scripts ran, and the console lines Chromium logged. */
  record Rendered(String dom, List<String> console) {}

  private HeadlessChromium() {}

  /** @return the browser executable, or aborts / fails the test as described above */
  static Path require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String why = "headless Chromium is not installed (apt-get install -y chromium)";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + ": CI must install it");
      }
      System.out.println("Skipping the browser test: " + why);
      Assumptions.abort(why);
    }
    return found.get();
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> NAMES.stream().map(n -> Path.of(dir, n)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Loads {@code page} with no network access and up to 10 s of virtual time for its scripts.
   *
   * @param browser the executable from {@link #require()}
   * @param page an HTML file
   * @param work a scratch folder for the profile and the captured output
   */
  static Rendered render(Path browser, Path page, Path work) throws IOException, InterruptedException {
    return render(browser, page.toUri().toString(), work);
  }

  /**
   * As {@link #render(Path, Path, Path)} for a URL, e.g. a page with a fragment ({@code
   * file:///.../index.html#unit=u-2}).
   */
  static Rendered render(Path browser, String url, Path work) throws IOException, InterruptedException {
    Path dom = work.resolve("dom.html");
    Path log = work.resolve("chromium.log");
    Process p = new ProcessBuilder(
            browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--user-data-dir=" + work.resolve("profile"), "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=10000", "--dump-dom", url)
        .redirectOutput(dom.toFile())
        .redirectError(log.toFile())
        .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish rendering " + url + " within 60 s");
    }
    List<String> console = Files.readAllLines(log).stream().filter(l -> l.contains(":CONSOLE")).toList();
    return new Rendered(Files.readString(dom), console);
  }
}
