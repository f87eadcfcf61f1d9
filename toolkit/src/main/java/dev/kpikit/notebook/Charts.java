package dev.kpikit.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * Tablesaw-jsplot figures as HTML that works offline: inline in a Jupyter notebook, or as a page
 * with plotly.js beside it. plotly.js comes from the {@code org.webjars.npm:plotly.js-dist} jar
 * kpikit depends on; nothing is fetched from a CDN.
 *
 * <p>In a JJava notebook:
 *
 * <pre>{@code
 * display(Charts.plotlyLoader(), "text/html");      // once, near the top
 * display(Charts.inline(LinePlot.create("Revenue", revenue, "month", "revenue")), "text/html");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Charts {
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";
  private static final String WEBJAR_DIR = "META-INF/resources/webjars/plotly.js-dist/";
  private static final AtomicInteger CHART_IDS = new AtomicInteger();

  private Charts() {}

  /** @return the version of plotly.js on the class path, e.g. {@code 3.3.1} */
  public static String plotlyVersion() {
    Properties pom = new Properties();
    try (InputStream in = open(WEBJAR_POM)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
    }
    return pom.getProperty("version");
  }

  /**
   * The HTML that loads plotly.js into a notebook page: display it once before the first chart.
   * It defines {@code window.Plotly} also where the page has RequireJS (the classic Notebook),
   * which would otherwise capture plotly.js as an anonymous module. About 11 MB: a saved notebook
   * with outputs carries one copy.
   *
   * @return a {@code <script>} block with plotly.js inside
   */
  public static String plotlyLoader() {
    String js;
    try (InputStream in = open(plotlyResource())) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plotly.js from the class path", e);
    }
    return "<script>window.kpikitDefine = window.define; window.define = undefined;</script>\n"
        + "<script>"
        + js.replace("</script", "<\\/script")
        + "</script>\n"
        + "<script>window.define = window.kpikitDefine;</script>\n";
  }

  /**
   * A figure as an HTML fragment for a page that has loaded plotly.js ({@link #plotlyLoader()}):
   * a {@code <div>} with a fresh id ({@code kpikit-chart-1}, {@code kpikit-chart-2}, ...) and the
   * script that draws the figure in it.
   *
   * @param figure a tablesaw-jsplot figure
   * @return the fragment
   */
  public static String inline(Figure figure) {
    String id = "kpikit-chart-" + CHART_IDS.incrementAndGet();
    return figure.divString(id) + figure.asJavascript(id);
  }

  /**
   * Writes a standalone page with the figure, and plotly.js as {@code assets/plotly-<version>.js}
   * beside it, so the page opens offline.
   *
   * @param figure a tablesaw-jsplot figure
   * @param html the page to write, e.g. {@code out/cac.html}; its folder is created if needed
   * @return the plotly.js file written beside the page
   * @throws IOException when the folder cannot be written
   */
  public static Path writePage(Figure figure, Path html) throws IOException {
    String plotly = "assets/plotly-" + plotlyVersion() + ".js";
    Path plotlyFile = html.toAbsolutePath().resolveSibling(plotly);
    Files.createDirectories(plotlyFile.getParent());
    try (InputStream in = open(plotlyResource())) {
      Files.copy(in, plotlyFile, StandardCopyOption.REPLACE_EXISTING);
    }
    String page = Page.pageBuilder(figure, "chart").plotlyJsLocation(plotly).build().asJavascript();
    Files.writeString(html, page, StandardCharsets.UTF_8);
    return plotlyFile;
  }

  private static String plotlyResource() {
    return WEBJAR_DIR + plotlyVersion() + "/plotly.js";
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Charts.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is not on the class path (kpikit depends on org.webjars.npm:plotly.js-dist)");
    }
    return in;
  }
}
